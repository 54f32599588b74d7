/** Applying an edit to a table, and its exact inverse. */
import type { Segment } from '../model.ts';
import type { Edit, LabelChange, ProjectRow, SegmentChange, TableState } from './types.ts';
import { applyReadingChange, correctionFor, type ReadingCorrection } from './readings.ts';

/** The table after `edit`. Pure: the state passed in is not changed. */
export function applyEdit(state: TableState, edit: Edit): TableState {
  const labelled = edit.labels ? relabel(state, edit.labels) : state;
  // a rename or a reading leaves the rows as they are (the same array: nothing to compare again)
  const rows = edit.before.length === 0 && edit.after.length === 0 ? labelled.rows : [...labelled.rows.slice(0, edit.at), ...edit.after, ...labelled.rows.slice(edit.at + edit.before.length)];
  const readings = edit.reading ? applyReadingChange(state.readings, edit.reading) : state.readings;
  const kept = readings ? { readings } : {};
  if (!edit.segments) return { witnesses: labelled.witnesses, rows, ...kept };
  const change = edit.segments;
  const by = change.kind === 'split' ? 1 : -1;
  const end = edit.at + edit.after.length;
  const shifted = rows.map((row, r) => (r >= edit.at && r < end ? row : shiftCells(row, change.witness, change.segment, by)));
  const witnesses = labelled.witnesses.map((w, i) => (i === change.witness ? { ...w, segments: changeSegments(w.segments, change) } : w));
  return { witnesses, rows: shifted, ...kept };
}

/** Whether `edit` was made on this table: the rows it replaces are the rows it expects. */
export function editApplies(state: TableState, edit: Edit): boolean {
  if (edit.at < 0 || edit.at + edit.before.length > state.rows.length) return false;
  if (edit.labels?.some((change) => state.witnesses[change.witness]?.label !== change.before)) return false;
  if (edit.reading) {
    const target = edit.reading.after ?? edit.reading.before;
    if (target && !sameCorrection(correctionFor(state.readings, target), edit.reading.before)) return false;
  }
  return edit.before.every((row, k) => sameRow(row, state.rows[edit.at + k]!));
}

function sameRow(a: ProjectRow, b: ProjectRow): boolean {
  return a.status === b.status && a.cells.length === b.cells.length && a.cells.every((c, w) => c.start === b.cells[w]!.start && c.end === b.cells[w]!.end);
}

const sameCorrection = (a: ReadingCorrection | null, b: ReadingCorrection | null) => (a === null || b === null ? a === b : a.word === b.word && a.pinyin === b.pinyin && a.witness === b.witness && a.at === b.at);

/** The edit that undoes `edit`. */
export function invertEdit(edit: Edit): Edit {
  const inverted: Edit = {
    label: edit.label,
    at: edit.at,
    before: edit.after,
    after: edit.before,
    ...(edit.labels ? { labels: edit.labels.map((c) => ({ witness: c.witness, before: c.after, after: c.before })) } : {}),
    ...(edit.reading ? { reading: { before: edit.reading.after, after: edit.reading.before } } : {}),
  };
  if (!edit.segments) return inverted;
  return { ...inverted, segments: { ...edit.segments, kind: edit.segments.kind === 'split' ? 'join' : 'split' } };
}

/** A witness's cell indices past `segment` move by `by` (a segment was split in two, or two joined). */
function shiftCells(row: ProjectRow, witness: number, segment: number, by: number): ProjectRow {
  const cell = row.cells[witness]!;
  if (cell.start <= segment) return row;
  const cells = row.cells.map((c, w) => (w === witness ? { start: c.start + by, end: c.end + by } : c));
  return { ...row, cells };
}

function changeSegments(segments: readonly Segment[], change: SegmentChange): Segment[] {
  const s = segments[change.segment]!;
  if (change.kind === 'split') {
    return [...segments.slice(0, change.segment), { ...s, end: change.offset }, { ...s, start: change.offset }, ...segments.slice(change.segment + 1)];
  }
  const next = segments[change.segment + 1]!;
  return [...segments.slice(0, change.segment), { ...s, end: next.end }, ...segments.slice(change.segment + 2)];
}

function relabel(state: TableState, changes: readonly LabelChange[]): TableState {
  const witnesses = state.witnesses.map((w, i) => {
    const change = changes.find((c) => c.witness === i);
    return change ? { ...w, label: change.after } : w;
  });
  return { witnesses, rows: state.rows };
}
