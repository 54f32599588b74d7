/**
 * How likely each bead of the chosen path is, over every path through the band: costs read as
 * −log probabilities at a temperature, summed over paths by the forward–backward algorithm (as
 * Moore's aligner keeps the beads whose posterior is high). Unlike the margin at a bead's end,
 * which sees one alternative, the posterior sees them all, so a bead on a stretch where many
 * paths are nearly as good comes out unsure. It reads the costs the search weighed, so it costs
 * two passes over the band and no bead is scored again.
 */
import type { Band } from './band.ts';
import { SHAPES, type SearchResult } from './dynamic-programme.ts';

function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/** The posterior probability of each bead of `result` (searched over `band`, n × m), at `temperature` cost units per nat. */
export function beadPosteriors(n: number, m: number, band: Band, result: SearchResult, temperature: number): Float64Array {
  const { costs, beads } = result;
  const S = SHAPES.length;
  const inBand = (i: number, j: number) => i >= 0 && i <= n && j >= band.lo[i]! && j <= band.hi[i]!;
  const cell = (table: Float64Array[], i: number, j: number) => (inBand(i, j) ? table[i]![j - band.lo[i]!]! : -Infinity);
  const weighed = (i: number, j: number, s: number) => (inBand(i, j) ? costs[i]![(j - band.lo[i]!) * S + s]! : Infinity);
  const alloc = () => Array.from({ length: n + 1 }, (_, i) => new Float64Array(Math.max(0, band.hi[i]! - band.lo[i]! + 1)).fill(-Infinity));
  const forward = alloc();
  const backward = alloc();
  forward[0]![0 - band.lo[0]!] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let total = -Infinity;
      for (let s = 0; s < S; s++) {
        const [a, b] = SHAPES[s]!;
        const c = weighed(i, j, s);
        if (c === Infinity) continue;
        const before = cell(forward, i - a, j - b);
        if (before !== -Infinity) total = logAdd(total, before - c / temperature);
      }
      forward[i]![j - band.lo[i]!] = total;
    }
  }
  backward[n]![m - band.lo[n]!] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi[i]!; j >= band.lo[i]!; j--) {
      if (i === n && j === m) continue;
      let total = -Infinity;
      for (let s = 0; s < S; s++) {
        const [a, b] = SHAPES[s]!;
        const c = weighed(i + a, j + b, s);
        if (c === Infinity) continue;
        const after = cell(backward, i + a, j + b);
        if (after !== -Infinity) total = logAdd(total, after - c / temperature);
      }
      backward[i]![j - band.lo[i]!] = total;
    }
  }
  const all = cell(forward, n, m);
  return Float64Array.from(beads, (bead) => {
    const shape = SHAPES.findIndex(([a, b]) => a === bead.aEnd - bead.aStart && b === bead.bEnd - bead.bStart);
    const c = weighed(bead.aEnd, bead.bEnd, shape);
    return Math.min(1, Math.exp(cell(forward, bead.aStart, bead.bStart) - c / temperature + cell(backward, bead.aEnd, bead.bEnd) - all));
  });
}
