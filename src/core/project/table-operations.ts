/**
 * The corrections an alignment editor offers (InterText's set), each a pure function from a table
 * to an `Edit`, or a reason it does not apply here. Every edit keeps each witness's sentences in
 * the table exactly once and in order, and never leaves a row with nothing in it.
 * Rows are 0-based; `w` is a witness's index in the table.
 */
import type { RowCell } from '../model.ts';
import type { Edit, EditResult, LabelChange, ProjectRow, RowStatus, TableState } from './types.ts';
import { cleanLabel, labelProblem } from './witness-label.ts';

const fail = (reason: string): EditResult => ({ ok: false, reason });
const done = (edit: Edit): EditResult => ({ ok: true, edit });
const isEmpty = (cell: RowCell) => cell.end === cell.start;
const allEmpty = (row: ProjectRow) => row.cells.every(isEmpty);
const withCell = (row: ProjectRow, w: number, cell: RowCell): ProjectRow => ({ ...row, cells: row.cells.map((c, i) => (i === w ? cell : c)) });

/** Rows as the edit leaves them: rows left empty are dropped. */
function patch(label: string, state: TableState, at: number, count: number, after: readonly ProjectRow[]): Edit {
  return { label, at, before: state.rows.slice(at, at + count), after: after.filter((row) => !allEmpty(row)) };
}

function checkRow(state: TableState, r: number, w?: number): string | null {
  if (!Number.isInteger(r) || r < 0 || r >= state.rows.length) return `there is no row ${r + 1}`;
  if (w !== undefined && (w < 0 || w >= state.witnesses.length)) return `there is no witness ${w}`;
  return null;
}

/** Move the first sentence of witness `w` in row `r + 1` up, to the end of row `r`. */
export function pullSentenceUp(state: TableState, r: number, w: number): EditResult {
  const problem = checkRow(state, r, w) ?? checkRow(state, r + 1);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const next = state.rows[r + 1]!;
  const cell = row.cells[w]!;
  const below = next.cells[w]!;
  if (isEmpty(below)) return fail(`row ${r + 2} has no sentence of this text to move up`);
  return done(patch(`Move a sentence up into row ${r + 1}`, state, r, 2, [withCell(row, w, { start: cell.start, end: cell.end + 1 }), withCell(next, w, { start: below.start + 1, end: below.end })]));
}

/** Move the last sentence of witness `w` in row `r` down, to the start of row `r + 1` (a new row after the last). */
export function pushSentenceDown(state: TableState, r: number, w: number): EditResult {
  const problem = checkRow(state, r, w);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const cell = row.cells[w]!;
  if (isEmpty(cell)) return fail(`row ${r + 1} has no sentence of this text to move down`);
  const moved = withCell(row, w, { start: cell.start, end: cell.end - 1 });
  const label = `Move a sentence down out of row ${r + 1}`;
  const next = state.rows[r + 1];
  if (!next) {
    const cells = row.cells.map((c, i) => (i === w ? { start: cell.end - 1, end: cell.end } : { start: c.end, end: c.end }));
    return done(patch(label, state, r, 1, [moved, { cells, confidence: 0, status: 'auto' }]));
  }
  const below = next.cells[w]!;
  return done(patch(label, state, r, 2, [moved, withCell(next, w, { start: below.start - 1, end: below.end })]));
}

/** Merge row `r` with the row after it. */
export function mergeWithNext(state: TableState, r: number): EditResult {
  const problem = checkRow(state, r) ?? (r + 1 < state.rows.length ? null : `row ${r + 1} is the last row`);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const next = state.rows[r + 1]!;
  const note = [row.note, next.note].filter(Boolean).join('\n');
  const merged: ProjectRow = {
    cells: row.cells.map((c, w) => ({ start: c.start, end: next.cells[w]!.end })),
    confidence: Math.min(row.confidence, next.confidence),
    status: row.status === 'confirmed' && next.status === 'confirmed' ? 'confirmed' : 'auto',
    ...(note ? { note } : {}),
  };
  return done(patch(`Merge rows ${r + 1} and ${r + 2}`, state, r, 2, [merged]));
}

/**
 * Split row `r` in two: in each witness, `cuts[w]` is the first sentence of the second row
 * (from the cell's start, which gives the second row all of it, to its end, which gives it none).
 */
export function splitRow(state: TableState, r: number, cuts: readonly number[]): EditResult {
  const problem = checkRow(state, r);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  if (cuts.length !== row.cells.length) return fail(`a split needs a place in each of the ${row.cells.length} texts`);
  for (const [w, cut] of cuts.entries()) {
    const cell = row.cells[w]!;
    if (!Number.isInteger(cut) || cut < cell.start || cut > cell.end) return fail(`row ${r + 1} cannot be split there`);
  }
  // a note stays with the first part
  const rest = withoutNote(row);
  const first: ProjectRow = { ...row, cells: row.cells.map((c, w) => ({ start: c.start, end: cuts[w]! })) };
  const second: ProjectRow = { ...rest, cells: row.cells.map((c, w) => ({ start: cuts[w]!, end: c.end })) };
  if (allEmpty(first) || allEmpty(second)) return fail(`splitting row ${r + 1} there would leave a row with nothing in it`);
  return done(patch(`Split row ${r + 1}`, state, r, 1, [first, second]));
}

/** Split row `r` after sentence `s` of witness `w`: the sentences after it start a row of their own. */
export function splitRowAfter(state: TableState, r: number, w: number, s: number): EditResult {
  const problem = checkRow(state, r, w);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const cell = row.cells[w]!;
  if (s < cell.start || s >= cell.end - 1) return fail(`there is no sentence after this one in row ${r + 1} to start a new row`);
  return splitRow(state, r, row.cells.map((c, i) => (i === w ? s + 1 : c.end)));
}

/**
 * Insert an empty cell for witness `w` at row `r`: what `w` has in row `r` moves down into a new
 * row of its own, and row `r` keeps the other texts with nothing of `w` beside them.
 */
export function insertEmptyCell(state: TableState, r: number, w: number): EditResult {
  const problem = checkRow(state, r, w);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const cell = row.cells[w]!;
  if (isEmpty(cell)) return fail(`row ${r + 1} is already empty in this text`);
  const result = splitRow(state, r, row.cells.map((c, i) => (i === w ? c.start : c.end)));
  if (!result.ok) return fail(`row ${r + 1} has nothing else to keep beside an empty cell`);
  return done({ ...result.edit, label: `Insert an empty cell in row ${r + 1}` });
}

/**
 * Split sentence `s` of witness `w` in two at text offset `offset` (UTF-16, strictly inside the
 * sentence's text, never inside a surrogate pair). Both halves stay in the sentence's row.
 */
export function splitSentence(state: TableState, w: number, s: number, offset: number): EditResult {
  const witness = state.witnesses[w];
  if (!witness) return fail(`there is no witness ${w}`);
  const segment = witness.segments[s];
  if (!segment) return fail(`there is no sentence ${s + 1}`);
  const text = witness.text;
  if (!Number.isInteger(offset) || offset <= segment.start || offset >= segment.end) return fail('a sentence is split between two of its characters');
  if (text.slice(segment.start, offset).trim() === '' || text.slice(offset, segment.end).trim() === '') return fail('each part of a split sentence needs some text');
  const before = text.charCodeAt(offset - 1);
  if (before >= 0xd800 && before <= 0xdbff) return fail('a sentence cannot be split inside a character');
  const r = state.rows.findIndex((row) => row.cells[w]!.start <= s && s < row.cells[w]!.end);
  if (r < 0) return fail(`sentence ${s + 1} is in no row`);
  const row = state.rows[r]!;
  const cell = row.cells[w]!;
  return done({ label: `Split a sentence in row ${r + 1}`, at: r, before: [row], after: [withCell(row, w, { start: cell.start, end: cell.end + 1 })], segments: { kind: 'split', witness: w, segment: s, offset } });
}

/** Mark rows `[from, to)` confirmed (or back to automatic). */
export function setStatus(state: TableState, from: number, to: number, status: RowStatus): EditResult {
  const problem = checkRow(state, from) ?? (to > from && to <= state.rows.length ? null : `there is no row ${to}`);
  if (problem) return fail(problem);
  const rows = state.rows.slice(from, to);
  if (rows.every((row) => row.status === status)) return fail(status === 'confirmed' ? 'already confirmed' : 'not confirmed');
  const label = to - from === 1 ? `${status === 'confirmed' ? 'Confirm' : 'Unconfirm'} row ${from + 1}` : `${status === 'confirmed' ? 'Confirm' : 'Unconfirm'} rows ${from + 1}–${to}`;
  return done({ label, at: from, before: rows, after: rows.map((row) => ({ ...row, status })) });
}

/** Write, change or (with an empty text) remove the note on row `r`. */
export function setNote(state: TableState, r: number, text: string): EditResult {
  const problem = checkRow(state, r);
  if (problem) return fail(problem);
  const row = state.rows[r]!;
  const note = text.trim();
  if ((row.note ?? '') === note) return fail('the note is unchanged');
  const rest = withoutNote(row);
  return done({ label: note ? `Note on row ${r + 1}` : `Remove the note on row ${r + 1}`, at: r, before: [row], after: [note ? { ...rest, note } : rest] });
}

function withoutNote(row: ProjectRow): ProjectRow {
  const copy = { ...row };
  delete (copy as { note?: string }).note;
  return copy;
}

/**
 * Rename the texts: `labels[w]` is text `w`'s new label (cleaned to one line); one edit, undone as
 * one. Refused when a label is empty or too long, when two texts would share one (the headings
 * and exports could not tell them apart), or when nothing changes.
 */
export function renameTexts(state: TableState, labels: readonly string[]): EditResult {
  if (labels.length !== state.witnesses.length) return fail(`${labels.length} names for ${state.witnesses.length} texts`);
  const changes: LabelChange[] = [];
  for (const [w, given] of labels.entries()) {
    const problem = labelProblem(given);
    if (problem) return fail(problem);
    const after = cleanLabel(given);
    const before = state.witnesses[w]!.label;
    if (after !== before) changes.push({ witness: w, before, after });
  }
  const names = labels.map(cleanLabel);
  const twice = names.find((name, w) => names.indexOf(name) !== w);
  if (twice !== undefined) return fail(`two texts cannot both be called “${twice}”`);
  if (changes.length === 0) return fail('the names are unchanged');
  const what = changes.length === 1 ? `Rename “${changes[0]!.before}” to “${changes[0]!.after}”` : `Rename ${changes.length} texts`;
  return done({ label: what, at: 0, before: [], after: [], labels: changes });
}
