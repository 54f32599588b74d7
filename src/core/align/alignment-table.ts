/**
 * The alignment table of a document: rows across all its witnesses, built from pairwise
 * alignments of each witness with a pivot (the first Chinese witness). A row ends where every
 * pairwise alignment has a bead boundary; a bead that is empty on the pivot's side (a passage
 * only one witness has here) is a row of its own. A passage two Chinese witnesses hold at
 * different places is linked across its two rows as moved.
 */
import type { Row, RowCell } from '../model.ts';
import type { Alignment } from './types.ts';

export type { Row, RowCell };
import { NUMERAL_CHARS, numeralValue } from '../text/numerals.ts';
import { toSimplified } from '../text/opencc.ts';

export interface PivotAlignment {
  /** The witness (index in the document) aligned with the pivot as side B. */
  readonly witness: number;
  readonly alignment: Alignment;
}

/** Rows from each witness's alignment with the pivot (side A of every alignment). */
export function buildAlignmentTable(witnessCount: number, pivot: number, pivotSegments: number, pairs: readonly PivotAlignment[]): Row[] {
  const rows: Row[] = [];
  const cursors = pairs.map(() => 0);
  let at = 0;
  const emptyCells = () => Array.from({ length: witnessCount }, (): RowCell => ({ start: 0, end: 0 }));
  const positionOf = (k: number) => {
    const bead = pairs[k]!.alignment.beads[cursors[k]!];
    return bead ? bead.bStart : pairs[k]!.alignment.beads.at(-1)?.bEnd ?? 0;
  };
  for (;;) {
    // passages only another witness has, here: a row each
    for (const [k, pair] of pairs.entries()) {
      for (let bead = pair.alignment.beads[cursors[k]!]; bead && bead.aStart === bead.aEnd && bead.aStart === at; bead = pair.alignment.beads[cursors[k]!]) {
        const cells = emptyCells();
        cells[pivot] = { start: at, end: at };
        for (const [j, other] of pairs.entries()) cells[other.witness] = { start: positionOf(j), end: positionOf(j) };
        cells[pair.witness] = { start: bead.bStart, end: bead.bEnd };
        rows.push({ cells, confidence: bead.confidence });
        cursors[k]!++;
      }
    }
    if (at >= pivotSegments) break;
    // the smallest pivot position where every alignment has a boundary
    let end = at + 1;
    for (let settled = false; !settled; ) {
      settled = true;
      for (const [k, pair] of pairs.entries()) {
        let c = cursors[k]!;
        while (c < pair.alignment.beads.length && pair.alignment.beads[c]!.aEnd < end) c++;
        const bead = pair.alignment.beads[c];
        if (bead && bead.aEnd > end) {
          end = bead.aEnd;
          settled = false;
        }
      }
    }
    const cells: RowCell[] = emptyCells();
    cells[pivot] = { start: at, end };
    let confidence = 1;
    for (const [k, pair] of pairs.entries()) {
      const start = positionOf(k);
      let stop = start;
      while (cursors[k]! < pair.alignment.beads.length && pair.alignment.beads[cursors[k]!]!.aEnd <= end) {
        const bead = pair.alignment.beads[cursors[k]!]!;
        if (bead.aStart === bead.aEnd && bead.aStart === end) break; // belongs after this row
        stop = bead.bEnd;
        confidence = Math.min(confidence, bead.confidence);
        cursors[k]!++;
      }
      cells[pair.witness] = { start, end: stop };
    }
    rows.push({ cells, confidence });
    at = end;
  }
  return rows;
}

/**
 * Link rows that hold the same Chinese passage in different witnesses, where one row has it in
 * some witnesses and the other in others (the communiqué's date line). Passages compare by a key:
 * simplified characters, numerals as values, no punctuation or space.
 */
export function linkMovedRows(rows: readonly Row[], chineseWitnesses: readonly number[], cellText: (row: number, witness: number) => string): Row[] {
  const linked = rows.map((r) => ({ ...r }));
  const keyed = rows.map((row, r) =>
    chineseWitnesses.map((w) => (row.cells[w]!.end > row.cells[w]!.start ? passageKey(cellText(r, w)) : '')),
  );
  // Rows r < s are linked when, for witnesses x and y, r has a passage in x and none in y and s has
  // the same passage in y and none in x. Each row is linked at most once, the earliest row first
  // to its earliest partner. The rows that can be the later one of such a pair are listed by
  // (x, y, passage), in order, with a cursor that only moves forward: near-linear, not a scan of
  // every pair of rows.
  const later = new Map<string, { rows: number[]; next: number }>();
  const slot = (x: number, y: number, key: string) => `${x}\u0000${y}\u0000${key}`;
  for (const [s, keys] of keyed.entries()) {
    for (const [y, key] of keys.entries()) {
      if (key === '') continue;
      for (const x of keys.keys()) {
        if (x === y || keys[x] !== '') continue;
        const list = later.get(slot(x, y, key));
        if (list) list.rows.push(s);
        else later.set(slot(x, y, key), { rows: [s], next: 0 });
      }
    }
  }
  const isLinked = (row: number) => linked[row]!.movedTo !== undefined;
  for (const [r, keys] of keyed.entries()) {
    if (isLinked(r)) continue;
    let partner = Infinity;
    for (const [x, key] of keys.entries()) {
      if (key === '') continue;
      for (const y of keys.keys()) {
        if (y === x || keys[y] !== '') continue;
        const list = later.get(slot(x, y, key));
        if (!list) continue;
        // rows at or before r, and rows linked already, are never a partner again
        while (list.next < list.rows.length && (list.rows[list.next]! <= r || isLinked(list.rows[list.next]!))) list.next++;
        if (list.next < list.rows.length) partner = Math.min(partner, list.rows[list.next]!);
      }
    }
    if (partner !== Infinity) {
      linked[r] = { ...linked[r]!, movedTo: partner };
      linked[partner] = { ...linked[partner]!, movedTo: r };
    }
  }
  return linked;
}

const NUMERAL_RUN = new RegExp(`${NUMERAL_CHARS.source}+`, 'gu');

/** The comparison key of a passage: what stays when script, numerals and punctuation are set aside. */
export function passageKey(text: string): string {
  return toSimplified(text)
    .replace(NUMERAL_RUN, (run) => {
      const value = numeralValue(run);
      return value === null ? run : String(value);
    })
    .replace(/[\s\p{P}\p{S}]/gu, '');
}
