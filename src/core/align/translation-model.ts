/**
 * The document's own translation model: IBM Model 1 (Brown et al. 1993), estimated by EM over the
 * first pass's beads. A long text teaches itself its vocabulary (names,
 * archaic words, a translator's habits) and EM explains words away: a frequent word that occurs
 * beside everything is not learned as the translation of everything, as co-occurrence counts are.
 *
 * Only word pairs that meet in a bead exist. Each is given a small integer id once, and each
 * bead's pairs are kept as ids, so the rounds of EM are loops over typed arrays: linear in the
 * pairs of the beads (word-pair keys as one number would exceed the engine's small integers and
 * make every lookup allocate).
 */

/** A bead's words on each side, as word ids of that side. */
export interface WordPair {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/** t(b | a): the probability that a word `a` of side A is translated by the word `b` of side B. */
export interface Model1 {
  /** t(b | a), 0 for words that never met in a bead. */
  get(a: number, b: number): number;
  /** Every pair that met, with its t(b | a); `a` is NULL_WORD for b translating nothing. */
  forEach(visit: (a: number, b: number, t: number) => void): void;
}

export const NULL_WORD = -1;

/**
 * Estimate t(b | a) in `iterations` rounds of EM. `seed(a, b)` is the starting weight of a pair
 * (a known pair may start heavier, so EM begins from it; by default every pair starts even).
 */
export function trainModel1(beads: readonly WordPair[], seed: (a: number, b: number) => number = () => 1, iterations = 5): Model1 {
  const ids = new Map<number, Map<number, number>>();
  const pairA: number[] = [];
  const pairB: number[] = [];
  const idOf = (a: number, b: number) => {
    let row = ids.get(a);
    if (!row) ids.set(a, (row = new Map<number, number>()));
    let id = row.get(b);
    if (id === undefined) {
      row.set(b, (id = pairA.length));
      pairA.push(a);
      pairB.push(b);
    }
    return id;
  };
  // each bead's pairs: for each word b, its NULL pair, then its pair with each word a
  const layouts = beads.map(({ a, b }) => {
    const layout = new Int32Array(b.length * (a.length + 1));
    let k = 0;
    for (const y of b) {
      layout[k++] = idOf(NULL_WORD, y);
      for (const x of a) layout[k++] = idOf(x, y);
    }
    return { width: a.length + 1, layout };
  });
  const count = pairA.length;
  const sourceOf = Int32Array.from(pairA, (a) => a + 1); // NULL_WORD at 0
  let t = Float64Array.from({ length: count }, (_, id) => (pairA[id] === NULL_WORD ? 1 : seed(pairA[id]!, pairB[id]!)));
  const sources = sourceOf.reduce((most, a) => Math.max(most, a), 0) + 1;
  for (let round = 0; round < iterations; round++) {
    const counts = new Float64Array(count);
    const totals = new Float64Array(sources);
    for (const { width, layout } of layouts) {
      for (let start = 0; start < layout.length; start += width) {
        let z = 0;
        for (let k = start; k < start + width; k++) z += t[layout[k]!]!;
        for (let k = start; k < start + width; k++) {
          const id = layout[k]!;
          const c = t[id]! / z;
          counts[id]! += c;
          totals[sourceOf[id]!]! += c;
        }
      }
    }
    for (let id = 0; id < count; id++) counts[id] = counts[id]! / totals[sourceOf[id]!]!;
    t = counts;
  }
  const final = t;
  return {
    get: (a, b) => {
      const id = ids.get(a)?.get(b);
      return id === undefined ? 0 : final[id]!;
    },
    forEach: (visit) => {
      for (let id = 0; id < count; id++) visit(pairA[id]!, pairB[id]!, final[id]!);
    },
  };
}
