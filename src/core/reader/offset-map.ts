/** Where each folded unit of a searchable text came from, stored compactly: only the places where folding is not one unit for one. */

/**
 * For each folded unit, the span of the original character it came from, kept only where it is not
 * the identity step (the unit comes from the one-unit character right after the previous unit's),
 * since folding one Han character or letter to one unit is by far the common case. `at` is
 * ascending; unit i below the first exception has the span i–i+1.
 */
export interface OffsetMap {
  readonly at: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** The exceptions of a full offset map (find's `from` and `to`). */
export function exceptionsOf(from: Int32Array, to: Int32Array): OffsetMap {
  const at: number[] = [];
  const f: number[] = [];
  const t: number[] = [];
  let expected = 0;
  for (let i = 0; i < from.length; i++) {
    if (from[i] !== expected || to[i] !== from[i]! + 1) {
      at.push(i);
      f.push(from[i]!);
      t.push(to[i]!);
    }
    expected = to[i]!;
  }
  return { at: Int32Array.from(at), from: Int32Array.from(f), to: Int32Array.from(t) };
}

/** The last exception at or before unit i, or -1. */
export function exceptionAt(map: OffsetMap, i: number): number {
  return lowerBound(map.at, 0, map.at.length, i + 1) - 1;
}

export function fromOf(map: OffsetMap, i: number): number {
  const k = exceptionAt(map, i);
  if (k < 0) return i;
  return map.at[k] === i ? map.from[k]! : map.to[k]! + (i - map.at[k]! - 1);
}

export function toOf(map: OffsetMap, i: number): number {
  const k = exceptionAt(map, i);
  if (k < 0) return i + 1;
  return map.at[k] === i ? map.to[k]! : map.to[k]! + (i - map.at[k]!);
}

/**
 * Triples per exception, each relative to what comes before it so that the numbers stay small:
 * the units since the previous exception, the start's distance from where the identity step would
 * have put it (the previous unit's end), and the span's length.
 */
export function encodeMap(map: OffsetMap): number[] {
  const out: number[] = [];
  let last = -1;
  for (let k = 0; k < map.at.length; k++) {
    const i = map.at[k]!;
    out.push(i - last, map.from[k]! - (i === 0 ? 0 : toOf(map, i - 1)), map.to[k]! - map.from[k]!);
    last = i;
  }
  return out;
}

/**
 * The offset map from its triples, for a folded text of `units` units made from an original of
 * `length` units; or what is wrong with it. Spans must move forward and stay inside the original,
 * so that every hit it gives is a real stretch of the witness's text.
 */
export function decodeMap(triples: readonly unknown[], units: number, length: number): OffsetMap | string {
  if (triples.length % 3 !== 0) return 'its offsets are not in threes';
  const count = triples.length / 3;
  const at = new Int32Array(count);
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let last = -1;
  let lastFrom = -1;
  let lastTo = 0;
  for (let k = 0; k < count; k++) {
    const [step, shift, span] = [triples[3 * k], triples[3 * k + 1], triples[3 * k + 2]];
    if (!Number.isInteger(step) || !Number.isInteger(shift) || !Number.isInteger(span)) return 'its offsets are not all whole numbers';
    const i = last + (step as number);
    if (i <= last || i >= units) return `offset entry ${k + 1} places a unit outside the folded text`;
    // the unit before this one, on the identity step from the previous exception
    const prevFrom = i - last > 1 ? lastTo + (i - last - 2) : lastFrom;
    const prevTo = i - last > 1 ? lastTo + (i - last - 1) : lastTo;
    const f = prevTo + (shift as number);
    const t = f + (span as number);
    if ((span as number) < 1 || f < 0 || f < prevFrom || t < prevTo) return `offset entry ${k + 1} goes back in the text`;
    at[k] = i;
    from[k] = f;
    to[k] = t;
    [last, lastFrom, lastTo] = [i, f, t];
  }
  const end = units === 0 ? 0 : last < 0 ? units : lastTo + (units - 1 - last);
  if (end > length) return `its offsets run past the end of the text (${end} > ${length})`;
  return { at, from, to };
}

/** The first k in [lo, hi) with list[k] >= value (list ascending there). */
export function lowerBound(list: ArrayLike<number>, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
