/** A document built from its spec: every witness read, normalised and segmented. */
import type { BuiltDocument } from '../model.ts';
import type { DocumentSpec } from '../sources/manifest.ts';
import { buildWitness } from './build-witness.ts';

/** `readSource` gives a source file's decoded text by name (the CLI reads disk, the app fetches). */
export function buildDocument(spec: DocumentSpec, readSource: (file: string) => string): BuiltDocument {
  return {
    id: spec.id,
    title: spec.title.en === undefined ? { zh: spec.title.zh } : { zh: spec.title.zh, en: spec.title.en },
    date: spec.date,
    credits: spec.credits,
    witnesses: spec.witnesses.map((w) => buildWitness(w, readSource(w.file))),
  };
}
