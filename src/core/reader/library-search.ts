/**
 * Search across the library, answered as a concordance: every match in every document and saved
 * project, in its sentence, with the aligned counterparts of its row beside it (the English of a
 * Chinese match, the Chinese of an English one), grouped by document with counts. "How was 帝国主义
 * translated?" in one view. Matching is find's (script, variant forms, case, diacritics set aside).
 *
 * The corpus part is a search file the build writes (LIBRARY_SEARCH_FILE, corpus-index.ts): each document's texts,
 * sentences and rows, without its comparison or metadata, so one fetch brings the whole library.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import { findInDocument } from './find.ts';
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

export interface LibrarySearchFile {
  readonly documents: readonly SearchableDocument[];
}

/** The search file of a built corpus: each document without its comparison, its metadata or its alignment scores. */
export function librarySearchFile(documents: readonly BuiltDocument[]): LibrarySearchFile {
  return { documents: documents.map((doc) => searchable({ kind: 'corpus', id: doc.id, doc })) };
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

/** The documents with a match of `query`, in the library's order, each with its lines in reading order. */
export function concordance(documents: readonly SearchableDocument[], query: string, perDocument = LINES_PER_DOCUMENT): ConcordanceGroup[] {
  const groups: ConcordanceGroup[] = [];
  for (const doc of documents) {
    const hits = findInDocument(doc, query, doc.witnesses.map((w) => w.id));
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
