/**
 * The reader's state: the open document (loading, ready or failed), which witnesses are shown and
 * in what order, the current and hovered rows, the layout, sync on or off, which variant
 * categories are hidden, the open difference, the classroom's aids, find, and the last request to
 * bring a row into view. A vanilla zustand store from a factory, made of slices (`reader/`), one
 * per concern; no React, no DOM. Rows are 0-based here; the page and the URL show them 1-based.
 */
import { createStore } from 'zustand/vanilla';
import { documentSlice, type DocumentActions, type DocumentSliceState } from './reader/document-slice.ts';
import { differencesSlice, type DifferencesActions, type DifferencesState } from './reader/differences-slice.ts';
import { findSlice, type FindActions, type FindSliceState } from './reader/find-slice.ts';
import { positionSlice, type PositionActions, type PositionState } from './reader/position-slice.ts';
import { sliceKit, type ReaderStoreState } from './reader/slice.ts';
import { studySlice, type StudyActions, type StudyState } from './reader/study-slice.ts';
import { textsSlice, type TextsActions, type TextsState } from './reader/texts-slice.ts';

export type { DocumentState } from './reader/document-slice.ts';
export type { FindState } from './reader/find-slice.ts';
export type { HoveredWord, WordPlace } from './reader/study-slice.ts';
export type { Jump } from './reader/slice.ts';

export type ReaderState = DocumentSliceState & TextsState & PositionState & DifferencesState & StudyState & FindSliceState;
export type ReaderActions = DocumentActions & TextsActions & PositionActions & DifferencesActions & StudyActions & FindActions;
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
