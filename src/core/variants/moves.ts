/**
 * Moves: a passage one witness has in one place and the other in another. Two sources: rows the
 * alignment table linked as moved (`movedTo`), compared as whole passages however differently
 * they are written, and, for moves the table did not see, a deletion and an insertion anywhere
 * in the document whose keys (punctuation set aside) are equal.
 */
import type { RawDifference } from './compare-tokens.ts';
import type { Token } from './tokens.ts';
import type { TextSpan } from '../model-variant.ts';

/** Shorter passages (a character or three) recur by chance; they are not taken for moves. */
export const MIN_MOVED_KEYS = 4;

/** A difference with its row and the tokens and spans of the unit it was found in. */
export interface RowDifference extends RawDifference {
  readonly row: number;
  readonly aTokens: readonly Token[];
  readonly bTokens: readonly Token[];
  readonly aCell: TextSpan;
  readonly bCell: TextSpan;
}

/**
 * Pairs of linked rows `[aRow, bRow]` whose passage is in A only at `aRow` and in B only at
 * `bRow`: each is one move. `movedTo[r]` is the row linked to row r, if any.
 */
export function linkedMoves(movedTo: readonly (number | undefined)[], hasA: (row: number) => boolean, hasB: (row: number) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  movedTo.forEach((other, row) => {
    if (other === undefined || movedTo[other] !== row) return;
    if (hasA(row) && !hasB(row) && hasB(other) && !hasA(other)) pairs.push([row, other]);
  });
  return pairs;
}

/** How many keys a passage may lose at either end and still match: the diff may leave a word it shares with a neighbour (双方) in place. */
const EDGE_SLACK = 2;

/**
 * The passage's keys, whole first, then with up to EDGE_SLACK keys dropped at either end (never
 * below MIN_MOVED_KEYS, nor below four fifths of the passage).
 */
function keyForms(keys: readonly string[]): string[] {
  const forms: string[] = [];
  for (let trimmed = 0; trimmed <= 2 * EDGE_SLACK; trimmed++) {
    for (let front = Math.max(0, trimmed - EDGE_SLACK); front <= Math.min(trimmed, EDGE_SLACK); front++) {
      const rest = keys.length - trimmed;
      if (rest < MIN_MOVED_KEYS || rest < keys.length * 0.8) continue;
      forms.push(keys.slice(front, keys.length - (trimmed - front)).join('\u0000'));
    }
  }
  return forms;
}

/**
 * Deletions and insertions with equal keys (but for a word or two at an end), paired first come
 * first served, the closest match first: k → partner. Each passage is indexed under a handful of
 * forms, so pairing stays linear in the number of differences.
 */
export function pairMoves(found: readonly RowDifference[]): Map<number, number> {
  const keyOf = (d: RowDifference) =>
    (d.aTo > d.aFrom ? d.aTokens.slice(d.aFrom, d.aTo) : d.bTokens.slice(d.bFrom, d.bTo))
      .filter((t) => t.type !== 'punctuation')
      .map((t) => t.key);
  const deletions = new Map<string, number[]>();
  found.forEach((d, k) => {
    if (!d.oneSided || d.aTo === d.aFrom) return;
    const key = keyOf(d);
    if (key.length < MIN_MOVED_KEYS) return;
    for (const form of keyForms(key)) deletions.set(form, [...(deletions.get(form) ?? []), k]);
  });
  const pairs = new Map<number, number>();
  found.forEach((d, k) => {
    if (!d.oneSided || d.bTo === d.bFrom) return;
    const key = keyOf(d);
    if (key.length < MIN_MOVED_KEYS) return;
    // an equal deletion next to this insertion would have been no edit at all, so any partner,
    // in this row or another, is a passage that moved
    for (const form of keyForms(key)) {
      const partner = deletions.get(form)?.find((c) => !pairs.has(c));
      if (partner === undefined) continue;
      pairs.set(partner, k);
      pairs.set(k, partner);
      return;
    }
  });
  return pairs;
}
