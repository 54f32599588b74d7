/**
 * What the reader shows: a corpus document, or a user's project shown as a document. The two differ
 * where it matters to the reader (a project's rows carry a status and a note; a corpus document's
 * notes are kept in the browser, and its comparison can be rebuilt from another base in the page),
 * so the kind is carried beside the document rather than read off its id.
 */
import type { BuiltDocument } from '../model.ts';
import type { ProjectDocument } from '../project/project.ts';

export type ReaderDocument =
  /** `id`: the corpus document's id (`doc.id`). */
  | { readonly kind: 'corpus'; readonly id: string; readonly doc: BuiltDocument }
  /** `id`: the saved project's id; `doc.id` is distinct from every corpus id (caches key on it). */
  | { readonly kind: 'project'; readonly id: string; readonly doc: ProjectDocument };

export type DocumentKind = ReaderDocument['kind'];

/** Which document, before it is loaded (or when it could not be). */
export interface DocumentKey {
  readonly kind: DocumentKind;
  readonly id: string;
}

export const sameDocument = (a: DocumentKey, b: DocumentKey): boolean => a.kind === b.kind && a.id === b.id;

const NO_NOTES: ReadonlyMap<number, string> = new Map();

/**
 * The notes on the rows, by row (0-based): a project's are in its rows; a corpus document's are the
 * ones saved in this browser (`saved`, or none yet).
 */
export function rowNotes(reading: ReaderDocument, saved: ReadonlyMap<number, string> | undefined): ReadonlyMap<number, string> {
  if (reading.kind === 'corpus') return saved ?? NO_NOTES;
  const out = new Map<number, string>();
  reading.doc.rows.forEach((row, r) => {
    if (row.note) out.set(r, row.note);
  });
  return out;
}

/** Whether a person confirmed row `row`: a project's user, or the team that checked a corpus document by hand. */
export function isConfirmedRow(reading: ReaderDocument, row: number): boolean {
  return reading.doc.rows[row]?.status === 'confirmed';
}
