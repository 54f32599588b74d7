/**
 * How the reader store is put together: each slice (the document, the position, the texts shown,
 * the differences, the study aids, find) owns its state and the actions on it, and reaches the rest
 * of the store through `get`. The kit holds what several slices need: the open document and the
 * request to bring a row into view.
 */
import type { BuiltDocument } from '../../../core/model.ts';
import type { ReaderActions, ReaderState } from '../reader-store.ts';

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
