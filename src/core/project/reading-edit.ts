/** The edit that corrects how a word is read (or takes the correction back): no rows change, only the project's readings. */
import { correctionFor, parseReading, type ReadingCorrection, type ReadingTarget } from './readings.ts';
import type { EditResult, TableState } from './types.ts';

/**
 * Read `target` as `input` (typed pinyin, tone marks or numbers), or with `input` null as the
 * automatic reading again; refused, with the reason, when the reading is not one or nothing changes.
 */
export function setReading(state: TableState, target: ReadingTarget, input: string | null): EditResult {
  const before = correctionFor(state.readings, target);
  const where = target.witness === undefined ? `everywhere` : `here`;
  if (input === null) {
    if (!before) return { ok: false, reason: `${target.word} has no corrected reading ${where}` };
    return { ok: true, edit: { label: `Automatic reading of ${target.word} ${where}`, at: 0, before: [], after: [], reading: { before, after: null } } };
  }
  const parsed = parseReading(input, target.word);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (before?.pinyin === parsed.pinyin) return { ok: false, reason: `${target.word} is already read ${parsed.pinyin} ${where}` };
  const after: ReadingCorrection = { word: target.word, pinyin: parsed.pinyin, ...(target.witness !== undefined && target.at !== undefined ? { witness: target.witness, at: target.at } : {}) };
  return { ok: true, edit: { label: `Read ${target.word} as ${parsed.pinyin} ${where}`, at: 0, before: [], after: [], reading: { before, after } } };
}
