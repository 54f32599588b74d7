/** The view the reader shows, as a link or a kept lesson states it. */
import type { ReaderState } from '../store/reader-store.ts';
import type { TextSize, ViewState } from '../../core/reader/view-state.ts';

/** What a link needs to reopen what the reader shows (the document, where it is, how it is shown); null when nothing is open. */
export function readerViewState(state: ReaderState, size: TextSize): ViewState | null {
  if (state.document.status === 'none') return null;
  const { kind, id } = state.document;
  const where = kind === 'project' ? { project: id } : { doc: id };
  if (state.document.status !== 'ready') return where;
  const order = state.document.doc.witnesses.map((w) => w.id);
  // a corpus document's comparison is built with its first Chinese text as the base; a project keeps its own
  const base = state.document.doc.variants?.a;
  const builtBase = state.document.doc.witnesses.find((w) => w.lang === 'zh')?.id;
  const allInOrder = state.shown.join(',') === order.join(',');
  return {
    ...where,
    ...(allInOrder ? {} : { witnesses: state.shown }),
    ...(state.currentRow !== null ? { row: state.currentRow + 1 } : {}),
    layout: state.layout,
    sync: state.sync,
    hide: [...state.hiddenCategories],
    ...(state.range ? { range: { from: state.range.from + 1, to: state.range.to + 1 } } : {}),
    hidden: [...state.hiddenWitnesses],
    pinyin: state.pinyin,
    words: state.words,
    size,
    ...(kind === 'corpus' && base !== undefined && base !== builtBase ? { base } : {}),
  };
}
