/** Where the reader is: the current and hovered rows, a range a link marks, the sentence last chosen, and requests to bring a row into view. */
import type { Slice } from './slice.ts';
import type { PositionActions, PositionState } from './state.ts';

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
