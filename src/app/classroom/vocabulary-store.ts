/**
 * The student's vocabulary list, per document, kept in this browser (localStorage: one small
 * record a document, readable by every tab at once). Each change reads the record as it stands
 * now and writes it back at once, so a word saved in another tab is never written over; another
 * tab's change arrives by the `storage` event. Storage that refuses (private browsing, a full
 * disk) is said on screen, and what was saved stays shown until the page is closed.
 */
import { createStore } from 'zustand/vanilla';
import type { VocabularyItem } from '../../core/export/vocabulary-tsv.ts';

const KEY = 'duizhao.vocabulary.';
const SET_ASIDE = 'duizhao.vocabulary-set-aside.';

export interface VocabularyState {
  /** Words by document id, in the order saved; a document not read yet is absent. */
  readonly byDocument: ReadonlyMap<string, readonly VocabularyItem[]>;
  readonly problem: string | null;
}

export interface VocabularyActions {
  readonly load: (doc: string) => void;
  /** Save a word; false (and said) when it is in the list already. */
  readonly save: (doc: string, item: VocabularyItem) => boolean;
  readonly remove: (doc: string, word: string) => void;
  readonly dismissProblem: () => void;
}

export type VocabularyStore = ReturnType<typeof createVocabularyStore>;

/** A saved list, or null when the data is not one. */
export function parseVocabulary(data: unknown): VocabularyItem[] | null {
  if (!Array.isArray(data)) return null;
  const items: VocabularyItem[] = [];
  for (const x of data as unknown[]) {
    const o = x as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') return null;
    const { word, pinyin, gloss, sentence, row, savedAt } = o;
    if (typeof word !== 'string' || !word || typeof pinyin !== 'string' || typeof gloss !== 'string' || typeof sentence !== 'string' || !Number.isInteger(row) || typeof savedAt !== 'string') return null;
    items.push({ word, pinyin, gloss, sentence, row: row as number, savedAt });
  }
  return items;
}

/** What went wrong writing to the browser's storage, in a user's words. */
function storageProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return "Not saved: the browser's storage is full. The word stays in the list until this page is closed; export the list to keep it.";
  return `Not saved: this browser does not let the page keep your list (${(error as Error)?.message || 'storage refused'}). It stays until this page is closed; export it to keep it.`;
}

/** `storage`: window.localStorage, or null where the browser has none; `listen`: the window, for other tabs' changes. */
export function createVocabularyStore(storage: Storage | null, listen?: (onChange: (key: string | null) => void) => void) {
  /** Lists whose last write was refused: what this tab shows, newer than what is stored. */
  const pending = new Map<string, readonly VocabularyItem[]>();
  const store = createStore<VocabularyState & VocabularyActions>()((set, get) => {
    const put = (doc: string, items: readonly VocabularyItem[], problem: string | null = get().problem) => set({ byDocument: new Map(get().byDocument).set(doc, items), problem });

    /** The list as stored now (another tab may have changed it); a record that is not a list is set aside, never lost. */
    const read = (doc: string): VocabularyItem[] => {
      const unsaved = pending.get(doc);
      if (unsaved || !storage) return [...(unsaved ?? get().byDocument.get(doc) ?? [])];
      let raw: string | null = null;
      try {
        raw = storage.getItem(KEY + doc);
      } catch {
        return [...(get().byDocument.get(doc) ?? [])];
      }
      if (raw === null) return [];
      let parsed: VocabularyItem[] | null = null;
      try {
        parsed = parseVocabulary(JSON.parse(raw));
      } catch {
        parsed = null;
      }
      if (parsed) return parsed;
      try {
        storage.setItem(SET_ASIDE + doc, raw);
        storage.removeItem(KEY + doc);
      } catch {
        // kept where it is: it is not read, and not overwritten below
      }
      set({ problem: 'Your saved words for this text could not be read; they were set aside in this browser, not deleted.' });
      return [];
    };

    const write = (doc: string, items: readonly VocabularyItem[]) => {
      put(doc, items, null);
      try {
        if (!storage) throw new Error('no storage in this browser');
        storage.setItem(KEY + doc, JSON.stringify(items));
        pending.delete(doc);
      } catch (error) {
        pending.set(doc, items);
        set({ problem: storageProblem(error) });
      }
    };

    return {
      byDocument: new Map(),
      problem: null,
      load: (doc) => put(doc, read(doc)),
      save: (doc, item) => {
        const items = read(doc);
        if (items.some((i) => i.word === item.word)) {
          put(doc, items, `${item.word} is in your list already.`);
          return false;
        }
        write(doc, [...items, item]);
        return true;
      },
      remove: (doc, word) => write(doc, read(doc).filter((i) => i.word !== word)),
      dismissProblem: () => set({ problem: null }),
    };
  });
  // another tab saved or removed a word: the lists this tab shows are read again
  listen?.((key) => {
    for (const doc of store.getState().byDocument.keys()) if (key === null || key === KEY + doc) store.getState().load(doc);
  });
  return store;
}

let shared: VocabularyStore | null = null;

/** The page's vocabulary store, made when first wanted. */
export function vocabularyStore(): VocabularyStore {
  if (shared) return shared;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // a browser that refuses storage altogether: the list lives as long as the page
  }
  shared = createVocabularyStore(storage, (onChange) => window.addEventListener('storage', (event) => onChange(event.key)));
  return shared;
}
