/**
 * A document's glossary: every Chinese word of its texts (by longest match against CC-CEDICT, as
 * the aligner reads them) with its dictionary entries — both character forms, pinyin, glosses —
 * and the English base forms its glosses give, plus word pairs the document itself suggests
 * (words that keep turning up in the same rows). Built once by the corpus build, so the reader
 * needs no full dictionary; the reader uses it for the dictionary card and word-level counterparts.
 */
import type { BuiltDocument } from '../model.ts';
import { segmentText } from '../model.ts';
import { chineseWords, type Lexicon, type LexiconEntry } from '../align/lexicon.ts';
import { englishContentStems, stemEnglish } from '../align/english-words.ts';

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

/** Entries by form, for building glossaries. */
export type EntryIndex = ReadonlyMap<string, readonly LexiconEntry[]>;

export function indexEntries(entries: Iterable<LexiconEntry>): Map<string, LexiconEntry[]> {
  const index = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    for (const form of new Set([entry[0], entry[1]])) {
      const list = index.get(form);
      if (list) list.push(entry);
      else index.set(form, [entry]);
    }
  }
  return index;
}

/** Rows two words must share at least, and how strongly (Dice), for the document to suggest a pair. */
const MIN_SHARED_ROWS = 3;
const MIN_DICE = 0.7;

/** The glossary of a document's Chinese texts; null when it has none. */
export function buildGlossary(doc: BuiltDocument, lexicon: Lexicon, index: EntryIndex): Glossary | null {
  const chinese = doc.witnesses.flatMap((w, i) => (w.lang === 'zh' ? [i] : []));
  if (chinese.length === 0) return null;
  const entries: Record<string, GlossaryEntry[]> = {};
  const stems: Record<string, string[]> = {};
  let maxWordLength = 1;
  const rowWords: Set<string>[] = doc.rows.map(() => new Set());
  for (const w of chinese) {
    const witness = doc.witnesses[w]!;
    doc.rows.forEach((row, r) => {
      const cell = row.cells[w]!;
      for (let s = cell.start; s < cell.end; s++) {
        for (const word of chineseWords(segmentText(witness.text, witness.segments[s]!), lexicon)) {
          rowWords[r]!.add(word);
          if (entries[word]) continue;
          const found = index.get(word);
          if (!found) continue;
          entries[word] = found.map(([traditional, simplified, pinyin, glosses]) => ({ traditional, simplified, pinyin, glosses }));
          const wordStems = new Set([...(lexicon.glosses.get(word) ?? []), ...found.flatMap(nameStems)]);
          if (wordStems.size > 0) stems[word] = [...wordStems];
          maxWordLength = Math.max(maxWordLength, [...word].length);
        }
      }
    });
  }
  return { version: 1, document: doc.id, entries, stems, learned: learnedPairs(doc, rowWords, stems), maxWordLength };
}

/**
 * A name's English spelling, from its gloss: the capitalised words before any explanation
 * (`Nikita Khrushchev (1894–1971), …` → nikita, khrushchev); the aligner's lexicon drops such
 * long glosses, but a reader wants 赫鲁晓夫 to find Khrushchev.
 */
function nameStems([, , pinyin, glosses]: LexiconEntry): string[] {
  if (!/^[A-Z]/.test(pinyin)) return [];
  const head = (glosses[0] ?? '').split(/[(,;]/)[0]!;
  return (head.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).map(stemEnglish);
}

/** Pairs of a Chinese word and an English stem that share rows often (Dice), where the dictionary gives no link. */
function learnedPairs(doc: BuiltDocument, rowWords: readonly Set<string>[], stems: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const english = doc.witnesses.findIndex((w) => w.lang === 'en');
  if (english < 0) return {};
  const witness = doc.witnesses[english]!;
  const wordRows = new Map<string, number>();
  const stemRows = new Map<string, number>();
  const pairRows = new Map<string, number>();
  doc.rows.forEach((row, r) => {
    const cell = row.cells[english]!;
    const rowStems = new Set<string>();
    for (let s = cell.start; s < cell.end; s++) for (const stem of englishContentStems(segmentText(witness.text, witness.segments[s]!))) rowStems.add(stem);
    // only words the dictionary does not already link with something in this row
    const words = [...rowWords[r]!].filter((w) => [...w].length > 1 && !(stems[w] ?? []).some((x) => rowStems.has(x)));
    for (const w of words) wordRows.set(w, (wordRows.get(w) ?? 0) + 1);
    for (const s of rowStems) stemRows.set(s, (stemRows.get(s) ?? 0) + 1);
    for (const w of words) for (const s of rowStems) pairRows.set(`${w}\u0000${s}`, (pairRows.get(`${w}\u0000${s}`) ?? 0) + 1);
  });
  const learned: Record<string, string[]> = {};
  for (const [key, shared] of pairRows) {
    if (shared < MIN_SHARED_ROWS) continue;
    const [w, s] = key.split('\u0000') as [string, string];
    if ((2 * shared) / (wordRows.get(w)! + stemRows.get(s)!) < MIN_DICE) continue;
    (learned[w] ??= []).push(s);
  }
  return learned;
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
