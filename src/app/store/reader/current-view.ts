/**
 * The view the reader shows, as a `ViewState`: what a link carries in the URL and a one-file
 * reader carries in its data, so that both reopen the same lesson (texts shown and their order,
 * the row, layout, sync, kinds of difference hidden, rows marked, texts hidden, pinyin, the base).
 * Defaults are left out. The document itself is not part of it.
 */
import type { ViewState } from '../../../core/reader/view-state.ts';
import type { ReaderState } from '../reader-store.ts';

export function currentView(state: ReaderState): ViewState {
  if (state.document.status !== 'ready') return {};
  const doc = state.document.doc;
  const order = doc.witnesses.map((w) => w.id);
  // a corpus document's comparison is built with its first Chinese text as the base; a project keeps its own
  const base = doc.variants?.a;
  const builtBase = doc.witnesses.find((w) => w.lang === 'zh')?.id;
  const allInOrder = state.shown.join(',') === order.join(',');
  return {
    ...(allInOrder ? {} : { witnesses: state.shown }),
    ...(state.currentRow !== null ? { row: state.currentRow + 1 } : {}),
    layout: state.layout,
    sync: state.sync,
    hide: [...state.hiddenCategories],
    ...(state.range ? { range: { from: state.range.from + 1, to: state.range.to + 1 } } : {}),
    hidden: [...state.hiddenWitnesses],
    pinyin: state.pinyin,
    ...(state.document.kind === 'corpus' && base !== undefined && base !== builtBase ? { base } : {}),
  };
}
