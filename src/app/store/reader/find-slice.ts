/** Find in the document: the query, every match in reading order, and stepping through them. */
import type { Slice } from './slice.ts';
import type { FindActions, FindSliceState } from './state.ts';

export const findSlice: Slice<FindSliceState, FindActions> = (set, get, { jumpTo }) => ({
  find: null,
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
});
