/** A document built from its spec: every witness read, normalised and segmented. */
import type { BuiltDocument } from '../model.ts';
import type { DocumentSpec } from '../sources/manifest.ts';
import { buildWitness } from './build-witness.ts';
import { alignDocument } from './align-document.ts';
import type { Lexicon } from '../align/lexicon.ts';
import { collate } from '../variants/collate.ts';
import { markCheckedRows, parseCheckedRows } from './checked-rows.ts';

/**
 * `readSource` gives a source file's decoded text by name (the CLI reads disk, the app fetches);
 * `lexicon` is needed where a document has Chinese and English witnesses.
 */
export function buildDocument(spec: DocumentSpec, readSource: (file: string) => string, lexicon?: Lexicon): BuiltDocument {
  const witnesses = spec.witnesses.map((w) => buildWitness(w, readSource(w.file)));
  const aligned: BuiltDocument = {
    id: spec.id,
    title: spec.title.en === undefined ? { zh: spec.title.zh } : { zh: spec.title.zh, en: spec.title.en },
    date: spec.date,
    credits: spec.credits,
    witnesses,
    rows: alignDocument(witnesses, lexicon),
  };
  let doc = aligned;
  if (spec.checked !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readSource(spec.checked));
    } catch (error) {
      throw new Error(`${spec.checked}: not valid JSON (${(error as Error).message})`);
    }
    doc = { ...aligned, rows: markCheckedRows(aligned, parseCheckedRows(data, spec.checked, aligned), spec.checked) };
  }
  const variants = collate(doc);
  return variants ? { ...doc, variants } : doc;
}
