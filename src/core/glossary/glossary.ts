/**
 * A document's glossary: every Chinese word of its texts (by longest match against CC-CEDICT, as
 * the aligner reads them) with its dictionary entries — both character forms, pinyin, glosses —
 * and the English base forms its glosses give, plus word pairs the document itself suggests
 * (words that keep turning up in the same rows). Built once by the corpus build, so the reader
 * needs no full dictionary; the reader uses it for the dictionary card and word-level counterparts.
 * This module reads glossaries (it is in the reader's first load); `build-glossary.ts` makes them.
 */
import { englishContentStems } from '../align/english-words.ts';

export interface GlossaryEntry {
  readonly traditional: string;
  readonly simplified: string;
  /** CC-CEDICT's numbered pinyin (`Mao2 Ze2 dong1`). */
  readonly pinyin: string;
  readonly glosses: readonly string[];
}

export interface Glossary {
  readonly version: 1;
  readonly document: string;
  /** Word → its dictionary entries (a word can have several readings). */
  readonly entries: Readonly<Record<string, readonly GlossaryEntry[]>>;
  /** Word → the English base forms its glosses give (the aligner's stems). */
  readonly stems: Readonly<Record<string, readonly string[]>>;
  /** Word → English base forms it keeps sharing rows with, where the dictionary says nothing. */
  readonly learned: Readonly<Record<string, readonly string[]>>;
  /** Longest word, in characters. */
  readonly maxWordLength: number;
}

export interface WordSpan {
  /** UTF-16 offsets within the text given. */
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** The glossary's words in a Chinese text, by longest match (as the glossary was built); other characters are left out. */
export function chineseWordSpans(text: string, glossary: Pick<Glossary, 'entries' | 'maxWordLength'>): WordSpan[] {
  const spans: WordSpan[] = [];
  const chars = [...text];
  let at = 0;
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i]!;
    if (!/\p{Script=Han}/u.test(ch)) {
      at += ch.length;
      i++;
      continue;
    }
    let length = Math.min(glossary.maxWordLength, chars.length - i);
    for (; length > 1; length--) if (glossary.entries[chars.slice(i, i + length).join('')]) break;
    const word = chars.slice(i, i + length).join('');
    spans.push({ start: at, end: at + word.length, word });
    at += word.length;
    i += length;
  }
  return spans;
}

/** The English words of a text with their base forms (`stem` null for words too common to link). */
export function englishWordSpans(text: string): { start: number; end: number; stem: string | null }[] {
  const spans: { start: number; end: number; stem: string | null }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const stem = englishContentStems(m[0])[0] ?? null;
    spans.push({ start: m.index, end: m.index + m[0].length, stem });
  }
  return spans;
}

/**
 * Function words whose glosses mislead more than they help (和 "and" has the glosses "peace" and
 * "together", 的 "target"): they are not linked to English words. Their dictionary card still shows.
 */
const FUNCTION_WORDS = new Set('的 了 和 在 地 得 着 是 与 及 并 之 也 而 或 于 於 对 把 被 所 其 这 那 们 個 个'.split(' '));

/** The English base forms a Chinese word points to: the dictionary's, and those the document suggests. */
export function stemsOfWord(glossary: Glossary, word: string): { dictionary: readonly string[]; learned: readonly string[] } {
  if (FUNCTION_WORDS.has(word)) return { dictionary: [], learned: [] };
  return { dictionary: glossary.stems[word] ?? [], learned: glossary.learned[word] ?? [] };
}

/** The Chinese words an English base form points to, among `words`: by the dictionary first, else as the document suggests. */
export function wordsOfStem(glossary: Glossary, stem: string, words: Iterable<string>): string[] {
  const list = [...new Set(words)].filter((w) => !FUNCTION_WORDS.has(w));
  const byDictionary = list.filter((w) => glossary.stems[w]?.includes(stem));
  return byDictionary.length > 0 ? byDictionary : list.filter((w) => glossary.learned[w]?.includes(stem));
}

/** Whether an entry only points to another form (`old variant of 和[he2]`) or is a surname: the card lists it last, a gloss is not taken from it. */
export function isSecondaryEntry(entry: GlossaryEntry): boolean {
  return entry.glosses.every((g) => /^(\(\w+\) )?(old |archaic |erhua )?variant of\b|^surname\b|^used in\b/i.test(g));
}

/** A word's entries with its own readings first, those that only point elsewhere after them, each group in CC-CEDICT's order. */
export function entriesByUse(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries.filter((e) => !isSecondaryEntry(e)), ...entries.filter(isSecondaryEntry)];
}
