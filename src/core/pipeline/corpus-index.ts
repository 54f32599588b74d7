/** The corpus index the app loads first: documents, their witnesses and where their data is. */
import type { BuiltDocument, CorpusIndex } from '../model.ts';
import { SCHEMA_VERSION } from '../model.ts';

/**
 * The bilingual dictionary the browser aligns a user's texts with (CC-CEDICT as a compact
 * lexicon), beside the corpus files; fetched only when a user's Chinese and English are aligned.
 */
export const LEXICON_FILE = 'lexicon-cedict-v1.json';

/**
 * CC-CEDICT's entries (both forms, pinyin, glosses), for the dictionary card on texts users bring
 * (the corpus documents have glossaries of their own); fetched only when that is switched on.
 */
export const DICTIONARY_FILE = 'dictionary-cedict-v1.json';

/** Every document's texts, sentences and rows in one file, for search across the library (library-search.ts); fetched when the reader searches. */
export const LIBRARY_SEARCH_FILE = 'library-search.json';

/** A document's glossary (its Chinese words with their dictionary entries), fetched when the reader wants it. */
export function glossaryFileName(id: string): string {
  if (!isDocumentId(id)) throw new Error(`"${id}" is not a document id (lower-case letters, digits and hyphens)`);
  return `gloss-${id}.json`;
}

/** A document id as the build writes them: lower-case letters, digits and hyphens, nothing a path could use. */
export function isDocumentId(id: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,99}$/.test(id);
}

/** The build file of a document; throws for an id that is not one (`../package`, `%2e%2e`), so no such name reaches a fetch. */
export function documentFileName(id: string): string {
  if (!isDocumentId(id)) throw new Error(`"${id}" is not a document id (lower-case letters, digits and hyphens)`);
  return `doc-${id}.json`;
}

export function corpusIndexOf(documents: readonly BuiltDocument[]): CorpusIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      date: d.date,
      credits: d.credits,
      file: documentFileName(d.id),
      rows: d.rows.length,
      witnesses: d.witnesses.map((w) => ({ id: w.id, lang: w.lang, label: w.label, segments: w.segments.length })),
    })),
  };
}
