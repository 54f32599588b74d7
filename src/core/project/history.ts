/** Undo and redo over a table: the edits done, newest last, and those undone, to redo. */
import { applyEdit, invertEdit } from './apply-edit.ts';
import type { Edit, TableState } from './types.ts';

export interface History {
  readonly done: readonly Edit[];
  readonly undone: readonly Edit[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

export interface Edited {
  readonly state: TableState;
  readonly history: History;
}

/** Apply a new edit: it is done, and what was undone can no longer be redone. */
export function perform(state: TableState, history: History, edit: Edit): Edited {
  return { state: applyEdit(state, edit), history: { done: [...history.done, edit], undone: [] } };
}

/** Undo the newest edit, or null when there is none. */
export function undo(state: TableState, history: History): Edited | null {
  const edit = history.done.at(-1);
  if (!edit) return null;
  return { state: applyEdit(state, invertEdit(edit)), history: { done: history.done.slice(0, -1), undone: [...history.undone, edit] } };
}

/** Redo the edit undone last, or null when there is none. */
export function redo(state: TableState, history: History): Edited | null {
  const edit = history.undone.at(-1);
  if (!edit) return null;
  return { state: applyEdit(state, edit), history: { done: [...history.done, edit], undone: history.undone.slice(0, -1) } };
}
