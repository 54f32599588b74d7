/**
 * The open document: loading, ready or failed; a corpus document fetched and validated, or a
 * document the app holds (a user's project) shown; its comparison rebuilt from another base; and a
 * view (from a link, or going back in history) applied to it across the other slices.
 */
import { parseBuiltDocument, type BuiltDocument } from '../../../core/model.ts';
import { documentFileName, isDocumentId } from '../../../core/pipeline/corpus-index.ts';
import { sameDocument } from '../../../core/reader/reader-document.ts';
import type { ViewState } from '../../../core/reader/view-state.ts';
import { VARIANT_CATEGORIES } from '../../../core/model-variant.ts';
import { describeInvalidFile, describeLoadError } from '../fetch-json.ts';
import type { Slice, SliceKit } from './slice.ts';
import type { DocumentActions, DocumentSliceState, DocumentState, ReaderState } from './state.ts';

/** A phone (narrow, or short in landscape) reads interlinear; a wider screen, in aligned rows. */
function defaultLayout(): ReaderState['layout'] {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 700px), (max-height: 500px)').matches ? 'interlinear' : 'rows';
}

/** The parts of a view that apply to a document once it is loaded: every slice's, as the link says or as a document opens. */
function viewOf(doc: BuiltDocument, view: ViewState | undefined, jumpTo: SliceKit['jumpTo']): Partial<ReaderState> {
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
    words: view?.words ?? false,
    range,
    hoveredWord: null,
    noteRow: null,
    find: null,
  };
}

export const documentSlice: Slice<DocumentSliceState, DocumentActions> = (set, get, { ready, jumpTo }) => {
  // a document opened after another one's fetch began wins, whichever answers first
  let latestOpen = 0;
  return {
    document: { status: 'none' },
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
        set({ document: next, ...viewOf(next.doc, view, jumpTo) });
        if (view?.base) await get().setBase(view.base);
      }
    },
    setBase: async (base) => {
      const before = get().document;
      if (before.status !== 'ready' || before.kind !== 'corpus' || !before.doc.variants || before.doc.variants.a === base) return;
      if (!before.doc.witnesses.some((w) => w.id === base && w.lang === 'zh')) return;
      const { collate } = await import('../../../core/variants/collate.ts');
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
      set({ document: { status: 'ready', ...reading }, hoveredRow: null, ...viewOf(doc, view, jumpTo) });
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
      if (doc) set(viewOf(doc, view, jumpTo));
    },
  };
};
