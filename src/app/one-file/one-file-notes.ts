/**
 * A one-file reader's notes: those the file came with, then the student's own, kept in this
 * browser's localStorage under the file's own key (a browser keeps one store for every file opened
 * from disk, so the key names the document and when the file was made). Where the browser refuses
 * storage to a file opened from disk, the notes last until the page is closed, and the page says so.
 * The same store shape as the app's notes (`notes-store.ts`), so the reader's note panel writes here.
 */
import { createStore } from 'zustand/vanilla';
import { parseNotes, type NotesActions, type NotesState } from '../classroom/notes-store.ts';

/** The part of `Storage` the notes use: `localStorage`, or none where the browser refuses it. */
export type NoteStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const NOTES_REFUSED = 'This browser keeps nothing for a file opened from disk: notes written here last until the page is closed.';

/** `localStorage`, or null where reaching it throws (a browser that refuses it to files, or private modes). */
export function browserNoteStorage(): NoteStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = 'duizhao.one-file.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const toRecord = (notes: ReadonlyMap<number, string>) => JSON.stringify(Object.fromEntries([...notes].map(([r, t]) => [String(r), t])));

/** What the browser kept under `key`, or `given` when it kept nothing; with what went wrong reading it. */
function keptNotes(key: string, given: ReadonlyMap<number, string>, storage: NoteStorage | null): { notes: ReadonlyMap<number, string>; problem: string | null } {
  if (!storage) return { notes: given, problem: NOTES_REFUSED };
  const unreadable = 'The notes this browser kept for this file could not be read; the file’s own are shown.';
  try {
    const kept = storage.getItem(key);
    const parsed = kept === null ? given : parseNotes(JSON.parse(kept));
    return parsed ? { notes: parsed, problem: null } : { notes: given, problem: unreadable };
  } catch {
    return { notes: given, problem: unreadable };
  }
}

/**
 * The notes of one document (`doc`, the reader's document id), starting from the file's `given`
 * unless this browser kept the student's (`key`). `refresh` reads them again (the same file open
 * in another tab wrote a note).
 */
export function createOneFileNotesStore(doc: string, key: string, given: ReadonlyMap<number, string>, storage: NoteStorage | null) {
  const start = keptNotes(key, given, storage);
  return createStore<NotesState & NotesActions & { readonly refresh: () => void }>()((set, get) => ({
    byDocument: new Map([[doc, start.notes]]),
    problem: start.problem,
    load: async () => undefined,
    refresh: () => {
      const now = keptNotes(key, given, storage);
      set({ byDocument: new Map([[doc, now.notes]]), problem: now.problem });
    },
    setNote: async (at, row, text) => {
      if (at !== doc) return;
      const notes = new Map(get().byDocument.get(doc) ?? []);
      const note = text.trim();
      if (note) notes.set(row, note);
      else notes.delete(row);
      set({ byDocument: new Map([[doc, notes]]) });
      if (!storage) return;
      try {
        storage.setItem(key, toRecord(notes));
        set({ problem: null });
      } catch (error) {
        set({ problem: `The note was not kept in this browser (${(error as Error).message}); it lasts until the page is closed.` });
      }
    },
  }));
}
