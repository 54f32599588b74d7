/** The rows of the witnesses shown, with their notes, as TSV: what a class takes away from a reading. */
import type { BuiltDocument } from '../model.ts';
import { segmentText } from '../model.ts';
import { joinCell } from './pair-export.ts';
import { toTsv } from './tsv.ts';

/** Header `row<TAB>witness…<TAB>note`; every row of the table (or of `[from, to]`, 0-based), notes by 0-based row. */
export function rowsWithNotesTsv(doc: BuiltDocument, witnessIds: readonly string[], notes: ReadonlyMap<number, string>, range?: { from: number; to: number }): string {
  const witnesses = witnessIds.map((id) => doc.witnesses.findIndex((w) => w.id === id)).filter((i) => i >= 0);
  const from = range?.from ?? 0;
  const to = range?.to ?? doc.rows.length - 1;
  const rows = doc.rows.slice(from, to + 1).map((row, k) => {
    const cells = witnesses.map((w) => {
      const witness = doc.witnesses[w]!;
      const cell = row.cells[w]!;
      return joinCell(witness.segments.slice(cell.start, cell.end).map((s) => segmentText(witness.text, s)), witness.lang);
    });
    return [String(from + k + 1), ...cells, notes.get(from + k) ?? ''];
  });
  return toTsv(['row', ...witnesses.map((w) => doc.witnesses[w]!.id), 'note'], rows);
}
