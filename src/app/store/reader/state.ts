/**
 * The reader store's state and actions, slice by slice, and the store they make together: types
 * only, so that every slice and the store can import them and none imports another (no cycle).
 */
import type { BuiltDocument } from '../../../core/model.ts';
import type { DocumentKey, ReaderDocument } from '../../../core/reader/reader-document.ts';
import type { Layout, ViewState } from '../../../core/reader/view-state.ts';
import type { FindHit } from '../../../core/reader/find.ts';
import type { FetchJson } from '../fetch-json.ts';

export type ReaderState = DocumentSliceState & TextsState & PositionState & DifferencesState & StudyState & FindSliceState;
export type ReaderActions = DocumentActions & TextsActions & PositionActions & DifferencesActions & StudyActions & FindActions;
export type ReaderStoreState = ReaderState & ReaderActions;
export type SetReader = (partial: Partial<ReaderState>) => void;
export type GetReader = () => ReaderStoreState;

/** A request to bring a row into view: at the reading line, or only if it is out of view (`nearest`). */
export interface Jump {
  readonly row: number;
  readonly nearest: boolean;
  /** Counts requests, so that asking for the same row twice scrolls twice. */
  readonly seq: number;
}

export interface SliceKit {
  /** The document when it is ready, else null. */
  readonly ready: () => BuiltDocument | null;
  readonly rowCount: () => number;
  readonly clampRow: (row: number) => number;
  readonly jumpTo: (row: number, nearest: boolean) => Jump;
}

export type Slice<State, Actions> = (set: SetReader, get: GetReader, kit: SliceKit) => State & Actions;

export type DocumentState =
  | { readonly status: 'none' }
  | (DocumentKey & { readonly status: 'loading' })
  | (ReaderDocument & { readonly status: 'ready' })
  | (DocumentKey & { readonly status: 'error'; readonly message: string });

export interface DocumentSliceState {
  readonly document: DocumentState;
}

export interface DocumentActions {
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
}

export interface TextsState {
  /** Witness ids shown, in order. */
  readonly shown: readonly string[];
  readonly layout: Layout;
  readonly sync: boolean;
}

export interface TextsActions {
  readonly toggleWitness: (id: string) => void;
  readonly moveWitness: (id: string, by: -1 | 1) => void;
  readonly setLayout: (layout: Layout) => void;
  readonly setSync: (on: boolean) => void;
}

export interface PositionState {
  /** 0-based row index, or null. */
  readonly currentRow: number | null;
  readonly hoveredRow: number | null;
  readonly jump: Jump | null;
  /** The sentence last clicked or chosen: a correction acts on its text (witness) and on it. */
  readonly selected: { readonly witness: string; readonly segment: number } | null;
  /** Rows a link points to (0-based, inclusive), shown marked. */
  readonly range: { readonly from: number; readonly to: number } | null;
}

export interface PositionActions {
  readonly setCurrentRow: (row: number | null) => void;
  /** Make `row` current and bring it into view. */
  readonly goToRow: (row: number, nearest?: boolean) => void;
  readonly stepRow: (by: -1 | 1) => void;
  readonly setHoveredRow: (row: number | null) => void;
  readonly selectSentence: (witness: string, segment: number) => void;
  /** Mark a range of rows (0-based, inclusive) for a link; null clears it. */
  readonly setRange: (range: { from: number; to: number } | null) => void;
}

export interface DifferencesState {
  readonly hiddenCategories: ReadonlySet<string>;
  /** Index of the variant whose details are open, or null. */
  readonly openVariant: number | null;
  /** The list of every difference (the apparatus) is open beside the panes. */
  readonly listOpen: boolean;
}

export interface DifferencesActions {
  readonly toggleCategory: (category: string) => void;
  /** Show these kinds of difference and hide the others. */
  readonly showOnlyCategories: (categories: readonly string[]) => void;
  readonly openVariantDetails: (index: number | null) => void;
  /** Open the next (or previous) difference of the kinds the legend shows; null past the last (or first). */
  readonly stepDifference: (by: -1 | 1) => number | null;
  readonly setListOpen: (open: boolean) => void;
}

export interface StudyState {
  /** Witnesses whose text is hidden until revealed (a class translates before it reads). */
  readonly hiddenWitnesses: ReadonlySet<string>;
  /** Rows revealed in the hidden witnesses, or all of them. */
  readonly revealed: ReadonlySet<number> | 'all';
  readonly pinyin: boolean;
  /** Chinese words as words: the dictionary card on hover or tap, and their English counterparts. */
  readonly words: boolean;
  /** The word under the pointer, in its row: a Chinese word or an English base form. */
  readonly hoveredWord: HoveredWord | null;
  /** The row whose note is being written, or null. */
  readonly noteRow: number | null;
}

/** A word pointed at in a row: a Chinese word or an English base form, where it stands on screen, and whether a tap pinned it. */
export type HoveredWord = ({ readonly zh: string; readonly place?: WordPlace } | { readonly stem: string }) & {
  readonly row: number;
  /** The word's box on screen: left and bottom, and (when known) top and right. */
  readonly x: number;
  readonly y: number;
  readonly top?: number;
  readonly right?: number;
  readonly pinned: boolean;
};

/** Where a Chinese word stands: its witness, and the UTF-16 offset in that witness's text where it starts. */
export interface WordPlace {
  readonly witness: string;
  readonly at: number;
}

export interface StudyActions {
  readonly toggleHidden: (witness: string) => void;
  /** Reveal a row in every hidden witness. */
  readonly revealRow: (row: number) => void;
  readonly revealAll: () => void;
  readonly hideAll: () => void;
  readonly setPinyin: (on: boolean) => void;
  readonly setWords: (on: boolean) => void;
  readonly setHoveredWord: (word: HoveredWord | null) => void;
  readonly openNote: (row: number | null) => void;
}

export interface FindState {
  readonly query: string;
  readonly hits: readonly FindHit[];
  /** The match stepped to (-1: none yet). */
  readonly current: number;
}

export interface FindSliceState {
  readonly find: FindState | null;
}

export interface FindActions {
  /** Show what find found for `query`, stepping to the first match from the current row on. */
  readonly showFound: (query: string, hits: readonly FindHit[]) => void;
  /** The next (1) or previous (-1) match, round the document; its row made current and brought to the reading line. */
  readonly stepFind: (by: -1 | 1) => void;
  readonly clearFind: () => void;
}
