/** Rows of one pair of witnesses out of a document's alignment table. */
import type { BuiltDocument, Row } from '../model.ts';
import { segmentText } from '../model.ts';
import type { PairRow } from './pair-export.ts';

/** A document's table, or a project's, whose rows may carry a note. */
type NotedTable = Pick<BuiltDocument, 'witnesses'> & { readonly rows: readonly (Row & { readonly note?: string; readonly status?: 'auto' | 'confirmed' })[] };

/** The table's rows as seen from witnesses `a` and `b` (by index); rows empty on both sides are left out. */
export function tableRows(doc: NotedTable, a: number, b: number): PairRow[] {
  const sentences = (w: number, start: number, end: number) => {
    const witness = doc.witnesses[w]!;
    return witness.segments.slice(start, end).map((s) => segmentText(witness.text, s));
  };
  return doc.rows.flatMap((row, r) => {
    const ca = row.cells[a]!;
    const cb = row.cells[b]!;
    if (ca.end === ca.start && cb.end === cb.start) return [];
    const { note, status } = row;
    return [{ row: r + 1, a: sentences(a, ca.start, ca.end), b: sentences(b, cb.start, cb.end), confidence: row.confidence, ...(note ? { note } : {}), ...(status ? { status } : {}) }];
  });
}
