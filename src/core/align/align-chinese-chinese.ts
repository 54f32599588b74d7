/**
 * Chinese ↔ Chinese sentence alignment of two transcriptions of one text: sentences compared by
 * their characters after traditional → simplified conversion, with numbers read as values
 * (一九五八年 = 1958年), plus the same length and structure cues as Chinese ↔ English.
 */
import { alignFeatures, type AlignOptions } from './align-sentences.ts';
import { DEFAULT_WEIGHTS, structuralClass, type CostWeights } from './bead-cost.ts';
import { Vocabulary, type SentenceFeatures } from './sentence-features.ts';
import { NUMERAL_CHARS, numeralValue } from '../text/numerals.ts';
import { toSimplified } from '../text/opencc.ts';
import type { Alignment } from './types.ts';

/**
 * Two transcriptions agree far more than a translation does: character overlap decides, the
 * length ratio is near 1, and a sentence missing from one side is rarer than a split.
 */
export const CHINESE_CHINESE_WEIGHTS: CostWeights = {
  ...DEFAULT_WEIGHTS,
  length: 0.5,
  lexical: 10,
  numberMatch: 1,
  numberMismatch: 0.5,
  name: 0,
};

const HAN_OR_LETTER = /[\p{Script=Han}\p{L}]/u;
const NUMERAL_RUN = new RegExp(`${NUMERAL_CHARS.source}{2,}|[0-9０-９]+`, 'gu');

function features(text: string, vocabulary: Vocabulary): SentenceFeatures {
  const simplified = toSimplified(text);
  const numbers: number[] = [];
  for (const m of simplified.matchAll(NUMERAL_RUN)) {
    const value = numeralValue(m[0]);
    if (value !== null) numbers.push(value);
  }
  const words: number[] = [];
  let length = 0;
  for (const ch of simplified) {
    if (/\s/u.test(ch)) continue;
    length++;
    // punctuation counts too, so a sentence that is all punctuation still finds its twin
    if (!NUMERAL_CHARS.test(ch)) words.push(vocabulary.id(HAN_OR_LETTER.test(ch) ? ch : `P${ch.normalize('NFKC')}`));
  }
  // punctuation is among the words already
  return { length, words, numbers, names: [], marks: [0, 0, 0, 0] };
}

export interface ChineseChineseOptions extends AlignOptions {
  readonly aKinds?: readonly string[];
  readonly bKinds?: readonly string[];
}

/** Align two Chinese witnesses' sentences (A and B), as they stand (traditional, simplified or mixed). */
export function alignChineseChinese(a: readonly string[], b: readonly string[], options: ChineseChineseOptions = {}): Alignment {
  const vocabulary = new Vocabulary();
  const aFeatures = a.map((s) => features(s, vocabulary));
  const bFeatures = b.map((s) => features(s, vocabulary));
  const identity = vocabulary.words.map((_, id) => [id]);
  const classes = (kinds: readonly string[] | undefined, texts: readonly string[]) =>
    kinds ? { classes: Uint8Array.from(kinds, (kind, k) => structuralClass(kind, texts[k])) } : {};
  return alignFeatures(
    { features: aFeatures, vocabularySize: vocabulary.words.length, ...classes(options.aKinds, a) },
    { features: bFeatures, vocabularySize: vocabulary.words.length, ...classes(options.bKinds, b) },
    identity,
    // two transcriptions stay close to the diagonal: a narrow band, moved along the path as needed
    { learn: false, weights: CHINESE_CHINESE_WEIGHTS, bandWidth: 12, ...options },
  );
}
