/**
 * Variant readings as marks in a pane: each difference found in a witness's text is given to the
 * segment that holds it (or, for a reading the witness lacks in a row where it has nothing at all,
 * to that row's empty cell), and a segment's text is cut into plain runs and marked readings.
 */
import type { BuiltDocument, Segment } from '../model.ts';
import { comparedWitnesses, mostSalient, placesOfVariation, witnessOf } from '../variants/collation.ts';

export interface MarkSpan {
  /** UTF-16 offsets into the witness's text; equal for the place of a reading the witness lacks. */
  readonly start: number;
  readonly end: number;
  /** Index of the variant in the document's list. */
  readonly variant: number;
  readonly category: string;
}

export type Piece = { readonly text: string; readonly mark?: MarkSpan };

/** A pane's marks: by segment index, and by row for rows where the pane's cell is empty. */
export interface PaneMarks {
  readonly bySegment: ReadonlyMap<number, readonly MarkSpan[]>;
  readonly byEmptyRow: ReadonlyMap<number, readonly MarkSpan[]>;
}

export const NO_PANE_MARKS: PaneMarks = { bySegment: new Map(), byEmptyRow: new Map() };

/**
 * Give each mark to the segment holding its start (an empty mark at a segment boundary goes to the
 * segment before it, where the missing reading would end); a reading the witness lacks in a row
 * where its cell is empty (`rowOf(mark)` with `isEmptyRow`) goes to that row's gap instead.
 */
export function assignMarks<M extends MarkSpan>(segments: readonly Segment[], marks: readonly M[], rowOf: (mark: M) => number, isEmptyRow: (row: number) => boolean): PaneMarks {
  const bySegment = new Map<number, MarkSpan[]>();
  const byEmptyRow = new Map<number, MarkSpan[]>();
  for (const mark of marks) {
    const row = rowOf(mark);
    if (mark.start === mark.end && isEmptyRow(row)) {
      push(byEmptyRow, row, mark);
      continue;
    }
    const s = segmentAt(segments, mark.start, mark.start === mark.end);
    if (s >= 0) push(bySegment, s, mark);
  }
  for (const list of bySegment.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return { bySegment, byEmptyRow };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The segment holding offset `at` (for an empty mark, the one ending at `at` wins a tie). */
function segmentAt(segments: readonly Segment[], at: number, preferBefore: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (preferBefore && found > 0 && segments[found]!.start === at) return found - 1;
  return found;
}

/**
 * The text of `[from, to)` as pieces: marks are clipped to it, and an empty mark (the place of a
 * reading the other witness has) becomes an empty marked piece at its place, moved inside the
 * range if it fell in the whitespace around it. Marks must not overlap (the comparison never makes
 * them overlap).
 */
export function markPieces(text: string, from: number, to: number, marks: readonly MarkSpan[]): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const m of sorted) {
    const empty = m.start === m.end;
    const start = empty ? Math.min(Math.max(m.start, from), to) : Math.max(m.start, from);
    const end = empty ? start : Math.min(m.end, to);
    if (start < at || (!empty && end <= start)) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), mark: m });
    at = end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to) });
  return pieces;
}

/** A match of find, in a witness's text; `current` is the one the reader stepped to. */
export interface FindRange {
  readonly start: number;
  readonly end: number;
  readonly current: boolean;
}

/** A stretch of a piece, inside a match of find or not. */
export interface FindPart {
  readonly text: string;
  readonly find?: 'hit' | 'current';
}

/** The text at `[from, from + text.length)` cut where find's matches begin and end, each part inside one flagged. */
export function findParts(text: string, from: number, ranges: readonly FindRange[]): FindPart[] {
  const to = from + text.length;
  const parts: FindPart[] = [];
  let at = from;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at - from, start - from) });
    parts.push({ text: text.slice(start - from, end - from), find: r.current ? 'current' : 'hit' });
    at = end;
  }
  if (at < to || parts.length === 0) parts.push({ text: text.slice(at - from) });
  return parts;
}

/** `U+6CFD U+6FA4`: the code points of a reading, for the scholar's panel. */
export function codePoints(text: string): string {
  return [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/**
 * The marks of each compared witness (by id), without the `hidden` categories: in the base, one
 * mark per place of variation (the differences of all witnesses there, shown by the most salient
 * kind); in each other witness, its own readings. A document without variants has none.
 */
export function documentMarks(doc: BuiltDocument, hidden: ReadonlySet<string>): Map<string, PaneMarks> {
  const out = new Map<string, PaneMarks>();
  const variants = doc.variants;
  if (!variants) return out;
  const shown = variants.items.map((v, index) => ({ v, index })).filter(({ v }) => !hidden.has(v.category));
  const marksOf = (id: string, spans: readonly (MarkSpan & { readonly row: number })[]) => {
    const w = doc.witnesses.findIndex((x) => x.id === id);
    if (w < 0) return;
    const isEmptyRow = (r: number) => {
      const cell = doc.rows[r]?.cells[w];
      return cell !== undefined && cell.start === cell.end;
    };
    out.set(id, assignMarks(doc.witnesses[w]!.segments, spans, (m) => m.row, isEmptyRow));
  };
  const visible = { items: shown.map(({ v }) => v) };
  marksOf(
    variants.a,
    placesOfVariation(visible).map((place) => {
      const items = place.items.map((k) => shown[k]!);
      return { start: place.start, end: place.end, variant: items[0]!.index, category: mostSalient(items.map(({ v }) => v.category))!, row: place.row };
    }),
  );
  for (const id of comparedWitnesses(variants)) {
    const own = shown.filter(({ v }) => witnessOf(variants, v) === id);
    marksOf(id, own.map(({ v, index }) => ({ start: v.bSpan.start, end: v.bSpan.end, variant: index, category: v.category, row: v.bRow ?? v.row })));
  }
  return out;
}
