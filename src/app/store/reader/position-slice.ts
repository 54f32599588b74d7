/** Where the reader is: the current and hovered rows, a range a link marks, the sentence last chosen, and requests to bring a row into view. */
import type { Jump, Slice } from './slice.ts';

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

export const POSITION: PositionState = { currentRow: null, hoveredRow: null, jump: null, selected: null, range: null };

export const positionSlice: Slice<PositionState, PositionActions> = (set, get, { rowCount, clampRow, jumpTo }) => ({
  ...POSITION,
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
  setHoveredRow: (row) => {
    if (get().hoveredRow !== row) set({ hoveredRow: row });
  },
  selectSentence: (witness, segment) => set({ selected: { witness, segment } }),
  setRange: (range) => set({ range }),
});
