/**
 * The reader's state: the open document (loading, ready or failed), which witnesses are shown and
 * in what order, the current and hovered rows, the layout, sync on or off, which variant
 * categories are hidden, the open difference, the classroom's aids, find, and the last request to
 * bring a row into view. A vanilla zustand store from a factory, made of slices (`reader/`), one
 * per concern; no React, no DOM. Rows are 0-based here; the page and the URL show them 1-based.
 */
import { createStore } from 'zustand/vanilla';
import { documentSlice } from './reader/document-slice.ts';
import { differencesSlice } from './reader/differences-slice.ts';
import { findSlice } from './reader/find-slice.ts';
import { positionSlice } from './reader/position-slice.ts';
import { sliceKit } from './reader/slice.ts';
import { studySlice } from './reader/study-slice.ts';
import { textsSlice } from './reader/texts-slice.ts';
import type { ReaderState, ReaderStoreState } from './reader/state.ts';

export type { DocumentState, FindState, HoveredWord, Jump, ReaderActions, ReaderState, WordPlace } from './reader/state.ts';
export type ReaderStore = ReturnType<typeof createReaderStore>;

export function createReaderStore(initial: Partial<ReaderState> = {}) {
  return createStore<ReaderStoreState>()((set, get) => {
    const kit = sliceKit(get);
    return {
      ...documentSlice(set, get, kit),
      ...textsSlice(set, get, kit),
      ...positionSlice(set, get, kit),
      ...differencesSlice(set, get, kit),
      ...studySlice(set, get, kit),
      ...findSlice(set, get, kit),
      ...initial,
    };
  });
}
