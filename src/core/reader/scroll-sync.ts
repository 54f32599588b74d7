/**
 * Synchronized scrolling as arithmetic on row anchors. Each pane knows where each row starts in
 * its scrolled content (its anchors); the row at the source pane's reading line, and how far into
 * it the line is, give the offset every other pane must show at its own reading line. With
 * aligned rows the anchors agree and panes scroll as one; with flowing text the same arithmetic
 * interpolates between anchors. No DOM here: the app measures and applies.
 */

/** Where each row of a pane starts, as a function: a virtualised pane computes it on demand. */
export interface PaneAnchors {
  /** Rows in the document. */
  readonly rowCount: number;
  /** Top of `row` in the pane's scrolled content, gaps filled; `anchor(rowCount)` is the end. Non-decreasing. */
  readonly anchor: (row: number) => number;
  /** Distance from the pane's top edge to its reading line. */
  readonly readingLine: number;
  /** The largest scrollTop the pane allows. */
  readonly maxScrollTop: number;
}

/**
 * The anchor function of a pane that has segments for the rows `present` (ascending) at `top(row)`:
 * a row it has nothing for is placed by interpolating between the rows around it (by row number);
 * rows before the first present one start at 0, rows after the last interpolate towards `end`.
 */
export function filledAnchor(present: ArrayLike<number>, top: (row: number) => number, end: number, rowCount: number): (row: number) => number {
  return (row) => {
    if (row >= rowCount) return end;
    // the last present row at or before `row`
    let lo = 0;
    let hi = present.length - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid]! <= row) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (before >= 0 && present[before] === row) return top(row);
    if (before < 0) return 0;
    const p = present[before]!;
    const q = before + 1 < present.length ? present[before + 1]! : rowCount;
    const a = top(p);
    const b = q === rowCount ? end : top(q);
    return a + ((b - a) * (row - p)) / (q - p);
  };
}

/**
 * Anchors with gaps (NaN: the pane has nothing for that row) filled as `filledAnchor` fills them;
 * `end` is the content's height, the anchor after the last row.
 */
export function filledAnchors(anchors: readonly number[], end: number): number[] {
  const present = anchors.flatMap((a, r) => (Number.isNaN(a) ? [] : [r]));
  const anchor = filledAnchor(present, (r) => anchors[r]!, end, anchors.length);
  return anchors.map((_, r) => anchor(r));
}

/** The row whose span holds offset `y`, and how far into that span `y` is (0..1). */
export function rowAtOffset(pane: Pick<PaneAnchors, 'rowCount' | 'anchor'>, y: number): { row: number; fraction: number } {
  if (pane.rowCount === 0) return { row: 0, fraction: 0 };
  let lo = 0;
  let hi = pane.rowCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pane.anchor(mid) <= y) lo = mid;
    else hi = mid - 1;
  }
  const top = pane.anchor(lo);
  const bottom = pane.anchor(lo + 1);
  const fraction = bottom > top ? Math.min(1, Math.max(0, (y - top) / (bottom - top))) : 0;
  return { row: lo, fraction };
}

/** The offset at `fraction` of the way through `row`. */
export function offsetOfRow(pane: Pick<PaneAnchors, 'anchor'>, row: number, fraction: number): number {
  const top = pane.anchor(row);
  return top + fraction * (pane.anchor(row + 1) - top);
}

/** The scrollTop that brings the source's reading-line row level with the same row in the target. */
export function followerScrollTop(source: PaneAnchors, sourceScrollTop: number, target: PaneAnchors): number {
  const { row, fraction } = rowAtOffset(source, sourceScrollTop + source.readingLine);
  return clampScrollTop(target, offsetOfRow(target, row, fraction) - target.readingLine);
}

/** A scrollTop within the pane's range, in whole pixels. */
export function clampScrollTop(pane: Pick<PaneAnchors, 'maxScrollTop'>, top: number): number {
  return Math.round(Math.min(Math.max(0, pane.maxScrollTop), Math.max(0, top)));
}

/** An array of anchors as a pane (for tests, and for panes that are rendered whole). */
export function paneFromAnchors(anchors: readonly number[], end: number, readingLine: number, maxScrollTop: number): PaneAnchors {
  const filled = filledAnchors(anchors, end);
  return { rowCount: anchors.length, anchor: (r) => (r >= filled.length ? end : filled[r]!), readingLine, maxScrollTop };
}
