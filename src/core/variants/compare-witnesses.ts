/**
 * The differences between two Chinese witnesses of one document, row by row of its alignment
 * table (which keeps each diff small and local), then moves: a passage deleted in one place and
 * inserted in another with the same key (script, numerals and punctuation set aside) is one
 * moved difference, whether or not the table linked the two rows.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import { compareTokens, type RawDifference } from './compare-tokens.ts';
import { tokenize, type Token } from './tokens.ts';
import type { TextSpan, Variant } from './types.ts';

/** Shorter passages (a character or two) recur by chance; they are not taken for moves. */
const MIN_MOVED_KEYS = 4;

interface RowDifference extends RawDifference {
  readonly row: number;
  readonly aTokens: readonly Token[];
  readonly bTokens: readonly Token[];
}

export function compareWitnesses(doc: BuiltDocument, aId: string, bId: string): Variant[] {
  const a = doc.witnesses.findIndex((w) => w.id === aId);
  const b = doc.witnesses.findIndex((w) => w.id === bId);
  if (a < 0 || b < 0) throw new Error(`document ${doc.id} has no witness "${a < 0 ? aId : bId}" (it has: ${doc.witnesses.map((w) => w.id).join(', ')})`);
  const wa = doc.witnesses[a]!;
  const wb = doc.witnesses[b]!;
  if (wa.lang !== 'zh' || wb.lang !== 'zh') throw new Error(`variants compare two Chinese witnesses; ${wa.lang !== 'zh' ? aId : bId} is ${wa.lang !== 'zh' ? wa.lang : wb.lang}`);
  const rows = doc.rows.map((row) => [segmentRangeSpan(wa, row.cells[a]!), segmentRangeSpan(wb, row.cells[b]!)] as const);
  return compareRows(wa.text, wb.text, rows);
}

/** Differences between texts A and B given as rows of corresponding spans. */
export function compareRows(aText: string, bText: string, rows: readonly (readonly [TextSpan, TextSpan])[]): Variant[] {
  const found: RowDifference[] = [];
  rows.forEach(([aSpan, bSpan], row) => {
    const aTokens = tokenize(aText, aSpan.start, aSpan.end);
    const bTokens = tokenize(bText, bSpan.start, bSpan.end);
    for (const d of compareTokens(aTokens, bTokens)) found.push({ ...d, row, aTokens, bTokens });
  });
  const moves = pairMoves(found);
  const variants: Variant[] = [];
  for (const [k, d] of found.entries()) {
    const partner = moves.get(k);
    if (partner === undefined) {
      variants.push(toVariant(d, aText, bText, rows));
    } else if (partner > k) {
      const [del, ins] = d.aTo > d.aFrom ? [d, found[partner]!] : [found[partner]!, d];
      const aSpan = tokenSpan(del.aTokens, del.aFrom, del.aTo, rows[del.row]![0]);
      const bSpan = tokenSpan(ins.bTokens, ins.bFrom, ins.bTo, rows[ins.row]![1]);
      variants.push({ category: 'moved', a: aText.slice(aSpan.start, aSpan.end), b: bText.slice(bSpan.start, bSpan.end), row: del.row, bRow: ins.row, aSpan, bSpan });
    }
  }
  return variants;
}

/** Deletions and insertions with equal keys, paired first come first served. */
function pairMoves(found: readonly RowDifference[]): Map<number, number> {
  const keyOf = (d: RowDifference) =>
    (d.aTo > d.aFrom ? d.aTokens.slice(d.aFrom, d.aTo) : d.bTokens.slice(d.bFrom, d.bTo)).filter((t) => t.type !== 'punctuation').map((t) => t.key);
  const deletions = new Map<string, number[]>();
  found.forEach((d, k) => {
    if (!d.oneSided || d.aTo === d.aFrom) return;
    const key = keyOf(d);
    if (key.length < MIN_MOVED_KEYS) return;
    const list = deletions.get(key.join('\u0000')) ?? [];
    list.push(k);
    deletions.set(key.join('\u0000'), list);
  });
  const pairs = new Map<number, number>();
  found.forEach((d, k) => {
    if (!d.oneSided || d.bTo === d.bFrom) return;
    const candidates = deletions.get(keyOf(d).join('\u0000'));
    const partner = candidates?.find((c) => !pairs.has(c) && found[c]!.row !== d.row);
    if (partner === undefined) return;
    pairs.set(partner, k);
    pairs.set(k, partner);
  });
  return pairs;
}

function toVariant(d: RowDifference, aText: string, bText: string, rows: readonly (readonly [TextSpan, TextSpan])[]): Variant {
  const aSpan = tokenSpan(d.aTokens, d.aFrom, d.aTo, rows[d.row]![0]);
  const bSpan = tokenSpan(d.bTokens, d.bFrom, d.bTo, rows[d.row]![1]);
  return { category: d.category, a: aText.slice(aSpan.start, aSpan.end), b: bText.slice(bSpan.start, bSpan.end), row: d.row, aSpan, bSpan };
}

/** The text span of tokens [from, to); for none, the place between the tokens around it. */
function tokenSpan(tokens: readonly Token[], from: number, to: number, cell: TextSpan): TextSpan {
  if (to > from) return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  const at = from > 0 ? tokens[from - 1]!.end : from < tokens.length ? tokens[from]!.start : cell.start;
  return { start: at, end: at };
}

/** The text span of segments [start, end) of a witness; for none, the place where they would stand. */
export function segmentRangeSpan(witness: Pick<Witness, 'segments' | 'text'>, cell: { start: number; end: number }): TextSpan {
  if (cell.end === cell.start) {
    const at = cell.start < witness.segments.length ? witness.segments[cell.start]!.start : witness.text.length;
    return { start: at, end: at };
  }
  return { start: witness.segments[cell.start]!.start, end: witness.segments[cell.end - 1]!.end };
}
