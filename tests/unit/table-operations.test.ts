/**
 * The corrections of an alignment table: named cases, and properties over random tables and random
 * sequences of operations — every sentence of every text stays in the table exactly once and in
 * order, no row is ever empty, and undo gives back the previous table exactly (redo the next).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowTilingProblem, segmentTilingProblem, type Segment, type Witness } from '../../src/core/model.ts';
import { applyEdit, invertEdit } from '../../src/core/project/apply-edit.ts';
import { EMPTY_HISTORY, perform, redo, undo, type History } from '../../src/core/project/history.ts';
import { insertEmptyCell, mergeWithNext, pullSentenceUp, pushSentenceDown, setNote, setStatus, splitRow, splitRowAfter, splitSentence } from '../../src/core/project/table-operations.ts';
import type { EditResult, ProjectRow, TableState } from '../../src/core/project/types.ts';

const SENTENCE_PIECES = ['毛泽东', '𠀀𠮷', 'peace and unity', '会谈', ' ', '，', 'N.S.', '赫鲁晓夫'];

function witnessOf(id: string, sentences: readonly string[]): Witness {
  const segments: Segment[] = [];
  let at = 0;
  for (const s of sentences) {
    segments.push({ start: at, end: at + s.length, kind: 'sentence', paragraph: 0, section: 0 });
    at += s.length;
  }
  return { id, lang: 'zh', script: 'hans', label: id, sourceFile: `${id}.txt`, format: 'plain-text', metadata: { extra: {} }, text: sentences.join(''), kept: [], removals: [], sections: [], segments };
}

/** Each witness's sentences in row order, as text: what must never change. */
function sentencesInRowOrder(state: TableState): string[][] {
  return state.witnesses.map((w, i) => state.rows.flatMap((row) => w.segments.slice(row.cells[i]!.start, row.cells[i]!.end).map((s) => w.text.slice(s.start, s.end))));
}

function expectWellFormed(state: TableState) {
  expect(rowTilingProblem(state.rows, state.witnesses.map((w) => w.segments.length))).toBeNull();
  for (const w of state.witnesses) expect(segmentTilingProblem(w.text, w.segments)).toBeNull();
  // every sentence once, in order: joined in row order, each text is given back exactly
  expect(sentencesInRowOrder(state).map((s) => s.join(''))).toEqual(state.witnesses.map((w) => w.text));
}

/** A random table: 1–3 texts of 1–12 sentences, cut into rows at random places (cells may be empty, rows never). */
const tables: fc.Arbitrary<TableState> = fc
  .integer({ min: 1, max: 3 })
  .chain((k) =>
    fc.tuple(
      fc.array(fc.array(fc.array(fc.constantFrom(...SENTENCE_PIECES), { minLength: 1, maxLength: 4 }).map((p) => `${p.join('')}。`), { minLength: 1, maxLength: 12 }), { minLength: k, maxLength: k }),
      fc.array(fc.array(fc.nat(3), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 30 }),
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    ),
  )
  .map(([texts, steps, confirmed]) => {
    const witnesses = texts.map((sentences, i) => witnessOf(`w${i}`, sentences));
    const at = witnesses.map(() => 0);
    const rows: ProjectRow[] = [];
    for (const step of steps) {
      const cells = witnesses.map((w, i) => {
        const start = at[i]!;
        const end = Math.min(w.segments.length, start + step[i]!);
        at[i] = end;
        return { start, end };
      });
      if (cells.some((c) => c.end > c.start)) rows.push({ cells, confidence: 0.5, status: confirmed[rows.length % 30] ? 'confirmed' : 'auto' });
    }
    // whatever is left goes into a last row
    const rest = witnesses.map((w, i) => ({ start: at[i]!, end: w.segments.length }));
    if (rest.some((c) => c.end > c.start)) rows.push({ cells: rest, confidence: 0.9, status: 'auto' });
    return { witnesses, rows };
  });

type Operation = (state: TableState) => EditResult;

/** A random operation, its arguments taken from numbers fitted to the table at hand. */
const operations: fc.Arbitrary<Operation> = fc.tuple(fc.nat(8), fc.nat(1000), fc.nat(1000), fc.nat(1000)).map(([kind, a, b, c]) => (state: TableState) => {
  const r = a % state.rows.length;
  const w = b % state.witnesses.length;
  const row = state.rows[r]!;
  switch (kind) {
    case 0:
      return pullSentenceUp(state, r, w);
    case 1:
      return pushSentenceDown(state, r, w);
    case 2:
      return mergeWithNext(state, r);
    case 3:
      return splitRow(state, r, row.cells.map((cell, i) => cell.start + ((c + i) % (cell.end - cell.start + 1))));
    case 4:
      return splitRowAfter(state, r, w, row.cells[w]!.start + (c % Math.max(1, row.cells[w]!.end - row.cells[w]!.start)));
    case 5:
      return insertEmptyCell(state, r, w);
    case 6: {
      const witness = state.witnesses[w]!;
      const s = c % witness.segments.length;
      const seg = witness.segments[s]!;
      return splitSentence(state, w, s, seg.start + 1 + (a % Math.max(1, seg.end - seg.start - 1)));
    }
    case 7:
      return setStatus(state, r, Math.min(state.rows.length, r + 1 + (c % 3)), c % 2 === 0 ? 'confirmed' : 'auto');
    default:
      return setNote(state, r, c % 3 === 0 ? '' : `note ${c % 5}`);
  }
});

describe('table operations: properties', () => {
  it('every operation keeps every sentence exactly once and in order, and leaves no empty row', () => {
    fc.assert(
      fc.property(tables, fc.array(operations, { maxLength: 40 }), (initial, ops) => {
        expectWellFormed(initial);
        let state = initial;
        for (const op of ops) {
          const result = op(state);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            continue;
          }
          state = applyEdit(state, result.edit);
          expectWellFormed(state);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('undo gives back each previous table exactly; redo gives back the next', () => {
    fc.assert(
      fc.property(tables, fc.array(operations, { maxLength: 30 }), (initial, ops) => {
        let state = initial;
        let history: History = EMPTY_HISTORY;
        const states: TableState[] = [initial];
        for (const op of ops) {
          const result = op(state);
          if (!result.ok) continue;
          ({ state, history } = perform(state, history, result.edit));
          states.push(state);
        }
        // undo all the way back, checking each table on the way
        for (let k = states.length - 2; k >= 0; k--) {
          const back = undo(state, history)!;
          ({ state, history } = back);
          expect(state).toEqual(states[k]);
        }
        expect(undo(state, history)).toBeNull();
        for (let k = 1; k < states.length; k++) {
          ({ state, history } = redo(state, history)!);
          expect(state).toEqual(states[k]);
        }
        expect(redo(state, history)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('an edit inverted twice is the edit', () => {
    fc.assert(
      fc.property(tables, operations, (state, op) => {
        const result = op(state);
        if (result.ok) expect(invertEdit(invertEdit(result.edit))).toEqual(result.edit);
      }),
    );
  });
});

describe('table operations: cases', () => {
  // zh: A B C | en: x y z, rows [A|x y] [B C|z]
  const zh = witnessOf('zh', ['甲。', '乙。', '丙。']);
  const en = witnessOf('en', ['X. ', 'Y. ', 'Z.']);
  const state: TableState = {
    witnesses: [zh, en],
    rows: [
      { cells: [{ start: 0, end: 1 }, { start: 0, end: 2 }], confidence: 0.3, status: 'auto' },
      { cells: [{ start: 1, end: 3 }, { start: 2, end: 3 }], confidence: 0.9, status: 'confirmed' },
    ],
  };
  const after = (result: EditResult) => {
    if (!result.ok) throw new Error(result.reason);
    return applyEdit(state, result.edit);
  };
  const table = (s: TableState) => s.rows.map((row) => row.cells.map((c, w) => s.witnesses[w]!.segments.slice(c.start, c.end).map((seg) => s.witnesses[w]!.text.slice(seg.start, seg.end).trim()).join(' ')));

  it('moves a sentence up and down between rows', () => {
    expect(table(after(pullSentenceUp(state, 0, 0)))).toEqual([['甲。 乙。', 'X. Y.'], ['丙。', 'Z.']]);
    expect(table(after(pushSentenceDown(state, 0, 1)))).toEqual([['甲。', 'X.'], ['乙。 丙。', 'Y. Z.']]);
    // the last sentence of the last row moves into a row of its own
    expect(table(after(pushSentenceDown(state, 1, 0)))).toEqual([['甲。', 'X. Y.'], ['乙。', 'Z.'], ['丙。', '']]);
    // a row emptied by a move disappears
    const emptied = after(pullSentenceUp(state, 0, 1));
    expect(table(emptied)).toEqual([['甲。', 'X. Y. Z.'], ['乙。 丙。', '']]);
    expect(pullSentenceUp(emptied, 0, 1)).toEqual({ ok: false, reason: 'row 2 has no sentence of this text to move up' });
  });

  it('merges, splits and inserts an empty cell', () => {
    const merged = after(mergeWithNext(state, 0));
    expect(table(merged)).toEqual([['甲。 乙。 丙。', 'X. Y. Z.']]);
    expect(merged.rows[0]).toMatchObject({ confidence: 0.3, status: 'auto' });
    expect(mergeWithNext(state, 1).ok).toBe(false);
    expect(table(after(splitRowAfter(state, 1, 0, 1)))).toEqual([['甲。', 'X. Y.'], ['乙。', 'Z.'], ['丙。', '']]);
    expect(splitRowAfter(state, 1, 0, 2).ok).toBe(false);
    expect(table(after(insertEmptyCell(state, 0, 1)))).toEqual([['甲。', ''], ['', 'X. Y.'], ['乙。 丙。', 'Z.']]);
    expect(insertEmptyCell(after(insertEmptyCell(state, 0, 1)), 1, 1).ok).toBe(false);
  });

  it('splits a sentence between two characters, never inside a surrogate pair or into a blank part', () => {
    const astral = witnessOf('zh', ['𠀀甲。', '乙。']);
    const s: TableState = { witnesses: [astral], rows: [{ cells: [{ start: 0, end: 2 }], confidence: 1, status: 'auto' }] };
    expect(splitSentence(s, 0, 0, 1)).toEqual({ ok: false, reason: 'a sentence cannot be split inside a character' });
    const split = splitSentence(s, 0, 0, 2);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    const next = applyEdit(s, split.edit);
    expect(next.witnesses[0]!.segments.map((seg) => next.witnesses[0]!.text.slice(seg.start, seg.end))).toEqual(['𠀀', '甲。', '乙。']);
    expect(next.rows[0]!.cells[0]).toEqual({ start: 0, end: 3 });
    expect(splitSentence(s, 0, 0, 0).ok).toBe(false);
    expect(splitSentence(witnessState('X. ', 'Y.'), 0, 0, 2).ok).toBe(false); // "X." and " ": a blank part
  });

  it('keeps notes with their rows: merged notes join, a split row keeps its note on the first part, an empty note removes it', () => {
    const noted = after(setNote(state, 0, 'check 甲'));
    expect(noted.rows[0]!.note).toBe('check 甲');
    const both = applied(noted, setNote(noted, 1, 'and 乙'));
    const merged = applied(both, mergeWithNext(both, 0));
    expect(merged.rows[0]!.note).toBe('check 甲\nand 乙');
    const split = applied(merged, splitRowAfter(merged, 0, 0, 0));
    expect(split.rows.map((r) => r.note)).toEqual(['check 甲\nand 乙', undefined]);
    const removed = applied(noted, setNote(noted, 0, '  '));
    expect('note' in removed.rows[0]!).toBe(false);
    expect(setNote(noted, 0, 'check 甲')).toEqual({ ok: false, reason: 'the note is unchanged' });
  });

  it('confirms rows and says when there is nothing to change', () => {
    const confirmed = after(setStatus(state, 0, 2, 'confirmed'));
    expect(confirmed.rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
    expect(setStatus(confirmed, 0, 2, 'confirmed')).toEqual({ ok: false, reason: 'already confirmed' });
  });
});

/** `state` after `result`, which must have applied. */
function applied(state: TableState, result: EditResult): TableState {
  if (!result.ok) throw new Error(result.reason);
  return applyEdit(state, result.edit);
}

function witnessState(...sentences: string[]): TableState {
  const w = witnessOf('en', sentences);
  return { witnesses: [w], rows: [{ cells: [{ start: 0, end: sentences.length }], confidence: 1, status: 'auto' }] };
}
