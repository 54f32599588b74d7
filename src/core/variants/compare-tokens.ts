/**
 * Differences between two runs of tokens: diff on keys, then equal keys with different original
 * text classified (script, variant, numeral, punctuation), and insertions, deletions and
 * substitutions of keys called punctuation when they are only punctuation, substantive otherwise.
 */
import { diffKeys } from './diff.ts';
import type { Token } from './tokens.ts';
import type { VariantCategory } from './types.ts';

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

export function compareTokens(a: readonly Token[], b: readonly Token[]): RawDifference[] {
  const differences: RawDifference[] = [];
  for (const run of diffKeys(a.map((t) => t.key), b.map((t) => t.key))) {
    if (run.op === 'equal') {
      differences.push(...sameKeyDifferences(a, b, run.aFrom, run.bFrom, run.aTo - run.aFrom));
      continue;
    }
    const last = differences.at(-1);
    const tokens = [...a.slice(run.aFrom, run.aTo), ...b.slice(run.bFrom, run.bTo)];
    const category: VariantCategory = tokens.every((t) => t.type === 'punctuation') ? 'punctuation' : 'substantive';
    // a deletion followed by an insertion is one substitution
    if (last && last.oneSided && last.aTo === run.aFrom && last.bTo === run.bFrom && last.category === category && (last.aTo > last.aFrom) !== (run.aTo > run.aFrom)) {
      differences[differences.length - 1] = { ...last, aTo: run.aTo, bTo: run.bTo, oneSided: false };
    } else {
      differences.push({ category, aFrom: run.aFrom, aTo: run.aTo, bFrom: run.bFrom, bTo: run.bTo, oneSided: true });
    }
  }
  return differences;
}

function sameKeyDifferences(a: readonly Token[], b: readonly Token[], aFrom: number, bFrom: number, length: number): RawDifference[] {
  const out: RawDifference[] = [];
  for (let k = 0; k < length; k++) {
    const x = a[aFrom + k]!;
    const y = b[bFrom + k]!;
    if (x.text === y.text) continue;
    const category = sameKeyCategory(x, y);
    const last = out.at(-1);
    if (last && last.category === category && last.aTo === aFrom + k) {
      out[out.length - 1] = { ...last, aTo: aFrom + k + 1, bTo: bFrom + k + 1 };
    } else if (last && last.category === 'numeral' && category === 'numeral' && last.aTo === aFrom + k - 1 && NUMERAL_UNITS.test(a[aFrom + k - 1]!.text)) {
      out[out.length - 1] = { ...last, aTo: aFrom + k + 1, bTo: bFrom + k + 1 };
    } else {
      out.push({ category, aFrom: aFrom + k, aTo: aFrom + k + 1, bFrom: bFrom + k, bTo: bFrom + k + 1, oneSided: false });
    }
  }
  // a date's last unit goes with it: 三十一日 / 31日
  return out.map((d) => {
    const next = a[d.aTo];
    return d.category === 'numeral' && d.aTo < aFrom + length && next && NUMERAL_UNITS.test(next.text) && next.text === b[d.bTo]?.text
      ? { ...d, aTo: d.aTo + 1, bTo: d.bTo + 1 }
      : d;
  });
}

function sameKeyCategory(x: Token, y: Token): VariantCategory {
  if (x.type === 'punctuation') return 'punctuation';
  if (x.simplified === y.simplified) return 'script';
  return x.type === 'numeral' ? 'numeral' : 'variant';
}
