/** The diff-match-patch adapter: key sequences in, runs out that rebuild both sequences. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffKeys, type KeyRun } from '../../src/core/variants/diff.ts';

/** Keys of every shape the tokenizer makes: characters (astral too), numerals, punctuation classes. */
const key = fc.constantFrom('和', '平', '力', '量', '𠀀', '𠀁', '𪚥', '#1958', '#3', 'P，', 'P·', 'a', ' ', '\n', 'Z');
const keys = fc.array(key, { maxLength: 40 });

function expectRebuilds(a: readonly string[], b: readonly string[], runs: readonly KeyRun[]) {
  let i = 0;
  let j = 0;
  for (const run of runs) {
    expect([run.aFrom, run.bFrom]).toEqual([i, j]);
    if (run.op === 'equal') expect(a.slice(run.aFrom, run.aTo)).toEqual(b.slice(run.bFrom, run.bTo));
    if (run.op === 'delete') expect(run.bTo).toBe(run.bFrom);
    if (run.op === 'insert') expect(run.aTo).toBe(run.aFrom);
    [i, j] = [run.aTo, run.bTo];
  }
  expect([i, j]).toEqual([a.length, b.length]);
}

describe('diffKeys', () => {
  it('runs cover both sequences in order, and equal runs hold equal keys', () => {
    fc.assert(
      fc.property(keys, keys, (a, b) => expectRebuilds(a, b, diffKeys(a, b))),
      { numRuns: 500 },
    );
  });

  it('treats a key as one unit whatever its UTF-16 length (𠀀 and 𠀁 share a high surrogate)', () => {
    expect(diffKeys(['甲', '𠀀', '乙'], ['甲', '𠀁', '乙'])).toEqual([
      { op: 'equal', aFrom: 0, aTo: 1, bFrom: 0, bTo: 1 },
      { op: 'delete', aFrom: 1, aTo: 2, bFrom: 1, bTo: 1 },
      { op: 'insert', aFrom: 2, aTo: 2, bFrom: 1, bTo: 2 },
      { op: 'equal', aFrom: 2, aTo: 3, bFrom: 2, bTo: 3 },
    ]);
  });

  it('cleans interleaved one-key edits up into one substitution', () => {
    const runs = diffKeys([...'甲乙丙'], [...'丁乙戊']);
    expect(runs.map((r) => r.op)).toEqual(['delete', 'insert']);
  });

  it('is the same on every run (no time limit, so no speed-dependent shortcut)', () => {
    const a = Array.from({ length: 3000 }, (_, k) => String((k * 7919) % 97));
    const b = a.filter((_, k) => k % 13 !== 0).map((x, k) => (k % 17 === 0 ? 'X' : x));
    const first = diffKeys(a, b);
    expectRebuilds(a, b, first);
    expect(diffKeys(a, b)).toEqual(first);
  });

  it('refuses more distinct keys than its private alphabet holds, rather than confuse two', () => {
    const many = Array.from({ length: 70_000 }, (_, k) => `k${k}`);
    expect(() => diffKeys(many, [])).toThrow(/cannot diff more than \d+ distinct characters in one row/);
  });
});

describe('diffKeys on long rows (anchored, near-linear)', () => {
  const HAN = [...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话'];
  /** A long sequence of common characters, and a copy with `edits` small edits: substitutions, deletions, insertions. */
  const similarPair = fc
    .tuple(fc.array(fc.constantFrom(...HAN), { minLength: 1500, maxLength: 6000 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('sub', 'del', 'ins'), fc.constantFrom(...HAN)), { maxLength: 30 }))
    .map(([a, edits]) => {
      const b = [...a];
      for (const [where, op, ch] of edits) {
        const at = Math.floor(where * b.length);
        if (op === 'sub') b[at] = ch;
        else if (op === 'del') b.splice(at, 1);
        else b.splice(at, 0, ch);
      }
      return { a, b, edits: edits.length };
    });

  it('property: the runs still rebuild both sequences', () => {
    fc.assert(
      fc.property(similarPair, ({ a, b }) => expectRebuilds(a, b, diffKeys(a, b))),
      { numRuns: 60 },
    );
    // and two unrelated long sequences (the case that was quadratic)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HAN), { minLength: 1500, maxLength: 8000 }), fc.array(fc.constantFrom(...HAN), { minLength: 1500, maxLength: 8000 }), (a, b) => expectRebuilds(a, b, diffKeys(a, b))),
      { numRuns: 20 },
    );
  });

  it('property: a long copy with a few edits is found to differ at about those places only', () => {
    fc.assert(
      fc.property(similarPair, ({ a, b, edits }) => {
        const changed = diffKeys(a, b).filter((r) => r.op !== 'equal').reduce((n, r) => n + (r.aTo - r.aFrom) + (r.bTo - r.bFrom), 0);
        // each edit touches a key or two; cleanup may widen one to the short equalities beside it
        expect(changed).toBeLessThanOrEqual(edits * 12);
      }),
      { numRuns: 60 },
    );
  });

  it('two unrelated long rows are one substitution where nothing anchors them, not a scatter of chance matches', () => {
    const a = Array.from({ length: 6000 }, (_, k) => HAN[(k * 7) % 60]!);
    const b = Array.from({ length: 6000 }, (_, k) => HAN[60 + ((k * 11) % 60)]!);
    expect(diffKeys(a, b).map((r) => r.op)).toEqual(['delete', 'insert']);
  });
});
