/**
 * The heights of a column of blocks (rows or paragraphs) of which only some are in the page: the
 * rest are estimated until they are rendered and measured. Offsets are prefix sums, recomputed
 * lazily from the first change, so a virtualised pane finds the block at any scroll offset in
 * O(log n) and the offset of any block without rendering what lies above it.
 */
export class HeightIndex {
  private readonly heights: Float64Array;
  private readonly measured: Uint8Array;
  /** prefix[i]: the sum of heights[0..i); valid below `valid`. */
  private readonly prefix: Float64Array;
  private valid = 0;

  /** `estimates[i]`: the height block `i` is assumed to have until it is measured. */
  constructor(estimates: ArrayLike<number>) {
    this.heights = Float64Array.from(estimates);
    this.measured = new Uint8Array(estimates.length);
    this.prefix = new Float64Array(estimates.length + 1);
  }

  get count(): number {
    return this.heights.length;
  }

  height(i: number): number {
    return this.heights[i] ?? 0;
  }

  isMeasured(i: number): boolean {
    return this.measured[i] === 1;
  }

  /** Record a height (measured unless said otherwise); true when it changed. */
  set(i: number, height: number, measured = true): boolean {
    if (i < 0 || i >= this.heights.length) return false;
    if (measured) this.measured[i] = 1;
    if (this.heights[i] === height) return false;
    this.heights[i] = height;
    if (i < this.valid) this.valid = i;
    return true;
  }

  /** New estimates for every block not measured (after a resize, or a better guess of line widths). */
  reestimate(estimate: (i: number) => number): void {
    for (let i = 0; i < this.heights.length; i++) if (this.measured[i] === 0) this.set(i, estimate(i), false);
  }

  /** Forget every measurement (the pane's width changed): heights stay, as estimates, until measured again. */
  forgetMeasurements(): void {
    this.measured.fill(0);
  }

  /** Top of block `i`; `offset(count)` is the total height. */
  offset(i: number): number {
    const n = this.heights.length;
    const at = Math.max(0, Math.min(n, i));
    if (at > this.valid) {
      for (let k = this.valid; k < at; k++) this.prefix[k + 1] = this.prefix[k]! + this.heights[k]!;
      this.valid = at;
    }
    return this.prefix[at]!;
  }

  total(): number {
    return this.offset(this.heights.length);
  }

  /** The block whose span holds `y` (the first block for y < 0, the last for y ≥ total). */
  blockAt(y: number): number {
    const n = this.heights.length;
    if (n === 0) return 0;
    this.offset(n);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.prefix[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The blocks `[start, end)` that intersect `[top, bottom)`. */
  range(top: number, bottom: number): { start: number; end: number } {
    const n = this.heights.length;
    if (n === 0) return { start: 0, end: 0 };
    const start = this.blockAt(top);
    const last = this.blockAt(Math.max(top, bottom - 0.001));
    return { start, end: Math.min(n, last + 1) };
  }
}
