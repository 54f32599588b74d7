/**
 * Realign the rest: confirmed rows stay, each run of unconfirmed rows between them is aligned
 * again from its own sentences; one edit, inverted exactly; every sentence of every text still in
 * the table once, in order.
 */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/core/project/create-project.ts';
import { realignUnconfirmed, unconfirmedRuns } from '../../src/core/project/realign.ts';
import { applyEdit, invertEdit } from '../../src/core/project/apply-edit.ts';
import { mergeWithNext, setNote, setStatus } from '../../src/core/project/table-operations.ts';
import { rowTilingProblem } from '../../src/core/model.ts';
import type { TableState } from '../../src/core/project/types.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';

const lexicon = loadCedictLexicon();
const ZH = '今天天气很好。我们去公园散步。公园里有很多人。孩子们在放风筝。晚上我们回家吃饭。饭后我们看书。\n';
const EN = 'The weather is fine today. We go for a walk in the park. There are many people in the park. The children are flying kites. In the evening we go home for dinner. After dinner we read.\n';
const project = createProject(
  [
    { lang: 'zh', text: ZH, fileName: 'zh.txt', encoding: 'utf-8' },
    { lang: 'en', text: EN, fileName: 'en.txt', encoding: 'utf-8' },
  ],
  lexicon,
  { id: 'p', name: 'p', now: '2026-12-03T00:00:00Z' },
);

const apply = (state: TableState, result: ReturnType<typeof realignUnconfirmed>): TableState => {
  if (!result.ok) throw new Error(result.reason);
  return applyEdit(state, result.edit);
};
const tiles = (state: TableState) => rowTilingProblem(state.rows, state.witnesses.map((w) => w.segments.length));

describe('realign unconfirmed', () => {
  it('finds the runs between confirmed rows', () => {
    const rows = ['auto', 'confirmed', 'auto', 'auto', 'confirmed', 'confirmed', 'auto'].map((status) => ({ cells: [], confidence: 1, status: status as 'auto' | 'confirmed' }));
    expect(unconfirmedRuns(rows)).toEqual([[0, 1], [2, 4], [6, 7]]);
  });

  it('redoes the rows a correction spoiled between confirmed anchors, keeps the confirmed ones, and is undone as one edit', () => {
    expect(project.rows.length).toBe(6);
    // the user merges rows 3 and 4 by mistake, then confirms rows 1 and 6
    let state: TableState = project;
    for (const result of [mergeWithNext(state, 2)]) state = apply(state, result);
    state = apply(state, setStatus(state, 0, 1, 'confirmed'));
    state = apply(state, setStatus(state, state.rows.length - 1, state.rows.length, 'confirmed'));
    state = apply(state, setNote(state, 2, 'check the kites'));
    expect(state.rows.length).toBe(5);
    const result = realignUnconfirmed(state, lexicon);
    expect(result.ok && result.edit.label).toBe('Realign the unconfirmed rows (1 passage, 4 rows)');
    const after = apply(state, result);
    expect(tiles(after)).toBeNull();
    expect(after.rows.map((r) => r.cells)).toEqual(project.rows.map((r) => r.cells));
    expect(after.rows[0]!.status).toBe('confirmed');
    expect(after.rows.at(-1)!.status).toBe('confirmed');
    expect(after.rows.filter((r) => r.note).map((r) => r.note)).toEqual(['check the kites']);
    // undone exactly
    expect(result.ok && applyEdit(after, invertEdit(result.edit)).rows).toEqual(state.rows);
  });

  it('says so when nothing would change, or every row is confirmed', () => {
    expect(realignUnconfirmed(project, lexicon)).toEqual({ ok: false, reason: 'the aligner finds the same rows between the confirmed ones: nothing changed' });
    const all = apply(project, setStatus(project, 0, project.rows.length, 'confirmed'));
    expect(realignUnconfirmed(all, lexicon)).toEqual({ ok: false, reason: 'every row is confirmed: there is nothing to realign' });
  });
});
