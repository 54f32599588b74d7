/**
 * The monotone alignment search: the cheapest path of beads from (0,0) to (n,m) over the cells
 * of a band. With the full band it is the plain dynamic programme the tests use as an oracle.
 */
import type { Band } from './band.ts';
import type { Bead } from './types.ts';

export type BeadCost = (i0: number, i1: number, j0: number, j1: number) => number;

export interface SearchResult {
  readonly beads: Bead[];
  /** The path's cells, from (0,0) to (n,m). */
  readonly path: [number, number][];
  readonly cost: number;
  /** Per bead, how much worse the best other way into its end cell was (the raw margin behind `confidence`). */
  readonly margins: Float32Array;
  /** Every bead's cost the search weighed: row i's `[(j - band.lo[i]) * SHAPES.length + shape]` is the bead of that shape ending at (i, j) (Infinity where none). */
  readonly costs: readonly Float32Array[];
}

/** Bead shapes searched, `[a, b]`; `cost` returns Infinity for shapes it does not allow. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [2, 2], [1, 3], [3, 1], [2, 3], [3, 2], [1, 4], [4, 1],
];

/** How much worse the best alternative ending in a cell was, turned into 0..1. */
const CONFIDENCE_SCALE = 2;

export function searchAlignment(n: number, m: number, band: Band, cost: BeadCost, onRow?: (row: number) => void): SearchResult {
  const rows: Float64Array[] = [];
  const back: Uint8Array[] = [];
  const margin: Float32Array[] = [];
  const costs: Float32Array[] = [];
  const at = (i: number, j: number) => {
    const row = rows[i];
    if (!row || j < band.lo[i]! || j > band.hi[i]!) return Infinity;
    return row[j - band.lo[i]!]!;
  };
  for (let i = 0; i <= n; i++) {
    const lo = band.lo[i]!;
    const width = band.hi[i]! - lo + 1;
    const row = new Float64Array(Math.max(0, width)).fill(Infinity);
    const from = new Uint8Array(Math.max(0, width)).fill(255);
    const gap = new Float32Array(Math.max(0, width));
    rows.push(row);
    back.push(from);
    margin.push(gap);
    const weighed = new Float32Array(Math.max(0, width) * SHAPES.length).fill(Infinity);
    costs.push(weighed);
    onRow?.(i);
    for (let k = 0; k < width; k++) {
      const j = lo + k;
      if (i === 0 && j === 0) {
        row[k] = 0;
        continue;
      }
      let best = Infinity;
      let second = Infinity;
      let bestShape = 255;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s]!;
        if (a > i || b > j) continue;
        const before = at(i - a, j - b);
        if (before === Infinity) continue;
        const c = cost(i - a, i, j - b, j);
        weighed[k * SHAPES.length + s] = c;
        const total = before + c;
        if (total < best) {
          second = best;
          best = total;
          bestShape = s;
        } else if (total < second) {
          second = total;
        }
      }
      row[k] = best;
      from[k] = bestShape;
      gap[k] = second === Infinity ? 50 : second - best;
    }
  }
  if (at(n, m) === Infinity) throw new Error(`no alignment path within the band (${n} × ${m} sentences)`);
  const beads: Bead[] = [];
  const margins: number[] = [];
  const path: [number, number][] = [[n, m]];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = j - band.lo[i]!;
    const [a, b] = SHAPES[back[i]![k]!]!;
    const confidence = 1 - Math.exp(-margin[i]![k]! / CONFIDENCE_SCALE);
    beads.push({ aStart: i - a, aEnd: i, bStart: j - b, bEnd: j, confidence });
    margins.push(margin[i]![k]!);
    i -= a;
    j -= b;
    path.push([i, j]);
  }
  return { beads: beads.reverse(), path: path.reverse(), cost: at(n, m), margins: Float32Array.from(margins.reverse()), costs };
}
