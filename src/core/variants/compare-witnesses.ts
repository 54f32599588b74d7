/** The differences between two Chinese witnesses of one document, row by row of its alignment table. */
import type { BuiltDocument, Witness } from '../model.ts';
import { compareRows } from './compare-rows.ts';
import type { ChineseScript } from '../text/script.ts';
import type { TextSpan, Variant } from '../model-variant.ts';

/** Every difference between witnesses `aId` and `bId` of `doc`, in reading order of A; throws on a bad pair. */
export function compareWitnesses(doc: Pick<BuiltDocument, 'id' | 'witnesses' | 'rows'>, aId: string, bId: string): Variant[] {
  const a = doc.witnesses.findIndex((w) => w.id === aId);
  const b = doc.witnesses.findIndex((w) => w.id === bId);
  if (a < 0 || b < 0) throw new Error(`document ${doc.id} has no witness "${a < 0 ? aId : bId}" (it has: ${doc.witnesses.map((w) => w.id).join(', ')})`);
  if (a === b) throw new Error(`variants compare two different witnesses, not ${aId} with itself`);
  const wa = doc.witnesses[a]!;
  const wb = doc.witnesses[b]!;
  if (wa.lang !== 'zh' || wb.lang !== 'zh') throw new Error(`variants compare two Chinese witnesses; ${wa.lang !== 'zh' ? aId : bId} is ${wa.lang !== 'zh' ? wa.lang : wb.lang}`);
  const rows = doc.rows.map((row) => [segmentRangeSpan(wa, row.cells[a]!), segmentRangeSpan(wb, row.cells[b]!)] as const);
  return compareRows(wa.text, wb.text, rows, doc.rows.map((row) => row.movedTo), { a: chineseScript(wa), b: chineseScript(wb) });
}

/** The text span of segments [start, end) of a witness; for none, the place where they would stand. */
export function segmentRangeSpan(witness: Pick<Witness, 'segments' | 'text'>, cell: { start: number; end: number }): TextSpan {
  if (cell.end === cell.start) {
    const at = cell.start < witness.segments.length ? witness.segments[cell.start]!.start : witness.text.length;
    return { start: at, end: at };
  }
  return { start: witness.segments[cell.start]!.start, end: witness.segments[cell.end - 1]!.end };
}

/** A Chinese witness's script as the comparison reads it (`latn` cannot be, and reads as mixed). */
export function chineseScript(witness: Pick<Witness, 'script'>): ChineseScript {
  return witness.script === 'hans' || witness.script === 'hant' ? witness.script : 'mixed';
}
