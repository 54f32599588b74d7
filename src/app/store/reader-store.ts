/**
 * The reader's state: the open document (loading, ready or failed), which witnesses are shown and
 * in what order, the current and hovered rows, the layout, sync on or off, and which variant
 * categories are hidden. A vanilla zustand store from a factory; no React, no DOM.
 */
import { createStore } from 'zustand/vanilla';
import { parseBuiltDocument, type BuiltDocument } from '../../core/model.ts';
import type { Layout, ViewState } from '../../core/reader/view-state.ts';
import { documentFileName } from '../../core/pipeline/corpus-index.ts';
import { describeInvalidFile, describeLoadError, type FetchJson } from './fetch-json.ts';

export type DocumentState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'ready'; readonly id: string; readonly doc: BuiltDocument }
  | { readonly status: 'error'; readonly id: string; readonly message: string };

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
}

export interface ReaderActions {
  readonly openDocument: (id: string, fetchJson: FetchJson, view?: ViewState) => Promise<void>;
  readonly setShown: (ids: readonly string[]) => void;
  readonly toggleWitness: (id: string) => void;
  readonly moveWitness: (id: string, by: -1 | 1) => void;
  readonly setCurrentRow: (row: number | null) => void;
  readonly stepRow: (by: -1 | 1) => void;
  readonly setHoveredRow: (row: number | null) => void;
  readonly setLayout: (layout: Layout) => void;
  readonly setSync: (on: boolean) => void;
  readonly toggleCategory: (category: string) => void;
  readonly openVariantDetails: (index: number | null) => void;
  /** The row of the next (1) or previous (-1) substantive difference from the current row, made current. */
  readonly stepSubstantive: (by: -1 | 1) => number | null;
}

export type ReaderStore = ReturnType<typeof createReaderStore>;

const INITIAL: ReaderState = {
  document: { status: 'none' },
  shown: [],
  currentRow: null,
  hoveredRow: null,
  layout: 'rows',
  sync: true,
  hiddenCategories: new Set(),
  openVariant: null,
};

export function createReaderStore(initial: Partial<ReaderState> = {}) {
  let latestOpen = 0;
  return createStore<ReaderState & ReaderActions>()((set, get) => {
    const rowCount = () => {
      const d = get().document;
      return d.status === 'ready' ? d.doc.rows.length : 0;
    };
    return {
      ...INITIAL,
      ...initial,
      openDocument: async (id, fetchJson, view) => {
        const open = ++latestOpen;
        set({ document: { status: 'loading', id }, currentRow: null, hoveredRow: null, openVariant: null });
        const file = documentFileName(id);
        let next: DocumentState;
        try {
          const data = await fetchJson(file);
          // marks for bench/reader.ts: where the time to first rows goes
          globalThis.performance?.mark?.('duizhao:document-fetched');
          try {
            next = { status: 'ready', id, doc: parseBuiltDocument(data, file) };
            globalThis.performance?.mark?.('duizhao:document-validated');
          } catch (error) {
            next = { status: 'error', id, message: describeInvalidFile(error) };
          }
        } catch (error) {
          next = { status: 'error', id, message: describeLoadError(file, error) };
        }
        if (open !== latestOpen) return;
        if (next.status !== 'ready') {
          set({ document: next });
          return;
        }
        const ids = next.doc.witnesses.map((w) => w.id);
        const wanted = view?.witnesses?.filter((w) => ids.includes(w)) ?? [];
        const row = view?.row !== undefined && view.row <= next.doc.rows.length ? view.row - 1 : null;
        set({ document: next, shown: wanted.length > 0 ? wanted : ids, currentRow: row, ...(view?.layout ? { layout: view.layout } : {}) });
      },
      setShown: (ids) => set({ shown: [...ids] }),
      toggleWitness: (id) => {
        const { shown } = get();
        if (shown.includes(id)) {
          if (shown.length > 1) set({ shown: shown.filter((w) => w !== id) });
        } else {
          const d = get().document;
          const order = d.status === 'ready' ? d.doc.witnesses.map((w) => w.id) : [];
          set({ shown: order.filter((w) => w === id || shown.includes(w)) });
        }
      },
      moveWitness: (id, by) => {
        const shown = [...get().shown];
        const at = shown.indexOf(id);
        const to = at + by;
        if (at < 0 || to < 0 || to >= shown.length) return;
        [shown[at], shown[to]] = [shown[to]!, shown[at]!];
        set({ shown });
      },
      setCurrentRow: (row) => set({ currentRow: row === null ? null : Math.max(0, Math.min(rowCount() - 1, row)) }),
      stepRow: (by) => {
        const n = rowCount();
        if (n === 0) return;
        const current = get().currentRow;
        set({ currentRow: current === null ? (by > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, current + by)) });
      },
      setHoveredRow: (row) => {
        if (get().hoveredRow !== row) set({ hoveredRow: row });
      },
      setLayout: (layout) => set({ layout }),
      setSync: (on) => set({ sync: on }),
      toggleCategory: (category) => {
        const hidden = new Set(get().hiddenCategories);
        if (hidden.has(category)) hidden.delete(category);
        else hidden.add(category);
        set({ hiddenCategories: hidden });
      },
      openVariantDetails: (index) => set({ openVariant: index }),
      stepSubstantive: (by) => {
        const d = get().document;
        if (d.status !== 'ready' || !d.doc.variants) return null;
        const rows = [...new Set(d.doc.variants.items.filter((v) => v.category === 'substantive').map((v) => v.row))].sort((a, b) => a - b);
        const current = get().currentRow ?? (by > 0 ? -1 : Infinity);
        const next = by > 0 ? rows.find((r) => r > current) : rows.reverse().find((r) => r < current);
        if (next === undefined) return null;
        set({ currentRow: next });
        return next;
      },
    };
  });
}
