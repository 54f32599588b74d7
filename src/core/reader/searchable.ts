/**
 * What search across the library reads of a document, apart from the matching: small and free of
 * OpenCC, so that the page can hand its projects to the worker without loading the search itself.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import type { ReaderDocument } from './reader-document.ts';

/** What search needs of a witness: its text and sentences, its name and language. */
export type SearchableWitness = Pick<Witness, 'id' | 'lang' | 'label' | 'script' | 'text' | 'segments'>;

/** What search needs of a document: its texts, their sentences and the rows that align them. */
export interface SearchableDocument {
  /** The corpus document's id, or the saved project's. */
  readonly id: string;
  readonly title: BuiltDocument['title'];
  /** Where a result leads: a corpus document, or a project saved in this browser. */
  readonly source: ReaderDocument['kind'];
  readonly witnesses: readonly SearchableWitness[];
  readonly rows: BuiltDocument['rows'];
}

/** A document, or a project's table, as search reads it. */
export function searchable({ kind, id, doc }: ReaderDocument): SearchableDocument {
  return {
    id,
    title: doc.title,
    source: kind,
    witnesses: doc.witnesses.map(({ id, lang, label, script, text, segments }) => ({ id, lang, label, script, text, segments })),
    rows: doc.rows.map(({ cells, confidence }) => ({ cells, confidence })),
  };
}

/**
 * A hash of everything search reads of a document, so that the worker keeps a project's index
 * until the project changes. Saved projects carry a revision, but only their storage sees it; a
 * hash over the texts costs a few milliseconds, far less than folding them again.
 */
export function revisionOf(doc: SearchableDocument): string {
  // FNV-1a, 32 bits, twice with different seeds: a change that collides in both is not a worry here
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x85ebca6b) ^ (b >>> 13);
  };
  const str = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
  str(doc.id);
  str(doc.title.zh);
  str(doc.title.en ?? '');
  for (const w of doc.witnesses) {
    str(w.id);
    str(w.lang);
    str(w.label);
    str(w.text);
    mix(w.segments.length);
    for (const s of w.segments) {
      mix(s.start);
      mix(s.end);
    }
  }
  mix(doc.rows.length);
  for (const row of doc.rows) for (const cell of row.cells) {
    mix(cell.start);
    mix(cell.end);
  }
  return `${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
