/**
 * Realign the rest: the rows a person confirmed stay as they are and fix the alignment at their
 * edges; each run of unconfirmed rows between them is aligned again from its sentences alone, by
 * the same aligner as the project was made with. What users of alignment editors ask for most
 * after merge and split: correct the few rows that anchor a passage, and let the aligner redo
 * what lies between. One edit, undone as one.
 */
import type { Witness } from '../model.ts';
import type { Lexicon } from '../align/lexicon.ts';
import { alignDocument } from '../pipeline/align-document.ts';
import type { EditResult, ProjectRow, TableState } from './types.ts';

/** The runs of unconfirmed rows, `[start, end)`, in order. */
export function unconfirmedRuns(rows: readonly ProjectRow[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  rows.forEach((row, r) => {
    if (row.status !== 'confirmed' && start < 0) start = r;
    if (row.status === 'confirmed' && start >= 0) {
      runs.push([start, r]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, rows.length]);
  return runs;
}

/**
 * Align each run of unconfirmed rows again between the confirmed ones. `lexicon` is needed when
 * the project has English. A run where a text has no sentence is left as it is (there is nothing
 * to align it with). Fails, saying why, when no row would change.
 */
export function realignUnconfirmed(state: TableState, lexicon: Lexicon | undefined): EditResult {
  const runs = unconfirmedRuns(state.rows);
  if (runs.length === 0) return { ok: false, reason: 'every row is confirmed: there is nothing to realign' };
  const replaced = new Map<number, { end: number; rows: ProjectRow[] }>();
  for (const [start, end] of runs) {
    const first = state.rows[start]!.cells;
    const last = state.rows[end - 1]!.cells;
    const ranges = state.witnesses.map((_, w) => ({ from: first[w]!.start, to: last[w]!.end }));
    if (ranges.some(({ from, to }) => to === from)) continue;
    // each text cut to the run's sentences (their spans still point into the whole text)
    const cut: Witness[] = state.witnesses.map((w, k) => ({ ...w, segments: w.segments.slice(ranges[k]!.from, ranges[k]!.to) }));
    // a project's rows carry no links between moved passages (createProject leaves them out too)
    const rows = alignDocument(cut, lexicon).map(
      (row): ProjectRow => ({ cells: row.cells.map((c, w) => ({ start: c.start + ranges[w]!.from, end: c.end + ranges[w]!.from })), confidence: row.confidence, status: 'auto' }),
    );
    const before = state.rows.slice(start, end);
    const same = rows.length === before.length && rows.every((row, k) => row.cells.every((c, w) => c.start === before[k]!.cells[w]!.start && c.end === before[k]!.cells[w]!.end));
    if (!same) replaced.set(start, { end, rows: carryNotes(before, rows) });
  }
  if (replaced.size === 0) return { ok: false, reason: 'the aligner finds the same rows between the confirmed ones: nothing changed' };
  const starts = [...replaced.keys()];
  const at = Math.min(...starts);
  const until = Math.max(...[...replaced.values()].map((r) => r.end));
  const after: ProjectRow[] = [];
  for (let r = at; r < until; ) {
    const run = replaced.get(r);
    if (run) {
      after.push(...run.rows);
      r = run.end;
    } else after.push(state.rows[r++]!);
  }
  const count = [...replaced.values()].reduce((sum, run) => sum + run.rows.length, 0);
  return { ok: true, edit: { label: `Realign the unconfirmed rows (${replaced.size} ${replaced.size === 1 ? 'passage' : 'passages'}, ${count} rows)`, at, before: state.rows.slice(at, until), after } };
}

/** A note moves with its row's first sentence of the first text, as it does when rows are merged or split. */
function carryNotes(before: readonly ProjectRow[], after: ProjectRow[]): ProjectRow[] {
  const notes = before.filter((row) => row.note);
  if (notes.length === 0) return after;
  return after.map((row) => {
    const here = notes.filter((n) => {
      const s = n.cells.find((c) => c.end > c.start);
      const w = n.cells.indexOf(s!);
      return s !== undefined && row.cells[w]!.start <= s.start && s.start < row.cells[w]!.end;
    });
    return here.length === 0 ? row : { ...row, note: here.map((n) => n.note).join('\n') };
  });
}
