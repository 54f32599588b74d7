/**
 * The differences between texts A and B given as rows of corresponding spans (the alignment
 * table's cells): rows diffed one by one (joined where a difference crosses a row boundary),
 * then moves across rows, then the list in reading order of A.
 */
import { linkedMoves, pairMoves, type RowDifference } from './moves.ts';
import { rowOf, rowUnits, type RowSpans } from './row-units.ts';
import { tokenize, type Token } from './tokens.ts';
import type { WitnessScripts } from './compare-tokens.ts';
import type { TextSpan, Variant, VariantCategory } from '../model-variant.ts';

export type { RowSpans } from './row-units.ts';

/**
 * Differences between A and B row by row. `movedTo[r]`, when given, links row r with the row
 * holding the same passage elsewhere (the alignment table's `movedTo`); such a pair is one move.
 */
export function compareRows(aText: string, bText: string, rows: readonly RowSpans[], movedTo: readonly (number | undefined)[] = [], scripts?: WitnessScripts): Variant[] {
  const variants: Variant[] = [];
  const linked = new Set<number>();
  const hasText = (row: number, side: 0 | 1) => {
    const span = rows[row]![side];
    return /\S/u.test((side === 0 ? aText : bText).slice(span.start, span.end));
  };
  for (const [aRow, bRow] of linkedMoves(movedTo, (r) => hasText(r, 0), (r) => hasText(r, 1))) {
    linked.add(aRow).add(bRow);
    const aSpan = trimmed(tokenize(aText, rows[aRow]![0].start, rows[aRow]![0].end));
    const bSpan = trimmed(tokenize(bText, rows[bRow]![1].start, rows[bRow]![1].end));
    variants.push({ category: 'moved', reason: movedReason(aRow, bRow, 'linked by the alignment table'), a: aText.slice(aSpan.start, aSpan.end), b: bText.slice(bSpan.start, bSpan.end), row: aRow, bRow, aSpan, bSpan });
  }
  const found: RowDifference[] = [];
  for (const unit of rowUnits(aText, bText, rows, linked, scripts)) {
    for (const d of unit.differences) {
      // fields written out: a spread here costs a tenth of a second on a 1 MB witness
      const { category, reason, strength, aFrom, aTo, bFrom, bTo, oneSided } = d;
      const at = { category, reason, aFrom, aTo, bFrom, bTo, oneSided, row: rowOf(unit, d, rows), aTokens: unit.aTokens, bTokens: unit.bTokens, aCell: unit.aSpan, bCell: unit.bSpan };
      found.push(strength === undefined ? at : { ...at, strength });
    }
  }
  const moves = pairMoves(found);
  for (const [k, d] of found.entries()) {
    const partner = moves.get(k);
    if (partner === undefined) {
      variants.push(toVariant(d, d, d.category, aText, bText));
    } else if (partner > k) {
      const [del, ins] = d.aTo > d.aFrom ? [d, found[partner]!] : [found[partner]!, d];
      variants.push(toVariant(del, ins, 'moved', aText, bText));
    }
  }
  return variants.sort((x, y) => x.row - y.row || x.aSpan.start - y.aSpan.start || x.bSpan.start - y.bSpan.start);
}

/** A variant with A's reading from difference `inA` and B's from `inB` (the same one unless it moved). */
function toVariant(inA: RowDifference, inB: RowDifference, category: VariantCategory, aText: string, bText: string): Variant {
  const aSpan = tokenSpan(inA.aTokens, inA.aFrom, inA.aTo, inA.aCell);
  const bSpan = tokenSpan(inB.bTokens, inB.bFrom, inB.bTo, inB.bCell);
  const [a, b] = [aText.slice(aSpan.start, aSpan.end), bText.slice(bSpan.start, bSpan.end)];
  if (category === 'moved') return { category, reason: movedReason(inA.row, inB.row, 'the same passage deleted in one place and added in another'), a, b, row: inA.row, bRow: inB.row, aSpan, bSpan };
  const variant = { category, reason: inA.reason, a, b, row: inA.row, aSpan, bSpan };
  return inA.strength === undefined ? variant : { ...variant, strength: inA.strength };
}

/** `moved: row 45 in A, row 36 in B (…)`, rows numbered from 1 as the reader shows them. */
function movedReason(aRow: number, bRow: number, how: string): string {
  return `moved: row ${aRow + 1} in A, row ${bRow + 1} in B (${how})`;
}

/** The span from the first token to the last. */
function trimmed(tokens: readonly Token[]): TextSpan {
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end };
}

/** The text span of tokens [from, to); for none, the place between the tokens around it. */
function tokenSpan(tokens: readonly Token[], from: number, to: number, cell: TextSpan): TextSpan {
  if (to > from) return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  const at = from > 0 ? tokens[from - 1]!.end : from < tokens.length ? tokens[from]!.start : cell.start;
  return { start: at, end: at };
}
