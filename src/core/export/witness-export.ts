/** Exports of one witness's segments (for documents with a single witness, or one side of many). */
import type { BuiltDocument, Witness } from '../model.ts';
import { segmentText } from '../model.ts';
import { toTsv } from './tsv.ts';

export type WitnessExportFormat = 'tsv' | 'json';

/** The witness of a document by id; the error lists the ids it has. */
export function findWitness(doc: BuiltDocument, id: string): Witness {
  const witness = doc.witnesses.find((w) => w.id === id);
  if (!witness) throw new Error(`document ${doc.id} has no witness "${id}" (it has: ${doc.witnesses.map((w) => w.id).join(', ')})`);
  return witness;
}

/** Rows are numbered from 1, as a class reads them out ("row 12"). */
export function exportWitness(doc: BuiltDocument, witness: Witness, format: WitnessExportFormat): string {
  const rows = witness.segments.map((s, i) => ({ row: i + 1, kind: s.kind, paragraph: s.paragraph, section: s.section, start: s.start, end: s.end, text: segmentText(witness.text, s) }));
  switch (format) {
    case 'tsv':
      return toTsv(['row', witness.id], rows.map((r) => [String(r.row), r.text]));
    case 'json':
      return JSON.stringify({ document: doc.id, witness: witness.id, lang: witness.lang, label: witness.label, segments: rows }, null, 2) + '\n';
  }
}
