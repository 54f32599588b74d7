/**
 * How the reader store is put together: each slice (the document, the position, the texts shown,
 * the differences, the study aids, find) owns its state and the actions on it, and reaches the rest
 * of the store through `get`. The kit holds what several slices need: the open document and the
 * request to bring a row into view.
 */
import type { GetReader, SliceKit } from './state.ts';

export type { GetReader, Jump, ReaderStoreState, SetReader, Slice, SliceKit } from './state.ts';

export function sliceKit(get: GetReader): SliceKit {
  let jumps = 0;
  const ready = () => {
    const d = get().document;
    return d.status === 'ready' ? d.doc : null;
  };
  const rowCount = () => ready()?.rows.length ?? 0;
  return {
    ready,
    rowCount,
    clampRow: (row) => Math.max(0, Math.min(rowCount() - 1, row)),
    jumpTo: (row, nearest) => ({ row, nearest, seq: ++jumps }),
  };
}
