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

/**
 * The notes of one document (`doc`, the reader's document id), starting from the file's `given`
 * unless this browser kept the student's (`key`).
 */
export function createOneFileNotesStore(doc: string, key: string, given: ReadonlyMap<number, string>, storage: NoteStorage | null) {
  let start: ReadonlyMap<number, string> = given;
  let problem: string | null = storage ? null : NOTES_REFUSED;
  if (storage) {
    try {
      const kept = storage.getItem(key);
      const parsed = kept === null ? given : parseNotes(JSON.parse(kept));
      if (parsed) start = parsed;
      else problem = 'The notes this browser kept for this file could not be read; the file’s own are shown.';
    } catch {
      problem = 'The notes this browser kept for this file could not be read; the file’s own are shown.';
    }
  }
  return createStore<NotesState & NotesActions>()((set, get) => ({
    byDocument: new Map([[doc, start]]),
    problem,
    load: async () => undefined,
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
