import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowTilingProblem, segmentText, type BuiltDocument } from '../../src/core/model.ts';
import { buildAlignmentTable, linkMovedRows, passageKey } from '../../src/core/align/alignment-table.ts';
import { alignmentProblem, type Alignment, type Bead } from '../../src/core/align/types.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

/** A random monotone alignment over sides of the given lengths, from a list of shape choices. */
function alignmentFrom(shapes: readonly [number, number][], n: number, m: number): Alignment {
  const beads: Bead[] = [];
  let a = 0;
  let b = 0;
  for (const [x, y] of shapes) {
    const da = Math.min(x, n - a);
    const db = Math.min(y, m - b);
    if (da === 0 && db === 0) continue;
    beads.push({ aStart: a, aEnd: a + da, bStart: b, bEnd: b + db, confidence: 0.9 });
    a += da;
    b += db;
  }
  if (a < n || b < m) beads.push({ aStart: a, aEnd: n, bStart: b, bEnd: m, confidence: 0.5 });
  return { beads };
}

const shape = fc.constantFrom<[number, number]>([1, 1], [1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [2, 2], [1, 3], [0, 2]);

describe('buildAlignmentTable', () => {
  it('property: rows hold every segment of every witness once, in order, and no row is empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.array(shape, { maxLength: 40 })), { minLength: 1, maxLength: 3 }),
        (n, others) => {
          const pairs = others.map(([m, shapes], k) => ({ witness: k + 1, alignment: alignmentFrom(shapes, n, m) }));
          for (const [k, p] of pairs.entries()) expect(alignmentProblem(p.alignment, n, others[k]![0])).toBeNull();
          const rows = buildAlignmentTable(others.length + 1, 0, n, pairs);
          expect(rowTilingProblem(rows, [n, ...others.map(([m]) => m)])).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a passage only one witness has in a row of its own', () => {
    const rows = buildAlignmentTable(3, 0, 2, [
      { witness: 1, alignment: { beads: [{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 1, confidence: 1 }, { aStart: 1, aEnd: 1, bStart: 1, bEnd: 2, confidence: 1 }, { aStart: 1, aEnd: 2, bStart: 2, bEnd: 3, confidence: 1 }] } },
      { witness: 2, alignment: { beads: [{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 1, confidence: 1 }, { aStart: 1, aEnd: 2, bStart: 1, bEnd: 2, confidence: 1 }] } },
    ]);
    expect(rows.map((r) => r.cells.map((c) => [c.start, c.end]))).toEqual([
      [[0, 1], [0, 1], [0, 1]],
      [[1, 1], [1, 2], [1, 1]],
      [[1, 2], [2, 3], [1, 2]],
    ]);
  });

  it('absorbs such a passage into a row where another witness spans it', () => {
    const rows = buildAlignmentTable(3, 0, 2, [
      { witness: 1, alignment: { beads: [{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 1, confidence: 1 }, { aStart: 1, aEnd: 1, bStart: 1, bEnd: 2, confidence: 1 }, { aStart: 1, aEnd: 2, bStart: 2, bEnd: 3, confidence: 1 }] } },
      { witness: 2, alignment: { beads: [{ aStart: 0, aEnd: 2, bStart: 0, bEnd: 2, confidence: 0.8 }] } },
    ]);
    expect(rows.map((r) => r.cells.map((c) => [c.start, c.end]))).toEqual([[[0, 2], [0, 3], [0, 2]]]);
    expect(rows[0]!.confidence).toBe(0.8);
  });
});

describe('passageKey', () => {
  it('sets script, numerals and punctuation aside', () => {
    expect(passageKey('一九五八年八月三日于北京')).toBe(passageKey('1958年8月3日于北京'));
    expect(passageKey('毛澤东，')).toBe(passageKey('毛泽东'));
    expect(passageKey('毛泽东')).not.toBe(passageKey('周恩来'));
  });
});

describe('the communiqué table', () => {
  const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')! as BuiltDocument;
  const text = (r: number, w: number) => {
    const witness = doc.witnesses[w]!;
    const cell = doc.rows[r]!.cells[w]!;
    return witness.segments.slice(cell.start, cell.end).map((s) => segmentText(witness.text, s)).join(' ');
  };

  it('rows tile all three witnesses', () => {
    expect(rowTilingProblem(doc.rows, doc.witnesses.map((w) => w.segments.length))).toBeNull();
    expect(doc.rows).toHaveLength(45);
  });

  it('the title is a row of its own: the two Chinese titles and the English one', () => {
    expect([text(0, 0), text(0, 1), text(0, 2)]).toEqual(['毛泽东和赫鲁晓夫会谈公报', '毛澤东和赫魯晓夫会談公报', 'Communiqué on Talks Between Mao Zedong and Khrushchev']);
  });

  it('the date line, moved in the treaty text, takes a row of its own linked to its place in the others', () => {
    const treatyDate = doc.rows.findIndex((_, r) => text(r, 1) === '1958年8月3日于北京');
    const otherDate = doc.rows.findIndex((_, r) => text(r, 0) === '一九五八年八月三日于北京');
    expect(text(treatyDate, 0)).toBe('');
    expect(text(treatyDate, 2)).toBe('');
    expect(text(otherDate, 1)).toBe('');
    expect(text(otherDate, 2)).toBe('August 3, 1958, in Beijing');
    expect(doc.rows[treatyDate]!.movedTo).toBe(otherDate);
    expect(doc.rows[otherDate]!.movedTo).toBe(treatyDate);
    expect(doc.rows.filter((r) => r.movedTo !== undefined)).toHaveLength(2);
  });

  it('the treaty’s (签字) lines stand alone, and a 1-2 unit keeps both English sentences in one row', () => {
    const signed = doc.rows.flatMap((_, r) => (text(r, 1) === '(签字)' ? [[text(r, 0), text(r, 2)]] : []));
    expect(signed).toEqual([['', ''], ['', '']]);
    const split = doc.rows.findIndex((_, r) => text(r, 0).startsWith('这些帝国主义势力'));
    expect(text(split, 2)).toMatch(/^These imperialist forces .* They have cobbled together/);
  });
});

describe('linkMovedRows', () => {
  /** The rule as first written, a scan of every pair of rows: the oracle for the near-linear version. */
  function linkByPairs(keyed: readonly (readonly string[])[]): (number | undefined)[] {
    const moved: (number | undefined)[] = keyed.map(() => undefined);
    for (let r = 0; r < keyed.length; r++) {
      for (let s = r + 1; s < keyed.length; s++) {
        const [a, b] = [keyed[r]!, keyed[s]!];
        const match = a.some((_, x) => a[x] !== '' && b[x] === '' && a.some((__, y) => b[y] !== '' && a[y] === '' && b[y] === a[x]));
        if (match && moved[r] === undefined && moved[s] === undefined) [moved[r], moved[s]] = [s, r];
      }
    }
    return moved;
  }
  /** Rows whose cells hold the given passages (empty string: an empty cell). */
  const rowsOf = (keyed: readonly (readonly string[])[]) => {
    const at = keyed[0]!.map(() => 0);
    return keyed.map((cells) => ({
      confidence: 1,
      cells: cells.map((text, w) => {
        const cell = { start: at[w]!, end: at[w]! + (text === '' ? 0 : 1) };
        at[w] = cell.end;
        return cell;
      }),
    }));
  };
  const link = (keyed: readonly (readonly string[])[]) =>
    linkMovedRows(rowsOf(keyed), keyed[0]!.map((_, w) => w), (r, w) => keyed[r]![w]!).map((row) => (row as { movedTo?: number }).movedTo);

  it('links the same passage in two witnesses at different rows, each row once', () => {
    expect(link([['甲', ''], ['乙', '乙'], ['', '甲'], ['', '甲']])).toEqual([2, undefined, 0, undefined]);
  });

  it('property: the same links as the scan of every pair of rows, for two and three witnesses', () => {
    const passage = fc.constantFrom('', '', '甲', '乙', '丙');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain((w) => fc.array(fc.array(passage, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 40 })), (cells) => {
        const keyed = cells.filter((row) => row.some((c) => c !== ''));
        if (keyed.length === 0) return;
        expect(link(keyed)).toEqual(linkByPairs(keyed));
      }),
      { numRuns: 500 },
    );
  });
});
