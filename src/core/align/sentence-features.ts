/**
 * What the aligner knows of each sentence: its length, its words as integer ids, the numbers it
 * names and the romanised names it holds. Computed once per sentence; beads combine them.
 */
import { NUMERAL_CHARS, numeralValue } from '../text/numerals.ts';
import { englishContentStems, englishWords } from './english-words.ts';
import { chineseWordsFewest, type Lexicon } from './lexicon.ts';

export interface SentenceFeatures {
  /** Length in code points, without whitespace. */
  readonly length: number;
  /** Word ids (Chinese words or English base forms, in the vocabulary of their side). */
  readonly words: readonly number[];
  readonly numbers: readonly number[];
  /** Romanised names: Chinese names read through the lexicon; English runs of capitalised words. */
  readonly names: readonly string[];
  /**
   * Question marks, exclamation marks and quotation marks: a translation keeps a sentence's kind (a
   * question, a cry, speech); and the quotations it opens less those it closes: a speech is
   * translated whole, so a bead that leaves one open on one side and not the other is suspect.
   */
  readonly marks: readonly [questions: number, exclamations: number, quotes: number, quoteBalance: number];
}

/** Word ↔ id for one side. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
  lookup(word: string): number | undefined {
    return this.ids.get(word);
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
};
const ZH_NUMERAL_RUN = new RegExp(`${NUMERAL_CHARS.source}+`, 'gu');
/** A Chinese numeral counts when it is written in digits, is long, or is a date or count. */
const ZH_NUMBER_CONTEXT = /^[年月日号時时点个位万亿次届]/u;

export function chineseFeatures(text: string, lexicon: Lexicon, vocabulary: Vocabulary): SentenceFeatures {
  const words = chineseWordsFewest(text, lexicon);
  const numbers: number[] = [];
  for (const m of text.matchAll(ZH_NUMERAL_RUN)) {
    const run = m[0];
    const after = text.slice(m.index + run.length, m.index + run.length + 1);
    if (/[0-9０-９]/.test(run) || [...run].length >= 3 || ZH_NUMBER_CONTEXT.test(after)) {
      const value = numeralValue(run);
      if (value !== null) numbers.push(value);
    }
  }
  const names = words.flatMap((w) => {
    const name = lexicon.names.get(w);
    return name ? [name] : [];
  });
  return { length: countChars(text), words: words.map((w) => vocabulary.id(w)), numbers, names, marks: marksOf(text) };
}

export function englishFeatures(text: string, vocabulary: Vocabulary): SentenceFeatures {
  const numbers: number[] = [];
  const tokens = englishWords(text);
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (/^\d+$/.test(t)) numbers.push(Number(t));
    else if (MONTHS.includes(lower)) numbers.push(MONTHS.indexOf(lower) + 1);
    else if (lower in NUMBER_WORDS) numbers.push(NUMBER_WORDS[lower]!);
  }
  return { length: countChars(text), words: englishContentStems(text).map((w) => vocabulary.id(w)), numbers, names: capitalisedRuns(tokens), marks: marksOf(text) };
}

/** `Zhou Enlai` → `zhouenlai`, `zhou`, `enlai`: runs of up to three capitalised words, joined. */
function capitalisedRuns(tokens: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let k = i; k < Math.min(tokens.length, i + 3) && /^\p{Lu}/u.test(tokens[k]!); k++) {
      joined += tokens[k]!.toLowerCase().replace(/[-'’]/g, '');
      runs.push(joined);
    }
  }
  return runs;
}

function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

function marksOf(text: string): [number, number, number, number] {
  let questions = 0;
  let exclamations = 0;
  let quotes = 0;
  for (const ch of text) {
    if (ch === '?' || ch === '？') questions++;
    else if (ch === '!' || ch === '！') exclamations++;
    else if ('“”"「」『』'.includes(ch)) quotes++;
  }
  // whether a sentence asks, cries or speaks, not how often: a translator may double a question
  const { opens, closes } = quotations(text);
  return [Math.min(questions, 1), Math.min(exclamations, 1), Math.min(Math.max(quotes, opens + closes), 2), opens - closes];
}

const OPENING = /[“「『‘]|(?<=^|[\s(\[—–-])['"](?=\S)/gu;
const CLOSING = /[”」』’]|(?<=[\p{L}\p{N}.,!?;:…—–-])['"](?=$|[\s)\].,!?;:…—–-])/gu;

/**
 * Quotation marks that open and that close, single quotes included (British English quotes
 * speech in them): a straight quote opens before a word and closes after one; an apostrophe
 * inside a word (it's, Bao-yu's) is neither.
 */
function quotations(text: string): { opens: number; closes: number } {
  return { opens: text.match(OPENING)?.length ?? 0, closes: text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '').match(CLOSING)?.length ?? 0 };
}
