/**
 * Differences between two runs of tokens: diff on keys, then equal keys with different original
 * text classified (script, variant, numeral, punctuation), and insertions, deletions and
 * substitutions of keys called punctuation when they are only punctuation, substantive otherwise.
 */
import { diffKeys } from './diff.ts';
import type { Token } from './tokens.ts';
import { assertNever, type VariantCategory } from './types.ts';
import { VARIANT_STANDARD } from './variant-table.ts';

/** A difference inside one row, before moves are found: token ranges of A and B. */
export interface RawDifference {
  readonly category: VariantCategory;
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
  /** An insertion or deletion (not a substitution): a candidate for a move. */
  readonly oneSided: boolean;
}

/** Units a numeral difference takes along (一九五八年 / 1958年 is one difference, not two). */
const NUMERAL_UNITS = /^[年月日号時时]$/u;

const difference = (category: VariantCategory, aFrom: number, aTo: number, bFrom: number, bTo: number, oneSided: boolean): RawDifference => ({ category, aFrom, aTo, bFrom, bTo, oneSided });

/** The differences between two runs of tokens, in order. */
export function compareTokens(a: readonly Token[], b: readonly Token[]): RawDifference[] {
  const differences: RawDifference[] = [];
  for (const run of diffKeys(a.map((t) => t.key), b.map((t) => t.key))) {
    if (run.op === 'equal') {
      differences.push(...sameKeyDifferences(a, b, run.aFrom, run.bFrom, run.aTo - run.aFrom));
      continue;
    }
    const onlyPunctuation = a.slice(run.aFrom, run.aTo).every((t) => t.type === 'punctuation') && b.slice(run.bFrom, run.bTo).every((t) => t.type === 'punctuation');
    const category: VariantCategory = onlyPunctuation ? 'punctuation' : 'substantive';
    const last = differences.at(-1);
    // a deletion next to an insertion is one substitution
    if (last && last.oneSided && last.aTo === run.aFrom && last.bTo === run.bFrom && last.category === category && (last.aTo > last.aFrom) !== (run.aTo > run.aFrom)) {
      differences[differences.length - 1] = difference(category, last.aFrom, run.aTo, last.bFrom, run.bTo, false);
    } else {
      differences.push(difference(category, run.aFrom, run.aTo, run.bFrom, run.bTo, true));
    }
  }
  return differences;
}

/** Tokens with equal keys and different text, in runs of one category (a date as one numeral difference). */
function sameKeyDifferences(a: readonly Token[], b: readonly Token[], aFrom: number, bFrom: number, length: number): RawDifference[] {
  const out: RawDifference[] = [];
  const unitAt = (k: number) => k < length && NUMERAL_UNITS.test(a[aFrom + k]!.text) && a[aFrom + k]!.text === b[bFrom + k]!.text;
  for (let k = 0; k < length; k++) {
    const x = a[aFrom + k]!;
    const y = b[bFrom + k]!;
    if (x.text === y.text) continue;
    const category = sameKeyCategory(x, y);
    const last = out.at(-1);
    // adjacent, or numerals with a unit between them (1958年7月 / 一九五八年七月)
    const joins = last !== undefined && last.category === category && (last.aTo === aFrom + k || (category === 'numeral' && last.aTo === aFrom + k - 1 && unitAt(k - 1)));
    if (joins) out[out.length - 1] = difference(category, last.aFrom, aFrom + k + 1, last.bFrom, bFrom + k + 1, false);
    else out.push(difference(category, aFrom + k, aFrom + k + 1, bFrom + k, bFrom + k + 1, false));
  }
  // a date's last unit goes with it: 三十一日 / 31日
  return out.map((d) => (d.category === 'numeral' && unitAt(d.aTo - aFrom) ? difference('numeral', d.aFrom, d.aTo + 1, d.bFrom, d.bTo + 1, false) : d));
}

/** The category of two tokens with one key and different text. */
function sameKeyCategory(x: Token, y: Token): VariantCategory {
  switch (x.type) {
    case 'punctuation':
      return 'punctuation';
    case 'numeral':
      return x.simplified === y.simplified ? 'script' : 'numeral';
    case 'char':
      return x.simplified === y.simplified && !isVariantPair(x, y) ? 'script' : 'variant';
    default:
      return assertNever(x.type);
  }
}

/** The variant table names one as a variant form of the other (拚/拼, which OpenCC also folds). */
function isVariantPair(x: Token, y: Token): boolean {
  return VARIANT_STANDARD.get(x.text) === y.simplified || VARIANT_STANDARD.get(y.text) === x.simplified;
}
