/**
 * Rows the team checked by hand: a file beside the sources listing, for a document, the rows of
 * its table that a person read in every witness and found right. The build marks those rows
 * `confirmed`, so the reader's "?" (unsure) shows only where no one has checked. A checked row
 * that the built table no longer has (the segmentation or the aligner changed since) fails the
 * build, naming the row: a check that no longer applies must be redone, not silently dropped.
 */
import { z } from '../zod.ts';
import type { BuiltDocument, Row } from '../model.ts';

export const CHECKED_ROWS_FORMAT = 'duizhao-checked-rows';

const cellSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([start, end]) => start <= end, 'a cell is [first segment, segment after the last]');

const checkedRowsSchema = z.object({
  format: z.literal(CHECKED_ROWS_FORMAT),
  version: z.literal(1),
  document: z.string().min(1),
  /** Who checked, and how (for the credits, and for whoever checks again). */
  checkedBy: z.string().min(1),
  /** The witnesses, in the order of each row's cells. */
  witnesses: z.array(z.string().min(1)).min(2),
  /** Each checked row: per witness, `[start, end)` in segment indices. */
  rows: z.array(z.array(cellSchema)),
});

export type CheckedRows = z.infer<typeof checkedRowsSchema>;

/** A checked-rows file's data for `doc`; throws naming `file` and the first problem. */
export function parseCheckedRows(data: unknown, file: string, doc: Pick<BuiltDocument, 'id' | 'witnesses'>): CheckedRows {
  const result = checkedRowsSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`${file}: not a checked-rows file${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  const checked = result.data;
  if (checked.document !== doc.id) throw new Error(`${file}: lists rows of "${checked.document}", not of "${doc.id}"`);
  const ids = doc.witnesses.map((w) => w.id);
  const unknown = checked.witnesses.find((w) => !ids.includes(w));
  if (unknown !== undefined) throw new Error(`${file}: names a witness "${unknown}" that ${doc.id} does not have (it has ${ids.join(', ')})`);
  // a row is checked in every witness: a check of some of them would say nothing of the others
  const missing = ids.find((id) => !checked.witnesses.includes(id));
  if (missing !== undefined || new Set(checked.witnesses).size !== checked.witnesses.length) throw new Error(`${file}: must list each of ${doc.id}'s witnesses once (${ids.join(', ')})`);
  const short = checked.rows.findIndex((row) => row.length !== checked.witnesses.length);
  if (short >= 0) throw new Error(`${file}: row ${short + 1} has ${checked.rows[short]!.length} cells for ${checked.witnesses.length} witnesses`);
  return checked;
}

/**
 * The table with each checked row marked `confirmed`. Throws naming the first checked row the
 * table does not have, cell for cell.
 */
export function markCheckedRows(doc: Pick<BuiltDocument, 'witnesses' | 'rows'>, checked: CheckedRows, file: string): Row[] {
  const column = checked.witnesses.map((id) => doc.witnesses.findIndex((w) => w.id === id));
  const keyOf = (cells: readonly (readonly [number, number])[]) => cells.map(([s, e]) => `${s}-${e}`).join(' ');
  const byKey = new Map(doc.rows.map((row, r) => [keyOf(column.map((w) => [row.cells[w]!.start, row.cells[w]!.end] as const)), r]));
  const confirmed = new Set<number>();
  checked.rows.forEach((cells, k) => {
    const r = byKey.get(keyOf(cells));
    if (r === undefined) {
      const shown = cells.map(([s, e], w) => `${checked.witnesses[w]} ${s === e ? 'none' : e === s + 1 ? e : `${s + 1}–${e}`}`).join(', ');
      throw new Error(`${file}: checked row ${k + 1} (${shown}, segments counted from 1) is not in the aligned table: the segmentation or the alignment changed since it was checked; check it again and update the file`);
    }
    confirmed.add(r);
  });
  return doc.rows.map((row, r) => (confirmed.has(r) ? { ...row, status: 'confirmed' as const } : row));
}
