/**
 * Differences between two runs of tokens: diff on keys, then equal keys with different original
 * text classified (script, variant, numeral, punctuation), and insertions, deletions and
 * substitutions of keys called punctuation when they are only punctuation, substantive otherwise.
 */
import { diffKeys, type KeyRun } from './diff.ts';
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

/**
 * The differences between two runs of tokens, in order. Words (characters and numerals) are
 * diffed on their own, so that punctuation never decides how they line up: a comma that shifts
 * (然而，此 / 然，而此) or marks that differ at several places (甲、乙、丙 / 甲，乙，丙) leave the
 * words equal. Then the punctuation is compared in each gap where the words line up, and each
 * such difference is `punctuation`, classified on its own before anything could merge it with a
 * reading. The punctuation inside a changed passage belongs to the passage.
 */
export function compareTokens(a: readonly Token[], b: readonly Token[]): RawDifference[] {
  const aw = wordIndices(a);
  const bw = wordIndices(b);
  const out: RawDifference[] = [];
  const gapA = (g: number) => gapOf(a, aw, g);
  const gapB = (g: number) => gapOf(b, bw, g);
  /**
   * The punctuation of gap `ga` of A against gap `gb` of B: one difference, without the marks
   * written alike at either end (a mark of the other width or code, ，/, or ·/・, is a difference).
   */
  const punctuation = (ga: Range, gb: Range) => {
    let [af, at] = ga;
    let [bf, bt] = gb;
    while (af < at && bf < bt && a[af]!.text === b[bf]!.text) [af, bf] = [af + 1, bf + 1];
    while (af < at && bf < bt && a[at - 1]!.text === b[bt - 1]!.text) [at, bt] = [at - 1, bt - 1];
    if (af < at || bf < bt) out.push(difference('punctuation', af, at, bf, bt, af === at || bf === bt));
  };
  const steps = stepsOf(diffKeys(aw.map((k) => a[k]!.key), bw.map((k) => b[k]!.key)));
  if (steps.length === 0) punctuation(gapA(0), gapB(0));
  const oneSided = (step: Step | undefined) => step?.kind === 'edit' && (step.i2 === step.i || step.j2 === step.j);
  for (const [k, step] of steps.entries()) {
    const [previous, next] = [steps[k - 1], steps[k + 1]];
    if (step.kind === 'equal') {
      for (let t = 0; t <= step.n; t++) {
        // the gap before is the step before's to compare; the gap after, a one-sided edit's after it
        const skip = (t === 0 && previous !== undefined) || (t === step.n && oneSided(next));
        if (!skip) punctuation(gapA(step.i + t), gapB(step.j + t));
        if (t < step.n) sameKeyDifference(out, a, b, aw, bw, step.i + t, step.j + t);
      }
    } else if (!oneSided(step)) {
      if (previous === undefined) punctuation(gapA(step.i), gapB(step.j));
      out.push(difference('substantive', aw[step.i]!, aw[step.i2 - 1]! + 1, bw[step.j]!, bw[step.j2 - 1]! + 1, false));
      punctuation(gapA(step.i2), gapB(step.j2));
    } else if (step.i2 > step.i) {
      // words of A that B lacks: B's one gap there lines up with A's gap before them or after them,
      // and the other gap's punctuation goes with the words (all of it, where B has none: (签字))
      const [before, after, single] = [gapA(step.i), gapA(step.i2), gapB(step.j)];
      // a passage takes the punctuation after it (a sentence its 。) before the punctuation before it
      const lined = single[0] === single[1] ? null : samePunctuation(a, before, b, single) ? 'before' : samePunctuation(a, after, b, single) ? 'after' : 'neither';
      const passage = lined === null || lined === 'before' ? [lined === null ? before[0] : aw[step.i]!, after[1]] : lined === 'after' ? [before[0], aw[step.i2 - 1]! + 1] : null;
      // the gap that lines up may still be written otherwise (，/,)
      if (lined === 'before') punctuation(before, single);
      if (lined === 'after') punctuation(after, single);
      if (passage) out.push(difference('substantive', passage[0]!, passage[1]!, passage[0] === before[0] ? single[0] : single[1], passage[0] === before[0] ? single[0] : single[1], true));
      else {
        punctuation(before, single);
        out.push(difference('substantive', aw[step.i]!, aw[step.i2 - 1]! + 1, single[1], single[1], true));
        punctuation(after, [single[1], single[1]]);
      }
    } else {
      // words of B that A lacks, the same way round
      const [before, after, single] = [gapB(step.j), gapB(step.j2), gapA(step.i)];
      // a passage takes the punctuation after it (a sentence its 。) before the punctuation before it
      const lined = single[0] === single[1] ? null : samePunctuation(b, before, a, single) ? 'before' : samePunctuation(b, after, a, single) ? 'after' : 'neither';
      const passage = lined === null || lined === 'before' ? [lined === null ? before[0] : bw[step.j]!, after[1]] : lined === 'after' ? [before[0], bw[step.j2 - 1]! + 1] : null;
      // the gap that lines up may still be written otherwise (，/,)
      if (lined === 'before') punctuation(single, before);
      if (lined === 'after') punctuation(single, after);
      if (passage) out.push(difference('substantive', passage[0] === before[0] ? single[0] : single[1], passage[0] === before[0] ? single[0] : single[1], passage[0]!, passage[1]!, true));
      else {
        punctuation(single, before);
        out.push(difference('substantive', single[1], single[1], bw[step.j]!, bw[step.j2 - 1]! + 1, true));
        punctuation([single[1], single[1]], after);
      }
    }
  }
  return out.sort((x, y) => x.aFrom - y.aFrom || x.aTo - y.aTo || x.bFrom - y.bFrom);
}

type Range = [from: number, to: number];

/** The diff in steps: runs of equal words, and edit regions (the non-equal runs between two equal ones). */
type Step = { readonly kind: 'equal'; readonly i: number; readonly j: number; readonly n: number } | { readonly kind: 'edit'; readonly i: number; readonly i2: number; readonly j: number; readonly j2: number };

function stepsOf(runs: readonly KeyRun[]): Step[] {
  const steps: Step[] = [];
  for (const run of runs) {
    const last = steps.at(-1);
    if (run.op === 'equal') steps.push({ kind: 'equal', i: run.aFrom, j: run.bFrom, n: run.aTo - run.aFrom });
    else if (last?.kind === 'edit') steps[steps.length - 1] = { ...last, i2: run.aTo, j2: run.bTo };
    else steps.push({ kind: 'edit', i: run.aFrom, i2: run.aTo, j: run.bFrom, j2: run.bTo });
  }
  return steps;
}

/** The tokens of gap `g` (before word `g`; the last gap is after the last word), as [from, to) of all tokens. */
function gapOf(tokens: readonly Token[], words: readonly number[], g: number): Range {
  return [g === 0 ? 0 : words[g - 1]! + 1, g === words.length ? tokens.length : words[g]!];
}

function samePunctuation(x: readonly Token[], gx: Range, y: readonly Token[], gy: Range): boolean {
  return gx[1] - gx[0] === gy[1] - gy[0] && x.slice(gx[0], gx[1]).every((t, k) => t.key === y[gy[0] + k]!.key);
}

/** The indices of the tokens that are words (characters and numerals), not punctuation. */
function wordIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.type !== 'punctuation') out.push(k);
  return out;
}

/**
 * Words `x` of A and `y` of B (word indices) with one key: a difference when written differently,
 * joined to the one before when it is of the same category and right beside it on both sides
 * (with a numeral's unit between, 1958年7月 / 一九五八年七月).
 */
function sameKeyDifference(out: RawDifference[], a: readonly Token[], b: readonly Token[], aw: readonly number[], bw: readonly number[], x: number, y: number): void {
  const [ta, tb] = [aw[x]!, bw[y]!];
  const unitAt = (p: number, q: number) => p >= 0 && q >= 0 && p < a.length && q < b.length && NUMERAL_UNITS.test(a[p]!.text) && a[p]!.text === b[q]!.text;
  if (a[ta]!.text === b[tb]!.text) {
    // a date's last unit goes with it: 三十一日 / 31日
    const last = out.at(-1);
    if (last && last.category === 'numeral' && last.aTo === ta && last.bTo === tb && unitAt(ta, tb) && !(x > 0 && unitAt(aw[x - 1]!, bw[y - 1]!) && last.aTo - 1 === aw[x - 1])) {
      out[out.length - 1] = difference('numeral', last.aFrom, ta + 1, last.bFrom, tb + 1, false);
    }
    return;
  }
  const category = sameKeyCategory(a[ta]!, b[tb]!);
  const last = out.at(-1);
  const beside = last !== undefined && last.category === category && last.aTo === ta && last.bTo === tb;
  const overUnit = last !== undefined && category === 'numeral' && last.category === 'numeral' && last.aTo === ta - 1 && last.bTo === tb - 1 && unitAt(ta - 1, tb - 1);
  if (beside || overUnit) out[out.length - 1] = difference(category, last!.aFrom, ta + 1, last!.bFrom, tb + 1, false);
  else out.push(difference(category, ta, ta + 1, tb, tb + 1, false));
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
