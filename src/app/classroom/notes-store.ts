/**
 * Notes on the rows of corpus documents, kept in this browser (IndexedDB, one record per
 * document). A user's project keeps its notes in its own rows instead, so that they move with the
 * sentences and are undone like any other change. Saved notes that fail validation are set aside
 * on the shelf and said, never dropped.
 */
import { createStore } from 'zustand/vanilla';
import type { Database } from '../storage/database.ts';
import { STORES } from '../storage/database.ts';

export interface NotesState {
  /** Notes by document id, then by 0-based row; a document not loaded yet is absent. */
  readonly byDocument: ReadonlyMap<string, ReadonlyMap<number, string>>;
  readonly problem: string | null;
}

export interface NotesActions {
  readonly load: (doc: string) => Promise<void>;
  readonly setNote: (doc: string, row: number, text: string) => Promise<void>;
}

export type NotesStore = ReturnType<typeof createNotesStore>;

/** The notes record of a document: `{ "12": "text" }`, 0-based rows as keys; null when it is not one. */
export function parseNotes(data: unknown): Map<number, string> | null {
  if (data === undefined) return new Map();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const notes = new Map<number, string>();
  for (const [key, value] of Object.entries(data)) {
    if (!/^\d+$/.test(key) || typeof value !== 'string') return null;
    notes.set(Number(key), value);
  }
  return notes;
}

export function createNotesStore(database: Database | null) {
  return createStore<NotesState & NotesActions>()((set, get) => ({
    byDocument: new Map(),
    problem: null,
    load: async (doc) => {
      if (get().byDocument.has(doc) || !database) return;
      try {
        const data = await database.run<unknown>([STORES.notes], 'readonly', (tx) => tx.objectStore(STORES.notes).get(doc));
        let notes = parseNotes(data);
        if (notes === null) {
          const reason = `notes on ${doc} could not be read (not a record of row notes); they were set aside, not deleted`;
          await database.run([STORES.notes, STORES.shelf], 'readwrite', (tx) => {
            tx.objectStore(STORES.shelf).add({ id: `notes:${doc}`, reason, at: new Date().toISOString(), data });
            tx.objectStore(STORES.notes).delete(doc);
          });
          set({ problem: reason });
          notes = new Map();
        }
        set({ byDocument: new Map(get().byDocument).set(doc, notes) });
      } catch (error) {
        set({ problem: (error as Error).message });
      }
    },
    setNote: async (doc, row, text) => {
      const notes = new Map(get().byDocument.get(doc) ?? []);
      const note = text.trim();
      if (note) notes.set(row, note);
      else notes.delete(row);
      set({ byDocument: new Map(get().byDocument).set(doc, notes), problem: null });
      if (!database) return;
      try {
        await database.run([STORES.notes], 'readwrite', (tx) => {
          tx.objectStore(STORES.notes).put(Object.fromEntries([...notes].map(([r, t]) => [String(r), t])), doc);
        });
      } catch (error) {
        set({ problem: `the note was not saved: ${(error as Error).message}` });
      }
    },
  }));
}
