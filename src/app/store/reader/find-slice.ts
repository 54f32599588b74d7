/** Find in the document: the query, every match in reading order, and stepping through them. */
import type { FindHit } from '../../../core/reader/find.ts';
import type { Slice } from './slice.ts';

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
