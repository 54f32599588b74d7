/**
 * The document's own translation model: IBM Model 1 (Brown et al. 1993), estimated by EM over the
 * first pass's beads, seeded by the dictionary. A long text teaches itself its vocabulary (names,
 * archaic words, a translator's habits) and EM explains words away: a frequent word that occurs
 * beside everything is not learned as the translation of everything, as co-occurrence counts are.
 * Sparse: only word pairs that meet in a bead are counted, so the cost is linear in the beads.
 */

/** A bead's words on each side, as word ids of that side. */
export interface WordPair {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/** t(b | a) for the pairs that met, keyed `a * KEY + b`; `NULL_WORD` stands for b translating nothing. */
export type Model1 = Map<number, number>;

const KEY = 0x200000;
export const NULL_WORD = KEY - 1;
export const pairKey = (a: number, b: number) => a * KEY + b;
export const unpairKey = (key: number) => ({ a: Math.floor(key / KEY), b: key % KEY });

/**
 * Estimate t(b | a) in `iterations` rounds of EM. `seed(a, b)` is the starting weight of a pair
 * (the dictionary's pairs start heavier, so EM begins from what is known).
 */
export function trainModel1(pairs: readonly WordPair[], seed: (a: number, b: number) => number, iterations = 5): Model1 {
  let t: Model1 = new Map();
  for (const { a, b } of pairs) {
    for (const y of b) {
      t.set(pairKey(NULL_WORD, y), 1);
      for (const x of a) {
        const k = pairKey(x, y);
        if (!t.has(k)) t.set(k, seed(x, y));
      }
    }
  }
  for (let round = 0; round < iterations; round++) {
    const counts: Model1 = new Map();
    const totals = new Map<number, number>();
    for (const { a, b } of pairs) {
      for (const y of b) {
        let z = t.get(pairKey(NULL_WORD, y))!;
        for (const x of a) z += t.get(pairKey(x, y))!;
        const credit = (x: number) => {
          const k = pairKey(x, y);
          const c = t.get(k)! / z;
          counts.set(k, (counts.get(k) ?? 0) + c);
          totals.set(x, (totals.get(x) ?? 0) + c);
        };
        credit(NULL_WORD);
        for (const x of a) credit(x);
      }
    }
    for (const [k, c] of counts) counts.set(k, c / totals.get(Math.floor(k / KEY))!);
    t = counts;
  }
  return t;
}
