/**
 * Differences between two runs of tokens: diff on keys, then equal keys with different original
 * text classified (script, variant, numeral, punctuation), and insertions, deletions and
 * substitutions of keys called punctuation when they are only punctuation, substantive otherwise.
 */
import { diffKeys, type KeyRun } from './diff.ts';
import type { Token } from './tokens.ts';
import { assertNever, type VariantCategory } from '../model-variant.ts';
import { openccVariantTable } from './opencc-variants.ts';
import { GLYPH_FORM_PAIRS, VARIANT_SOURCE } from './variant-table.ts';
import { isSimplifiedOnly, isTraditionalOnly, unihanVariant, type VariantStrength } from '../text/unihan.ts';
import type { ChineseScript } from '../text/script.ts';

/** A difference inside one row, before moves are found: token ranges of A and B. */
export interface RawDifference {
  readonly category: VariantCategory;
  /** The rule or table that decided the category (`OpenCC t2s: 後 → 后`, `Unihan kZVariant`). */
  readonly reason: string;
  /** For a variant: `full` (the same character) or `partial` (interchangeable in some senses). */
  readonly strength?: VariantStrength;
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
  /** An insertion or deletion (not a substitution): a candidate for a move. */
  readonly oneSided: boolean;
}

/** Units a numeral difference takes along (一九五八年 / 1958年 is one difference, not two). */
const NUMERAL_UNITS = /^[年月日号時时]$/u;

/** The script of each witness: it decides whether two forms OpenCC folds together are one character (script) or two readings. */
export interface WitnessScripts {
  readonly a: ChineseScript;
  readonly b: ChineseScript;
}

const MIXED: WitnessScripts = { a: 'mixed', b: 'mixed' };

interface Decision {
  readonly category: VariantCategory;
  readonly reason: string;
  readonly strength?: VariantStrength;
}

const difference = (decision: Decision, aFrom: number, aTo: number, bFrom: number, bTo: number, oneSided: boolean): RawDifference =>
  decision.strength === undefined
    ? { category: decision.category, reason: decision.reason, aFrom, aTo, bFrom, bTo, oneSided }
    : { category: decision.category, reason: decision.reason, strength: decision.strength, aFrom, aTo, bFrom, bTo, oneSided };

const SUBSTANTIVE: Decision = { category: 'substantive', reason: 'other characters, after script, variant forms, numerals and punctuation are set aside' };

/**
 * The differences between two runs of tokens, in order. Words (characters and numerals) are
 * diffed on their own, so that punctuation never decides how they line up: a comma that shifts
 * (然而，此 / 然，而此) or marks that differ at several places (甲、乙、丙 / 甲，乙，丙) leave the
 * words equal. Then the punctuation is compared in each gap where the words line up, and each
 * such difference is `punctuation`, classified on its own before anything could merge it with a
 * reading. The punctuation inside a changed passage belongs to the passage.
 */
export function compareTokens(a: readonly Token[], b: readonly Token[], scripts: WitnessScripts = MIXED): RawDifference[] {
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
    if (af < at || bf < bt) out.push(difference(punctuationDecision(a.slice(af, at), b.slice(bf, bt)), af, at, bf, bt, af === at || bf === bt));
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
        if (t < step.n) sameKeyDifference(out, a, b, aw, bw, step.i + t, step.j + t, scripts);
      }
    } else if (!oneSided(step)) {
      if (previous === undefined) punctuation(gapA(step.i), gapB(step.j));
      const [af, at, bf, bt] = [aw[step.i]!, aw[step.i2 - 1]! + 1, bw[step.j]!, bw[step.j2 - 1]! + 1];
      out.push(difference(substitutionDecision(aw.slice(step.i, step.i2).map((k) => a[k]!), bw.slice(step.j, step.j2).map((k) => b[k]!)), af, at, bf, bt, false));
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
      if (passage) out.push(difference(SUBSTANTIVE, passage[0]!, passage[1]!, passage[0] === before[0] ? single[0] : single[1], passage[0] === before[0] ? single[0] : single[1], true));
      else {
        punctuation(before, single);
        out.push(difference(SUBSTANTIVE, aw[step.i]!, aw[step.i2 - 1]! + 1, single[1], single[1], true));
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
      if (passage) out.push(difference(SUBSTANTIVE, passage[0] === before[0] ? single[0] : single[1], passage[0] === before[0] ? single[0] : single[1], passage[0]!, passage[1]!, true));
      else {
        punctuation(single, before);
        out.push(difference(SUBSTANTIVE, single[1], single[1], bw[step.j]!, bw[step.j2 - 1]! + 1, true));
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
function sameKeyDifference(out: RawDifference[], a: readonly Token[], b: readonly Token[], aw: readonly number[], bw: readonly number[], x: number, y: number, scripts: WitnessScripts): void {
  const [ta, tb] = [aw[x]!, bw[y]!];
  const unitAt = (p: number, q: number) => p >= 0 && q >= 0 && p < a.length && q < b.length && NUMERAL_UNITS.test(a[p]!.text) && a[p]!.text === b[q]!.text;
  if (a[ta]!.text === b[tb]!.text) {
    // a date's last unit goes with it: 三十一日 / 31日
    const last = out.at(-1);
    if (last && last.category === 'numeral' && last.aTo === ta && last.bTo === tb && unitAt(ta, tb) && !(x > 0 && unitAt(aw[x - 1]!, bw[y - 1]!) && last.aTo - 1 === aw[x - 1])) {
      out[out.length - 1] = difference(last, last.aFrom, ta + 1, last.bFrom, tb + 1, false);
    }
    return;
  }
  const decision = sameKeyDecision(a[ta]!, b[tb]!, scripts);
  const { category } = decision;
  const last = out.at(-1);
  const beside = last !== undefined && last.category === category && last.strength === decision.strength && last.aTo === ta && last.bTo === tb;
  const overUnit = last !== undefined && category === 'numeral' && last.category === 'numeral' && last.aTo === ta - 1 && last.bTo === tb - 1 && unitAt(ta - 1, tb - 1);
  if (beside || overUnit) out[out.length - 1] = difference(joinedDecision(last, decision), last.aFrom, ta + 1, last.bFrom, tb + 1, false);
  else out.push(difference(decision, ta, ta + 1, tb, tb + 1, false));
}

/** Two decisions of one category side by side as one: their reasons listed once each. */
function joinedDecision(last: Decision, next: Decision): Decision {
  if (last.category === 'numeral' || last.reason === next.reason || last.reason.includes(next.reason)) return last;
  // `OpenCC t2s: 們 → 们` and `OpenCC t2s: 國 → 国` say `OpenCC t2s: 們 → 们, 國 → 国`
  const [lastRule, lastWhat] = last.reason.split(': ');
  const [nextRule, nextWhat] = next.reason.split(': ');
  const reason = lastRule === nextRule && lastWhat && nextWhat ? `${lastRule}: ${lastWhat}, ${nextWhat}` : `${last.reason}; ${next.reason}`;
  return { ...last, reason };
}

/** The decision for two tokens with one key and different text. */
function sameKeyDecision(x: Token, y: Token, scripts: WitnessScripts): Decision {
  switch (x.type) {
    case 'punctuation':
      return punctuationDecision([x], [y]);
    case 'numeral':
      return x.simplified === y.simplified
        ? { category: 'script', reason: `OpenCC t2s: ${scriptPair(x, y)}` }
        : { category: 'numeral', reason: `numeral value ${x.key.startsWith('#') ? x.key.slice(1) : x.simplified}` };
    case 'char': {
      const listed = listedVariant(x, y);
      if (listed) return listed;
      // two forms that are neither the simplified one are two traditional characters, which OpenCC
      // folds into one simplified form (乾, 幹 → 干): variant forms if Unihan says so, else two readings
      const bothTraditional = x.text !== x.simplified && y.text !== y.simplified;
      if (!bothTraditional && isOneCharacter(x, y, scripts)) return { category: 'script', reason: `OpenCC t2s: ${scriptPair(x, y)}` };
      return variantDecision(x, y) ?? {
        category: 'substantive',
        reason: bothTraditional
          ? `${x.text} and ${y.text} are different characters (OpenCC t2s folds both to ${x.simplified})`
          : `two ${scriptName(scripts.a)} witnesses: ${x.text} and ${y.text} are different characters (OpenCC t2s folds both to ${x.simplified})`,
      };
    }
    default:
      return assertNever(x.type);
  }
}

/**
 * Whether two forms that simplify alike are one character in the two witnesses' scripts: a
 * traditional form in the traditional witness and its simplified form in the simplified one (後 /
 * 后), a form only the other script has, or anything in a witness of mixed script. Between two
 * traditional (or two simplified) witnesses, 後 and 后, 乾 and 幹 are two readings.
 */
function isOneCharacter(x: Token, y: Token, scripts: WitnessScripts): boolean {
  if (scripts.a === 'mixed' || scripts.b === 'mixed') return true;
  // a form only the other script has (鮮 in a simplified text, 们 in a traditional one) is that
  // script's writing of the same character: a stray, not a reading
  if (scripts.a === scripts.b) return scripts.a === 'hans' ? isTraditionalOnly(x.text) || isTraditionalOnly(y.text) : isSimplifiedOnly(x.text) || isSimplifiedOnly(y.text);
  return scripts.a === 'hant' ? y.text === x.simplified : x.text === y.simplified;
}

function scriptName(script: ChineseScript): string {
  return script === 'hant' ? 'traditional' : script === 'hans' ? 'simplified' : 'mixed';
}

/** `後 → 后`: the traditional form and the simplified one (both, when neither is simplified: `乾, 幹 → 干`). */
function scriptPair(x: Token, y: Token): string {
  if (x.text === x.simplified) return `${y.text} → ${x.text}`;
  if (y.text === y.simplified) return `${x.text} → ${y.text}`;
  return `${x.text}, ${y.text} → ${x.simplified}`;
}

/** The variant tables of this project (1955, 1986) name one as a variant form of the other (拚/拼, which OpenCC also folds). */
function listedVariant(x: Token, y: Token): Decision | null {
  const pair = VARIANT_SOURCE.get(`${x.text}${y.simplified}`) ?? VARIANT_SOURCE.get(`${y.text}${x.simplified}`);
  return pair ? { category: 'variant', strength: 'full', reason: `${pair}: ${x.text}/${y.text}` } : null;
}

/**
 * The two characters are variant forms: one in two printed shapes (this project's glyph list),
 * paired by Unihan (as written, or as simplified), or by OpenCC's regional variant tables.
 */
function variantDecision(x: Token, y: Token): Decision | null {
  const variant = (strength: VariantStrength, source: string): Decision => ({ category: 'variant', strength, reason: `${source}: ${x.text}/${y.text}` });
  const glyphs = [`${x.text}${y.text}`, `${y.text}${x.text}`, `${x.text}${y.simplified}`, `${y.text}${x.simplified}`];
  if (glyphs.some((pair) => GLYPH_FORM_PAIRS.has(pair))) return variant('full', 'printed glyph forms (字形)');
  const found = unihanVariant(x.text, y.text) ?? unihanVariant(x.simplified, y.simplified) ?? unihanVariant(x.text, y.simplified) ?? unihanVariant(x.simplified, y.text);
  if (found) return variant(found.strength, found.reason);
  const table = openccVariantTable(x.text, y.text);
  return table ? variant('full', table) : null;
}

/**
 * A substitution of words: a variant when it is one character for one (or as many for as many,
 * each pair variant forms), else substantive.
 */
function substitutionDecision(a: readonly Token[], b: readonly Token[]): Decision {
  if (a.length !== b.length || a.length > 4 || !a.every((t, k) => t.type === 'char' && b[k]!.type === 'char')) return SUBSTANTIVE;
  const decisions = a.map((t, k) => variantDecision(t, b[k]!));
  if (decisions.some((d) => d === null)) return SUBSTANTIVE;
  const found = decisions as Decision[];
  const strength: VariantStrength = found.every((d) => d.strength === 'full') ? 'full' : 'partial';
  return { category: 'variant', strength, reason: found.map((d) => d.reason).join('; ') };
}

/** A punctuation difference, with what changed: `punctuation: 、 → ，`. */
function punctuationDecision(a: readonly Token[], b: readonly Token[]): Decision {
  const show = (tokens: readonly Token[]) => (tokens.length === 0 ? '∅' : tokens.map((t) => t.text).join(''));
  return { category: 'punctuation', reason: `punctuation: ${show(a)} → ${show(b)}` };
}
