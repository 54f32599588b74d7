import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filledAnchor, filledAnchors, followerScrollTop, offsetOfRow, paneFromAnchors, rowAtOffset, type PaneAnchors } from '../../src/core/reader/scroll-sync.ts';
import { parseViewState, viewStateQuery } from '../../src/core/reader/view-state.ts';
import { codePoints, markPieces } from '../../src/core/reader/segment-marks.ts';

const pane = (anchors: number[], end: number, height = 300): PaneAnchors => paneFromAnchors(anchors, end, height * 0.3, end - height);

describe('scroll sync arithmetic', () => {
  it('fills rows a pane has nothing for by interpolating between its neighbours', () => {
    expect(filledAnchors([0, Number.NaN, 100, Number.NaN], 200)).toEqual([0, 50, 100, 150]);
    expect(filledAnchors([Number.NaN, Number.NaN, 40], 80)).toEqual([0, 0, 40]);
  });

  it('finds the row at an offset and how far into it', () => {
    expect(rowAtOffset(pane([0, 100, 300], 400), 150)).toEqual({ row: 1, fraction: 0.25 });
    expect(offsetOfRow(pane([0, 100, 300], 400), 1, 0.25)).toBe(150);
  });

  it('computes a filled anchor on demand from the rows a pane has, as the array form fills them', () => {
    const tops = new Map([[1, 40], [4, 100]]);
    const anchor = filledAnchor([1, 4], (r) => tops.get(r)!, 160, 6);
    expect([0, 1, 2, 3, 4, 5, 6].map(anchor)).toEqual([0, 40, 60, 80, 100, 130, 160]);
    expect([0, 1, 2, 3, 4, 5].map(anchor)).toEqual(filledAnchors([Number.NaN, 40, Number.NaN, Number.NaN, 100, Number.NaN], 160));
  });

  it('aligned panes (equal anchors) scroll as one', () => {
    const a = pane([0, 100, 250, 400], 1000);
    expect(followerScrollTop(a, 137, a)).toBe(137);
  });

  it('flowing panes bring the same row, the same fraction in, to the reading line', () => {
    const source = pane([0, 100, 200, 300], 1000);
    const target = pane([0, 50, 250, 260], 1000);
    // source reading line at 150 + 90 = 240: row 2, 40% in; target row 2 spans 250..260 → 254
    expect(followerScrollTop(source, 150, target)).toBe(254 - 90);
  });

  it('property: the follower stays within its scroll range and keeps the reading-line row', () => {
    const anchors = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 2, maxLength: 40 }).map((gaps) => gaps.reduce<number[]>((acc, g) => [...acc, (acc.at(-1) ?? 0) + g], [0]).slice(0, -1));
    fc.assert(
      fc.property(anchors, fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 40, maxLength: 40 }), fc.nat(), (a, gaps, top) => {
        const b = a.map((_, i) => gaps.slice(0, i).reduce((s, g) => s + g, 0));
        const source = pane(a, a.at(-1)! + 500, 300);
        const target = pane(b, b.at(-1)! + 500, 300);
        const scrollTop = top % Math.max(1, source.maxScrollTop);
        const result = followerScrollTop(source, scrollTop, target);
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(Math.max(0, target.maxScrollTop));
        const { row, fraction } = rowAtOffset(source, scrollTop + source.readingLine);
        const wanted = offsetOfRow(target, row, fraction) - target.readingLine;
        if (wanted > 0 && wanted < target.maxScrollTop) expect(Math.abs(result - wanted)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('view state in the URL', () => {
  it('round-trips document, witnesses, row and layout', () => {
    const query = viewStateQuery({ doc: 'mao-khrushchev-1958', witnesses: ['en', 'zh-rmrb'], row: 12, layout: 'flow' });
    expect(query).toBe('?doc=mao-khrushchev-1958&w=en,zh-rmrb&row=12&layout=flow');
    expect(parseViewState(query)).toEqual({ doc: 'mao-khrushchev-1958', witnesses: ['en', 'zh-rmrb'], row: 12, layout: 'flow' });
  });

  it('round-trips the base of the comparison', () => {
    const query = viewStateQuery({ doc: 'mao-khrushchev-1958', row: 7, base: 'zh-treaty' });
    expect(query).toBe('?doc=mao-khrushchev-1958&row=7&base=zh-treaty');
    expect(parseViewState(query)).toEqual({ doc: 'mao-khrushchev-1958', row: 7, base: 'zh-treaty' });
  });

  it('ignores what it cannot read', () => {
    expect(parseViewState('?row=-3&layout=sideways&w=&base=')).toEqual({});
  });
});

describe('segment marks', () => {
  it('cuts a segment into plain and marked pieces, empty marks at their place', () => {
    const text = '毛泽东和赫鲁晓夫';
    const pieces = markPieces(text, 0, text.length, [
      { start: 1, end: 2, variant: 0, category: 'script' },
      { start: 3, end: 3, variant: 1, category: 'substantive' },
    ]);
    expect(pieces.map((p) => [p.text, p.mark?.category ?? null])).toEqual([['毛', null], ['泽', 'script'], ['东', null], ['', 'substantive'], ['和赫鲁晓夫', null]]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('names code points, astral ones whole', () => {
    expect(codePoints('泽𠀀')).toBe('U+6CFD U+20000');
  });
});
