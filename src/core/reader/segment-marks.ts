/** A segment's text cut into plain runs and marked variant readings, for rendering. */

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the variant in the document's list. */
  readonly variant: number;
  readonly category: string;
}

export type Piece = { readonly text: string; readonly mark?: MarkSpan };

/**
 * The text of `[from, to)` as pieces; marks outside are ignored, an empty mark (the place of a
 * reading the other witness has) becomes an empty marked piece at its place. Marks must not
 * overlap (the comparison never makes them overlap).
 */
export function markPieces(text: string, from: number, to: number, marks: readonly MarkSpan[]): Piece[] {
  const inside = marks
    .filter((m) => (m.start < to && m.end > from) || (m.start === m.end && m.start >= from && m.start < to))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Piece[] = [];
  let at = from;
  for (const m of inside) {
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), mark: m });
    at = end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to) });
  return pieces;
}

/** `U+6CFD U+6FA4`: the code points of a reading, for the scholar's panel. */
export function codePoints(text: string): string {
  return [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
