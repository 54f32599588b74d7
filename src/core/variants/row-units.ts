/**
 * The units the comparison diffs: each row of the table on its own (which keeps every diff small
 * and local), except where a difference runs across a row boundary. Two witnesses can break their
 * text differently (a line break inside a sentence, a numeral wrapped over two lines, a passage
 * the aligner put one row too early); when one row's diff ends in a difference and the next
 * row's begins with one, the two rows are diffed as one unit, so the boundary never splits or
 * invents a difference.
 */
import { compareTokens, type RawDifference, type WitnessScripts } from './compare-tokens.ts';
import { tokenize, type Token } from './tokens.ts';
import type { TextSpan } from '../model-variant.ts';

/** One row: the span of A and the span of B that correspond. */
export type RowSpans = readonly [TextSpan, TextSpan];

export interface Unit {
  /** Rows `first..last` (inclusive), consecutive in the table. */
  readonly first: number;
  readonly last: number;
  readonly aSpan: TextSpan;
  readonly bSpan: TextSpan;
  readonly aTokens: readonly Token[];
  readonly bTokens: readonly Token[];
  readonly differences: readonly RawDifference[];
}

/** Rows are joined only while the unit stays this small (tokens of one side), so a diff stays cheap. */
const MAX_JOINED_TOKENS = 4000;

function unitOf(aText: string, bText: string, first: number, last: number, aSpan: TextSpan, bSpan: TextSpan, scripts: WitnessScripts | undefined): Unit {
  const aTokens = tokenize(aText, aSpan.start, aSpan.end);
  const bTokens = tokenize(bText, bSpan.start, bSpan.end);
  return { first, last, aSpan, bSpan, aTokens, bTokens, differences: compareTokens(aTokens, bTokens, scripts) };
}

// punctuation alike at the edge of a row (the 。 both end on) does not keep a difference from reaching it
const onlyPunctuation = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).every((t) => t.type === 'punctuation');
const endsInDifference = (u: Unit) => u.differences.some((d) => onlyPunctuation(u.aTokens, d.aTo, u.aTokens.length) && onlyPunctuation(u.bTokens, d.bTo, u.bTokens.length));
const beginsWithDifference = (u: Unit) => u.differences.some((d) => onlyPunctuation(u.aTokens, 0, d.aFrom) && onlyPunctuation(u.bTokens, 0, d.bFrom));

/** The diff units of the rows not in `skip`, in row order. */
export function rowUnits(aText: string, bText: string, rows: readonly RowSpans[], skip: ReadonlySet<number>, scripts?: WitnessScripts): Unit[] {
  const units: Unit[] = [];
  rows.forEach(([aSpan, bSpan], row) => {
    if (skip.has(row)) return;
    const next = unitOf(aText, bText, row, row, aSpan, bSpan, scripts);
    const last = units.at(-1);
    if (
      last &&
      last.last === row - 1 &&
      endsInDifference(last) &&
      beginsWithDifference(next) &&
      Math.max(last.aTokens.length + next.aTokens.length, last.bTokens.length + next.bTokens.length) <= MAX_JOINED_TOKENS
    ) {
      units[units.length - 1] = unitOf(aText, bText, last.first, row, { start: last.aSpan.start, end: aSpan.end }, { start: last.bSpan.start, end: bSpan.end }, scripts);
    } else {
      units.push(next);
    }
  });
  return units;
}

/** The row of a unit where a difference stands: where its reading in A starts, or in B for an insertion. */
export function rowOf(unit: Unit, d: RawDifference, rows: readonly RowSpans[]): number {
  if (unit.first === unit.last) return unit.first;
  const [side, at] = d.aTo > d.aFrom ? [0, unit.aTokens[d.aFrom]!.start] : [1, unit.bTokens[d.bFrom]!.start];
  for (let row = unit.first; row <= unit.last; row++) {
    const cell = rows[row]![side]!;
    if (at >= cell.start && at < cell.end) return row;
  }
  return unit.last;
}
