/**
 * The reader's state: the open document (loading, ready or failed), which witnesses are shown and
 * in what order, the current and hovered rows, the layout, sync on or off, which variant
 * categories are hidden, the open difference, and the last request to bring a row into view.
 * A vanilla zustand store from a factory; no React, no DOM. Rows are 0-based here; the page and
 * the URL show them 1-based.
 */
import { createStore } from 'zustand/vanilla';
import { parseBuiltDocument, type BuiltDocument } from '../../core/model.ts';
import type { Layout, ViewState } from '../../core/reader/view-state.ts';
import type { FindHit } from '../../core/reader/find.ts';
import { sameDocument, type DocumentKey, type ReaderDocument } from '../../core/reader/reader-document.ts';
import { stepVariant, variantsInOrder } from '../../core/reader/document-guide.ts';
import { documentFileName, isDocumentId } from '../../core/pipeline/corpus-index.ts';
import { VARIANT_CATEGORIES } from '../../core/variants/types.ts';
import { describeInvalidFile, describeLoadError, type FetchJson } from './fetch-json.ts';

export type DocumentState =
  | { readonly status: 'none' }
  | (DocumentKey & { readonly status: 'loading' })
  | (ReaderDocument & { readonly status: 'ready' })
  | (DocumentKey & { readonly status: 'error'; readonly message: string });

/** A request to bring a row into view: at the reading line, or only if it is out of view (`nearest`). */
export interface Jump {
  readonly row: number;
  readonly nearest: boolean;
  /** Counts requests, so that asking for the same row twice scrolls twice. */
  readonly seq: number;
}

export interface ReaderState {
  readonly document: DocumentState;
  /** Witness ids shown, in order. */
  readonly shown: readonly string[];
  /** 0-based row index, or null. */
  readonly currentRow: number | null;
  readonly hoveredRow: number | null;
  readonly layout: Layout;
  readonly sync: boolean;
  readonly hiddenCategories: ReadonlySet<string>;
  /** Index of the variant whose details are open, or null. */
  readonly openVariant: number | null;
  readonly jump: Jump | null;
  /** The sentence last clicked or chosen: a correction acts on its text (witness) and on it. */
  readonly selected: { readonly witness: string; readonly segment: number } | null;
  /** Witnesses whose text is hidden until revealed (a class translates before it reads). */
  readonly hiddenWitnesses: ReadonlySet<string>;
  /** Rows revealed in the hidden witnesses, or all of them. */
  readonly revealed: ReadonlySet<number> | 'all';
  readonly pinyin: boolean;
  /** Chinese words as words: the dictionary card on hover or tap, and their English counterparts. */
  readonly words: boolean;
  /** Rows a link points to (0-based, inclusive), shown marked. */
  readonly range: { readonly from: number; readonly to: number } | null;
  /** The word under the pointer, in its row: a Chinese word or an English base form. */
  readonly hoveredWord: HoveredWord | null;
  /** The row whose note is being written, or null. */
  readonly noteRow: number | null;
  /** The list of every difference (the apparatus) is open beside the panes. */
  readonly listOpen: boolean;
  /** What find found: the query, every match in reading order, and the one stepped to (-1: none yet). */
  readonly find: FindState | null;
}

export interface FindState {
  readonly query: string;
  readonly hits: readonly FindHit[];
  readonly current: number;
}

/** A word pointed at in a row: a Chinese word or an English base form, where it stands on screen, and whether a tap pinned it. */
export type HoveredWord = ({ readonly zh: string } | { readonly stem: string }) & {
  readonly row: number;
  /** The word's box on screen: left and bottom, and (when known) top and right. */
  readonly x: number;
  readonly y: number;
  readonly top?: number;
  readonly right?: number;
  readonly pinned: boolean;
};

export interface ReaderActions {
  readonly openDocument: (id: string, fetchJson: FetchJson, view?: ViewState) => Promise<void>;
  /**
   * Show a document the app holds (a user's project): the first time with `view`, afterwards (the
   * same document, the table edited) keeping the witnesses shown, the current row and the filter.
   */
  readonly showDocument: (reading: ReaderDocument, view?: ViewState) => void;
  /** A document the app is reading from storage (a user's project) is on its way. */
  readonly showLoading: (key: DocumentKey) => void;
  /**
   * The document's Chinese texts compared again with `base` (a corpus document; a project compares
   * in its worker and comes back through showDocument). Loads the comparison's tables on first use.
   */
  readonly setBase: (base: string) => Promise<void>;
  /** Show a message where the document would be (a saved project that cannot be read). */
  readonly showError: (key: DocumentKey, message: string) => void;
  /** Apply a view from a URL (going back in history) to the open document. */
  readonly applyView: (view: ViewState) => void;
  readonly toggleWitness: (id: string) => void;
  readonly moveWitness: (id: string, by: -1 | 1) => void;
  readonly setCurrentRow: (row: number | null) => void;
  /** Make `row` current and bring it into view. */
  readonly goToRow: (row: number, nearest?: boolean) => void;
  readonly stepRow: (by: -1 | 1) => void;
  readonly setHoveredRow: (row: number | null) => void;
  readonly selectSentence: (witness: string, segment: number) => void;
  readonly toggleHidden: (witness: string) => void;
  /** Reveal a row in every hidden witness. */
  readonly revealRow: (row: number) => void;
  readonly revealAll: () => void;
  readonly hideAll: () => void;
  readonly setPinyin: (on: boolean) => void;
  readonly setListOpen: (open: boolean) => void;
  /** Show what find found for `query`, stepping to the first match from the current row on. */
  readonly showFound: (query: string, hits: readonly FindHit[]) => void;
  /** The next (1) or previous (-1) match, round the document; its row made current and brought to the reading line. */
  readonly stepFind: (by: -1 | 1) => void;
  readonly clearFind: () => void;
  readonly setWords: (on: boolean) => void;
  /** Mark a range of rows (0-based, inclusive) for a link; null clears it. */
  readonly setRange: (range: { from: number; to: number } | null) => void;
  readonly setHoveredWord: (word: HoveredWord | null) => void;
  readonly openNote: (row: number | null) => void;
  readonly setLayout: (layout: Layout) => void;
  readonly setSync: (on: boolean) => void;
  readonly toggleCategory: (category: string) => void;
  /** Show these kinds of difference and hide the others. */
  readonly showOnlyCategories: (categories: readonly string[]) => void;
  readonly openVariantDetails: (index: number | null) => void;
  /** Open the next (or previous) difference of the kinds the legend shows; null past the last (or first). */
  readonly stepDifference: (by: -1 | 1) => number | null;
}

export type ReaderStore = ReturnType<typeof createReaderStore>;

/** A phone (narrow, or short in landscape) reads interlinear; a wider screen, in aligned rows. */
function defaultLayout(): Layout {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 700px), (max-height: 500px)').matches ? 'interlinear' : 'rows';
}

const INITIAL: ReaderState = {
  document: { status: 'none' },
  shown: [],
  currentRow: null,
  hoveredRow: null,
  layout: 'rows',
  sync: true,
  hiddenCategories: new Set(),
  openVariant: null,
  jump: null,
  selected: null,
  hiddenWitnesses: new Set(),
  revealed: new Set(),
  pinyin: false,
  words: false,
  range: null,
  hoveredWord: null,
  noteRow: null,
  listOpen: false,
  find: null,
};

export function createReaderStore(initial: Partial<ReaderState> = {}) {
  let latestOpen = 0;
  let jumps = 0;
  return createStore<ReaderState & ReaderActions>()((set, get) => {
    const ready = () => {
      const d = get().document;
      return d.status === 'ready' ? d.doc : null;
    };
    const rowCount = () => ready()?.rows.length ?? 0;
    const clampRow = (row: number) => Math.max(0, Math.min(rowCount() - 1, row));
    const jumpTo = (row: number, nearest: boolean): Jump => ({ row, nearest, seq: ++jumps });

    /** Hide these kinds of difference; the open one closes if it is of them. */
    const hideCategories = (hidden: ReadonlySet<string>) => {
      const open = get().openVariant;
      const openCategory = open === null ? undefined : ready()?.variants?.items[open]?.category;
      set({ hiddenCategories: hidden, ...(openCategory && hidden.has(openCategory) ? { openVariant: null } : {}) });
    };

    /** The parts of a view that apply to a document once it is loaded. */
    const viewOf = (doc: BuiltDocument, view: ViewState | undefined): Partial<ReaderState> => {
      const ids = doc.witnesses.map((w) => w.id);
      const wanted = view?.witnesses?.filter((w, i, all) => ids.includes(w) && all.indexOf(w) === i) ?? [];
      const range = view?.range && view.range.from <= doc.rows.length ? { from: view.range.from - 1, to: Math.min(doc.rows.length, view.range.to) - 1 } : null;
      const row = view?.row !== undefined && view.row <= doc.rows.length ? view.row - 1 : (range?.from ?? null);
      return {
        shown: wanted.length > 0 ? wanted : ids,
        currentRow: row,
        jump: row === null ? null : jumpTo(row, false),
        layout: view?.layout ?? defaultLayout(),
        sync: view?.sync ?? true,
        hiddenCategories: new Set(view?.hide?.filter((c) => (VARIANT_CATEGORIES as readonly string[]).includes(c)) ?? []),
        openVariant: null,
        selected: null,
        hiddenWitnesses: new Set(view?.hidden?.filter((w) => ids.includes(w)) ?? []),
        revealed: new Set(),
        pinyin: view?.pinyin ?? false,
        range,
        hoveredWord: null,
        noteRow: null,
        find: null,
      };
    };

    return {
      ...INITIAL,
      ...initial,
      openDocument: async (id, fetchJson, view) => {
        const open = ++latestOpen;
        set({ document: { status: 'loading', kind: 'corpus', id }, currentRow: null, hoveredRow: null, openVariant: null, jump: null });
        // an id from the address bar goes nowhere near a fetch unless it is a document id
        if (!isDocumentId(id)) {
          set({ document: { status: 'error', kind: 'corpus', id, message: `There is no document "${id}" in this corpus.` } });
          return;
        }
        const file = documentFileName(id);
        let next: DocumentState;
        try {
          const data = await fetchJson(file);
          // marks for bench/reader.ts: where the time to first rows goes
          globalThis.performance?.mark?.('duizhao:document-fetched');
          try {
            next = { status: 'ready', kind: 'corpus', id, doc: parseBuiltDocument(data, file) };
            globalThis.performance?.mark?.('duizhao:document-validated');
          } catch (error) {
            next = { status: 'error', kind: 'corpus', id, message: describeInvalidFile(error) };
          }
        } catch (error) {
          next = { status: 'error', kind: 'corpus', id, message: describeLoadError(file, error) };
        }
        if (open !== latestOpen) return;
        if (next.status !== 'ready') set({ document: next });
        else {
          set({ document: next, ...viewOf(next.doc, view) });
          if (view?.base) await get().setBase(view.base);
        }
      },
      setBase: async (base) => {
        const before = get().document;
        if (before.status !== 'ready' || before.kind !== 'corpus' || !before.doc.variants || before.doc.variants.a === base) return;
        if (!before.doc.witnesses.some((w) => w.id === base && w.lang === 'zh')) return;
        const { collate } = await import('../../core/variants/collate.ts');
        // another document opened meanwhile keeps its own comparison
        if (get().document !== before) return;
        const variants = collate(before.doc, base);
        set({ document: { ...before, doc: { ...before.doc, ...(variants ? { variants } : {}) } }, openVariant: null });
      },
      showDocument: (reading, view) => {
        const d = get().document;
        const doc = reading.doc;
        if (d.status === 'ready' && sameDocument(d, reading)) {
          const ids = doc.witnesses.map((w) => w.id);
          const current = get().currentRow;
          set({
            document: { status: 'ready', ...reading },
            shown: get().shown.filter((w) => ids.includes(w)),
            currentRow: current === null ? null : Math.min(current, doc.rows.length - 1),
          });
          return;
        }
        ++latestOpen;
        set({ document: { status: 'ready', ...reading }, hoveredRow: null, ...viewOf(doc, view) });
      },
      showLoading: (key) => {
        ++latestOpen;
        set({ document: { status: 'loading', kind: key.kind, id: key.id } });
      },
      showError: (key, message) => {
        ++latestOpen;
        set({ document: { status: 'error', kind: key.kind, id: key.id, message }, currentRow: null, hoveredRow: null, openVariant: null, jump: null });
      },
      applyView: (view) => {
        const doc = ready();
        if (doc) set(viewOf(doc, view));
      },
      toggleWitness: (id) => {
        const { shown } = get();
        if (shown.includes(id)) {
          if (shown.length > 1) set({ shown: shown.filter((w) => w !== id) });
          return;
        }
        const order = ready()?.witnesses.map((w) => w.id) ?? [];
        if (!order.includes(id)) return;
        // back in its place in the document's order, relative to the witnesses shown
        const next = [...shown];
        const after = order.slice(0, order.indexOf(id)).reverse().find((w) => shown.includes(w));
        next.splice(after === undefined ? 0 : next.indexOf(after) + 1, 0, id);
        set({ shown: next });
      },
      moveWitness: (id, by) => {
        const shown = [...get().shown];
        const at = shown.indexOf(id);
        const to = at + by;
        if (at < 0 || to < 0 || to >= shown.length) return;
        [shown[at], shown[to]] = [shown[to]!, shown[at]!];
        set({ shown });
      },
      setCurrentRow: (row) => set({ currentRow: row === null || rowCount() === 0 ? null : clampRow(row) }),
      goToRow: (row, nearest = false) => {
        if (rowCount() === 0) return;
        const r = clampRow(row);
        set({ currentRow: r, jump: jumpTo(r, nearest) });
      },
      stepRow: (by) => {
        const n = rowCount();
        if (n === 0) return;
        const current = get().currentRow;
        get().goToRow(current === null ? (by > 0 ? 0 : n - 1) : current + by, true);
      },
      selectSentence: (witness, segment) => set({ selected: { witness, segment } }),
      toggleHidden: (witness) => {
        const hidden = new Set(get().hiddenWitnesses);
        if (hidden.has(witness)) hidden.delete(witness);
        else hidden.add(witness);
        set({ hiddenWitnesses: hidden, ...(hidden.size === 0 ? { revealed: new Set<number>() } : {}) });
      },
      revealRow: (row) => {
        const revealed = get().revealed;
        if (revealed === 'all' || revealed.has(row)) return;
        set({ revealed: new Set([...revealed, row]) });
      },
      revealAll: () => set({ revealed: 'all' }),
      hideAll: () => set({ revealed: new Set() }),
      setPinyin: (on) => set({ pinyin: on }),
      setListOpen: (open) => set({ listOpen: open }),
      showFound: (query, hits) => {
        const row = get().currentRow ?? 0;
        const first = hits.findIndex((h) => h.row >= row);
        const current = hits.length === 0 ? -1 : first < 0 ? 0 : first;
        const to = hits[current]?.row;
        set({ find: { query, hits, current }, ...(to === undefined ? {} : { currentRow: to, jump: jumpTo(to, true) }) });
      },
      stepFind: (by) => {
        const find = get().find;
        if (!find || find.hits.length === 0) return;
        const current = (find.current + by + find.hits.length) % find.hits.length;
        const row = find.hits[current]!.row;
        set({ find: { ...find, current }, currentRow: row, jump: jumpTo(row, false) });
      },
      clearFind: () => set({ find: null }),
      setWords: (on) => set({ words: on, hoveredWord: null }),
      setRange: (range) => set({ range }),
      setHoveredWord: (word) => {
        const now = get().hoveredWord;
        if (now === word || (now && word && now.row === word.row && now.pinned === word.pinned && ('zh' in now ? 'zh' in word && now.zh === word.zh : 'stem' in word && now.stem === word.stem))) return;
        // a word pinned by a tap stays until another is tapped or it is closed
        if (now?.pinned && word && !word.pinned) return;
        set({ hoveredWord: word });
      },
      openNote: (row) => set({ noteRow: row }),
      setHoveredRow: (row) => {
        if (get().hoveredRow !== row) set({ hoveredRow: row });
      },
      setLayout: (layout) => set({ layout }),
      setSync: (on) => set({ sync: on }),
      showOnlyCategories: (categories) => hideCategories(new Set(VARIANT_CATEGORIES.filter((c) => !categories.includes(c)))),
      toggleCategory: (category) => {
        const hidden = new Set(get().hiddenCategories);
        if (hidden.has(category)) hidden.delete(category);
        else hidden.add(category);
        hideCategories(hidden);
      },
      openVariantDetails: (index) => set({ openVariant: index }),
      stepDifference: (by) => {
        const doc = ready();
        if (!doc) return null;
        const { openVariant, currentRow, hiddenCategories } = get();
        const next = stepVariant(doc, variantsInOrder(doc, hiddenCategories), openVariant, currentRow, by);
        if (next === null) return null;
        const row = doc.variants!.items[next]!.row;
        set({ openVariant: next, currentRow: row, jump: jumpTo(row, false) });
        return next;
      },
    };
  });
}
