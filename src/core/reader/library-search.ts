/**
 * Search across the library, answered as a concordance: every match in every document and saved
 * project, in its sentence, with the aligned counterparts of its row beside it (the English of a
 * Chinese match, the Chinese of an English one), grouped by document with counts. "How was 帝国主义
 * translated?" in one view. Matching is find's (script, variant forms, case, diacritics set aside).
 *
 * The corpus part is a search file the build writes (LIBRARY_SEARCH_FILE, corpus-index.ts): each
 * document's texts, sentences and rows, without its comparison or metadata, and the inverted index
 * of their folded texts (search-index.ts), so one fetch brings the whole library and a query is
 * looked up, not scanned for. Projects are indexed in the worker (project-search.ts).
 */
import type { BuiltDocument, Witness } from '../model.ts';
import { buildSearchIndex, loadSearchIndex, SearchIndex, SearchIndexError, type SerialisedSearchIndex } from './search-index.ts';
import { searchable, type SearchableDocument } from './searchable.ts';

export { searchable, type SearchableDocument, type SearchableWitness } from './searchable.ts';

export interface LibrarySearchFile {
  readonly documents: readonly SearchableDocument[];
  /** The index of the documents' texts, a slot per witness in order. */
  readonly index: SerialisedSearchIndex;
}

/** The search file of a built corpus: each document without its comparison, its metadata or its alignment scores, and their index. */
export function librarySearchFile(documents: readonly BuiltDocument[]): LibrarySearchFile {
  const searchables = documents.map((doc) => searchable({ kind: 'corpus', id: doc.id, doc }));
  return { documents: searchables, index: buildSearchIndex(searchables).serialise() };
}

/** The search file as read from `file`, checked, with its index ready; an error naming the file if it cannot be used. */
export function readLibrarySearchFile(data: unknown, file: string): SearchIndex<SearchableDocument> {
  const documents = (data as Partial<LibrarySearchFile> | null)?.documents;
  if (!Array.isArray(documents)) throw new SearchIndexError(file, 'it does not hold a list of documents');
  documents.forEach((doc: unknown, d) => {
    const problem = documentProblem(doc);
    if (problem) throw new SearchIndexError(file, `document ${d + 1} ${problem}`);
  });
  return loadSearchIndex(documents as SearchableDocument[], (data as LibrarySearchFile).index, file);
}

/** What keeps a document from being searched and shown, or null. */
function documentProblem(doc: unknown): string | null {
  if (typeof doc !== 'object' || doc === null) return 'is not an object';
  const { id, title, source, witnesses, rows } = doc as Partial<Record<keyof SearchableDocument, unknown>>;
  if (typeof id !== 'string' || typeof (title as { zh?: unknown } | null)?.zh !== 'string' || (source !== 'corpus' && source !== 'project')) return 'has no id, title or source';
  if (!Array.isArray(witnesses) || !Array.isArray(rows)) return 'has no texts or rows';
  for (const w of witnesses as unknown[]) {
    const { id, lang, label, text, segments } = (w ?? {}) as Partial<Record<keyof Witness, unknown>>;
    if (typeof id !== 'string' || (lang !== 'zh' && lang !== 'en') || typeof label !== 'string' || typeof text !== 'string' || !Array.isArray(segments)) return 'has a text without its id, language, label, text or sentences';
    for (const s of segments as unknown[]) {
      const { start, end } = (s ?? {}) as { start?: unknown; end?: unknown };
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number) || (end as number) > text.length) return `has a sentence outside its text ${id}`;
    }
  }
  for (const row of rows as unknown[]) {
    const cells = (row as { cells?: unknown } | null)?.cells;
    const whole = (c: unknown) => Number.isInteger((c as { start?: unknown } | null)?.start) && Number.isInteger((c as { end?: unknown } | null)?.end);
    if (!Array.isArray(cells) || cells.length !== witnesses.length || !cells.every(whole)) return 'has a row without a cell per text';
  }
  return null;
}

/** A stretch of text with the match in it: before, the match, after. */
export interface InContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface ConcordanceLine {
  /** 0-based row. */
  readonly row: number;
  readonly witness: string;
  readonly witnessLabel: string;
  readonly lang: Witness['lang'];
  /** The sentence the match stands in, cut around it. */
  readonly sentence: InContext;
  /** The other texts' cells of the row (the translation first), as they read. */
  readonly counterparts: readonly { readonly witness: string; readonly label: string; readonly lang: Witness['lang']; readonly text: string }[];
}

export interface ConcordanceGroup {
  readonly id: string;
  readonly source: SearchableDocument['source'];
  readonly title: BuiltDocument['title'];
  /** Every match in the document (more than are listed when `lines` is cut). */
  readonly count: number;
  readonly lines: readonly ConcordanceLine[];
}

/** Lines listed per document; the count says how many there are in all. */
export const LINES_PER_DOCUMENT = 200;

const indexes = new WeakMap<readonly SearchableDocument[], SearchIndex<SearchableDocument>>();

/**
 * The documents with a match of `query`, in the library's order, each with its lines in reading
 * order. Documents given as a list are indexed the first time that list is searched.
 */
export function concordance(library: readonly SearchableDocument[] | SearchIndex<SearchableDocument>, query: string, perDocument = LINES_PER_DOCUMENT): ConcordanceGroup[] {
  let index = library instanceof SearchIndex ? library : indexes.get(library);
  if (!index) {
    index = buildSearchIndex(library as readonly SearchableDocument[]);
    indexes.set(library as readonly SearchableDocument[], index);
  }
  const groups: ConcordanceGroup[] = [];
  for (const [d, doc] of index.documents.entries()) {
    const hits = index.find(d, query);
    if (hits.length === 0) continue;
    const lines = hits.slice(0, perDocument).map((hit): ConcordanceLine => {
      const w = doc.witnesses.findIndex((x) => x.id === hit.witness);
      const witness = doc.witnesses[w]!;
      const segment = witness.segments[hit.segment]!;
      const end = Math.max(hit.end, segment.end);
      return {
        row: hit.row,
        witness: witness.id,
        witnessLabel: witness.label,
        lang: witness.lang,
        sentence: {
          before: witness.text.slice(segment.start, hit.start).trimStart(),
          match: witness.text.slice(hit.start, hit.end),
          after: witness.text.slice(hit.end, end).trimEnd(),
        },
        counterparts: counterpartsOf(doc, hit.row, w),
      };
    });
    groups.push({ id: doc.id, source: doc.source, title: doc.title, count: hits.length, lines });
  }
  return groups;
}

/** The other witnesses' text of a row: a match in Chinese shows the English first, and the other way round. */
function counterpartsOf(doc: SearchableDocument, row: number, of: number): ConcordanceLine['counterparts'] {
  const own = doc.witnesses[of]!;
  const cells = doc.rows[row]?.cells ?? [];
  return doc.witnesses
    .map((w, k) => ({ w, k }))
    .filter(({ k }) => k !== of)
    .sort((x, y) => Number(x.w.lang === own.lang) - Number(y.w.lang === own.lang))
    .map(({ w, k }) => {
      const cell = cells[k];
      const text = cell && cell.end > cell.start ? w.text.slice(w.segments[cell.start]!.start, w.segments[cell.end - 1]!.end).trim() : '';
      return { witness: w.id, label: w.label, lang: w.lang, text };
    });
}
