/**
 * The cells of the dynamic programme that are searched: for each row i (sentences of A used),
 * the columns j (sentences of B used) from lo[i] to hi[i] inclusive. A band around the diagonal
 * or around an earlier path keeps the search linear in the length of the texts.
 */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** Every cell: the plain full search (the test oracle). */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Cells within `width` columns of the diagonal from (0,0) to (n,m). */
export function diagonalBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(m, centre + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Cells within `radius` columns of a path given as cells (i, j), row by row. */
export function bandAroundPath(n: number, m: number, path: readonly (readonly [number, number])[], radius: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const cover = (i: number, jLo: number, jHi: number) => {
    lo[i] = Math.min(lo[i]!, Math.max(0, jLo - radius));
    hi[i] = Math.max(hi[i]!, Math.min(m, jHi + radius));
  };
  for (let k = 0; k < path.length; k++) {
    const [i, j] = path[k]!;
    cover(i, j, j);
    const next = path[k + 1];
    // rows a bead passes over get the columns it spans
    if (next) for (let r = i + 1; r < next[0]; r++) cover(r, j, next[1]);
  }
  // monotone, so every cell can be reached from cells before it and can reach the end
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i - 1]!, lo[i]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i + 1]!, hi[i]!);
  for (let i = 0; i <= n; i++) if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Whether a path touches the edge of the band (then the band may have cut off a better path). */
export function touchesEdge(band: Band, path: readonly (readonly [number, number])[], m: number): boolean {
  return path.some(([i, j]) => (j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m));
}
