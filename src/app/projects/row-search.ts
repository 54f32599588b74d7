/** Finding the next row that still needs a person: after the current one, wrapping round to the start. */

/** The first row after `from` (or from the top when null) that `wanted` accepts, wrapping; null when none does. */
export function nextRowWhere<R>(rows: readonly R[], from: number | null, wanted: (row: R) => boolean): number | null {
  const n = rows.length;
  const start = from === null ? 0 : from + 1;
  for (let k = 0; k < n; k++) {
    const r = (start + k) % n;
    if (wanted(rows[r]!)) return r;
  }
  return null;
}
