/**
 * Synchronized scrolling as arithmetic on row anchors. Each pane reports where each row starts in
 * its scrolled content (its anchors); the row at the source pane's reading line, and how far into
 * it the line is, give the offset every other pane must show at its own reading line. With
 * aligned rows the anchors agree and panes scroll as one; with flowing text the same arithmetic
 * interpolates between anchors. No DOM here: the app measures and applies.
 */

/**
 * Anchors with gaps (NaN: the pane has nothing for that row) filled by interpolating between the
 * rows around them; rows missing before the first known one start at the top. `end` is the
 * content's height, the anchor after the last row.
 */
export function filledAnchors(anchors: readonly number[], end: number): number[] {
  const out = [...anchors];
  let previous = -1;
  for (let i = 0; i <= out.length; i++) {
    const value = i === out.length ? end : out[i]!;
    if (Number.isNaN(value)) continue;
    if (previous < 0) for (let k = 0; k < i; k++) out[k] = 0;
    else for (let k = previous + 1; k < i; k++) out[k] = out[previous]! + ((value - out[previous]!) * (k - previous)) / (i - previous);
    previous = i;
  }
  return out;
}

/** The row whose span holds offset `y`, and how far into that span `y` is (0..1). */
export function rowAtOffset(anchors: readonly number[], end: number, y: number): { row: number; fraction: number } {
  if (anchors.length === 0) return { row: 0, fraction: 0 };
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  const top = anchors[lo]!;
  const bottom = lo + 1 < anchors.length ? anchors[lo + 1]! : end;
  const fraction = bottom > top ? Math.min(1, Math.max(0, (y - top) / (bottom - top))) : 0;
  return { row: lo, fraction };
}

/** The offset at `fraction` of the way through `row`. */
export function offsetOfRow(anchors: readonly number[], end: number, row: number, fraction: number): number {
  const top = anchors[row] ?? end;
  const bottom = row + 1 < anchors.length ? anchors[row + 1]! : end;
  return top + fraction * (bottom - top);
}

export interface PaneGeometry {
  /** Row tops in scrolled content, gaps filled. */
  readonly anchors: readonly number[];
  /** Content height. */
  readonly end: number;
  /** Distance from the pane's top edge to its reading line. */
  readonly readingLine: number;
  /** The largest scrollTop the pane allows. */
  readonly maxScrollTop: number;
}

/** The scrollTop that brings the source's reading-line row level with the same row in the target. */
export function followerScrollTop(source: PaneGeometry, sourceScrollTop: number, target: PaneGeometry): number {
  const { row, fraction } = rowAtOffset(source.anchors, source.end, sourceScrollTop + source.readingLine);
  const y = offsetOfRow(target.anchors, target.end, row, fraction);
  return Math.round(Math.min(target.maxScrollTop, Math.max(0, y - target.readingLine)));
}
