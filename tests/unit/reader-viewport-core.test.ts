/**
 * The pure parts of the virtualised panes: the height index (against a plain array of heights,
 * the oracle), the blocks a pane is cut into (they tile the witness's segments, in order), text
 * widths, height estimates and the marks each pane is given.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HeightIndex } from '../../src/core/reader/height-index.ts';
import { alignedBlocks, blockOfSegments, estimateBlockHeight, flowingBlocks, textWidths, witnessRows } from '../../src/core/reader/pane-blocks.ts';
import { documentMarks } from '../../src/core/reader/segment-marks.ts';
import { sectionHeadings, variantCounts } from '../../src/core/reader/document-guide.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();
const communique = corpus.find((d) => d.id === 'mao-khrushchev-1958')!;

/** The oracle: offsets as a plain prefix sum, the block at y by linear search. */
const plainOffset = (heights: number[], i: number) => heights.slice(0, i).reduce((a, b) => a + b, 0);
const plainBlockAt = (heights: number[], y: number) => {
  let at = 0;
  for (let i = 0; i < heights.length; i++) if (plainOffset(heights, i) <= y) at = i;
  return at;
};

describe('height index', () => {
  it('property: offsets and the block at an offset agree with a plain prefix sum through any sequence of changes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), i: fc.nat(40), h: fc.integer({ min: 0, max: 300 }), measured: fc.boolean() }),
      fc.record({ kind: fc.constant('query' as const), i: fc.nat(41), y: fc.integer({ min: -50, max: 6000 }) }),
      fc.record({ kind: fc.constant('reestimate' as const), h: fc.integer({ min: 1, max: 200 }) }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 40 }), fc.array(op, { maxLength: 60 }), (initial, ops) => {
        const index = new HeightIndex(initial);
        const heights = [...initial];
        const measured = initial.map(() => false);
        for (const o of ops) {
          if (o.kind === 'set') {
            if (o.i >= heights.length) continue;
            index.set(o.i, o.h, o.measured);
            heights[o.i] = o.h;
            if (o.measured) measured[o.i] = true;
          } else if (o.kind === 'reestimate') {
            index.reestimate(() => o.h);
            heights.forEach((_, i) => !measured[i] && (heights[i] = o.h));
          } else {
            const i = Math.min(o.i, heights.length);
            expect(index.offset(i)).toBe(plainOffset(heights, i));
            expect(index.blockAt(o.y)).toBe(plainBlockAt(heights, o.y));
          }
        }
        expect(index.total()).toBe(plainOffset(heights, heights.length));
        heights.forEach((h, i) => expect(index.height(i)).toBe(h));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the blocks that intersect a span of offsets', () => {
    const index = new HeightIndex([100, 50, 0, 200, 100]);
    expect(index.range(0, 100)).toEqual({ start: 0, end: 1 });
    expect(index.range(120, 340)).toEqual({ start: 1, end: 4 });
    expect(index.range(120, 360)).toEqual({ start: 1, end: 5 });
    expect(index.range(-500, 10_000)).toEqual({ start: 0, end: 5 });
    expect(new HeightIndex([]).range(0, 100)).toEqual({ start: 0, end: 0 });
  });

  it('keeps measured heights through a re-estimate, and forgets they were measured when told to', () => {
    const index = new HeightIndex([10, 10, 10]);
    index.set(1, 40);
    index.reestimate(() => 25);
    expect([0, 1, 2].map((i) => index.height(i))).toEqual([25, 40, 25]);
    index.forgetMeasurements();
    expect(index.isMeasured(1)).toBe(false);
    index.reestimate(() => 30);
    expect(index.height(1)).toBe(30);
  });
});

describe('pane blocks', () => {
  it('every witness of the corpus: flowing blocks tile its segments in order, none crosses a paragraph, long paragraphs are cut', () => {
    for (const doc of corpus) {
      doc.witnesses.forEach((witness, w) => {
        const rows = witnessRows(doc, w);
        const blocks = flowingBlocks(witness, rows, 4);
        let next = 0;
        for (const block of blocks) {
          expect(block.segStart).toBe(next);
          expect(block.segEnd).toBeGreaterThan(block.segStart);
          expect(block.segEnd - block.segStart).toBeLessThanOrEqual(4);
          const paragraphs = new Set(witness.segments.slice(block.segStart, block.segEnd).map((s) => s.paragraph));
          expect(paragraphs.size).toBe(1);
          next = block.segEnd;
        }
        expect(next).toBe(witness.segments.length);
        // a block continues exactly when the next one is the same paragraph
        blocks.forEach((b, i) => expect(b.continues).toBe(i + 1 < blocks.length && witness.segments[blocks[i + 1]!.segStart]!.paragraph === witness.segments[b.segStart]!.paragraph));
        const blockOf = blockOfSegments(blocks, witness.segments.length);
        blocks.forEach((b, i) => {
          for (let s = b.segStart; s < b.segEnd; s++) expect(blockOf[s]).toBe(i);
        });
      });
    }
  });

  it('aligned blocks are the rows of the table; witness rows map segments to rows and back', () => {
    communique.witnesses.forEach((witness, w) => {
      const blocks = alignedBlocks(communique, w);
      expect(blocks).toHaveLength(communique.rows.length);
      const rows = witnessRows(communique, w);
      const covered: number[] = [];
      blocks.forEach((b, r) => {
        for (let s = b.segStart; s < b.segEnd; s++) {
          covered.push(s);
          expect(rows.rowOfSegment[s]).toBe(r);
        }
        expect(rows.firstSegment[r]).toBe(b.segEnd > b.segStart ? b.segStart : -1);
      });
      // the moved date line makes the table non-monotone in one witness, never lossy
      expect([...covered].sort((a, b) => a - b)).toEqual(witness.segments.map((_, i) => i));
      expect([...rows.present]).toEqual(blocks.flatMap((b, r) => (b.segEnd > b.segStart ? [r] : [])));
    });
  });

  it('measures text in em: CJK and full-width one, Latin half, an astral character once', () => {
    const widths = textWidths('毛a，𠀀\nb');
    expect(widths[widths.length - 1]).toBe(1 + 0.5 + 1 + 1 + 0 + 0.5);
    expect(widths[3]! - widths[2]!).toBe(1); // ，
    expect(widths[5]! - widths[3]!).toBe(1); // 𠀀, two UTF-16 units
  });

  it('estimates a block as its lines times the line height, with a line of its own for a list item', () => {
    const w = communique.witnesses.findIndex((x) => x.id === 'zh-rmrb');
    const witness = communique.witnesses[w]!;
    const widths = textWidths(witness.text);
    const box = { lineEm: 10, linePx: 30, chromePx: 12 };
    const blocks = alignedBlocks(communique, w);
    for (const block of blocks) {
      const height = estimateBlockHeight(witness, widths, block, box, 'rows');
      const chars = widths[witness.segments[Math.max(block.segStart, block.segEnd - 1)]!.end]! - widths[witness.segments[block.segStart]!.start]!;
      expect(height).toBeGreaterThanOrEqual(30 + 12);
      if (block.segEnd > block.segStart) expect(height).toBeGreaterThanOrEqual(Math.ceil(chars / 10) * 30 + 12);
    }
    const empty = { segStart: 3, segEnd: 3, rowStart: 0, rowEnd: 1, continues: false };
    expect(estimateBlockHeight(witness, widths, empty, box, 'rows')).toBe(42);
  });
});

describe('the marks each pane is given', () => {
  it('the communiqué: every shown difference lands in a segment holding it, or in the empty cell of its row; hidden categories are left out', () => {
    const variants = communique.variants!;
    const all = documentMarks(communique, new Set());
    for (const side of ['a', 'b'] as const) {
      const witness = communique.witnesses.find((x) => x.id === variants[side])!;
      const marks = all.get(witness.id)!;
      const given = [...marks.bySegment.values(), ...marks.byEmptyRow.values()].flat();
      expect(new Set(given.map((m) => m.variant)).size).toBe(variants.items.length);
      for (const [s, list] of marks.bySegment) {
        const seg = witness.segments[s]!;
        for (const m of list) expect(m.start >= seg.start && m.start <= seg.end).toBe(true);
      }
    }
    const noScript = documentMarks(communique, new Set(['script']));
    const left = [...noScript.get(variants.a)!.bySegment.values()].flat();
    expect(left.some((m) => m.category === 'script')).toBe(false);
    expect(new Set(left.map((m) => m.variant)).size + [...noScript.get(variants.a)!.byEmptyRow.values()].flat().length).toBe(variants.items.length - variantCounts(communique).script);
  });

  it('the tagged archive’s second letter gets its title as a section heading; the communiqué, whose title is its text, gets none', () => {
    const letters = corpus.find((d) => d.id === 'ccp-cpsu-letters-1963')!;
    const headings = sectionHeadings(letters.witnesses[0]!);
    expect(headings.size).toBeGreaterThanOrEqual(1);
    expect(sectionHeadings(communique.witnesses[0]!).size).toBe(0);
  });
});
