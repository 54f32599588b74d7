/**
 * Making a document's glossary (the corpus build, and the worker for texts users bring). Words are
 * found on the text read as simplified, character for character, so that a mixed-script form (the
 * treaty database's 赫魯晓夫) finds its CC-CEDICT entry (赫鲁晓夫) and is kept under the form the text has.
 */
import type { BuiltDocument } from '../model.ts';
import { segmentText } from '../model.ts';
import { chineseWords, type Lexicon, type LexiconEntry } from '../align/lexicon.ts';
import { englishContentStems, stemEnglish } from '../align/english-words.ts';
import { toSimplified } from '../text/opencc.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';

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
        for (const { word, simple } of wordsOf(segmentText(witness.text, witness.segments[s]!), lexicon)) {
          rowWords[r]!.add(word);
          if (entries[word]) continue;
          const found = index.get(simple) ?? index.get(word);
          if (!found) continue;
          entries[word] = found.map(([traditional, simplified, pinyin, glosses]) => ({ traditional, simplified, pinyin, glosses }));
          const wordStems = new Set([...(lexicon.glosses.get(simple) ?? lexicon.glosses.get(word) ?? []), ...found.flatMap(nameStems)]);
          if (wordStems.size > 0) stems[word] = [...wordStems];
          maxWordLength = Math.max(maxWordLength, [...word].length);
        }
      }
    });
  }
  addCharacterEntries(doc, chinese, index, entries);
  return { version: 1, document: doc.id, entries, stems, learned: learnedPairs(doc, rowWords, stems), maxWordLength };
}

/**
 * Every reading of each character of the texts, also of those that only stand inside longer words
 * (the 說 of 說話): the card of a character lists all its pronunciations, and a teacher correcting
 * a reading chooses among them. No stems: a character alone is not linked to English words.
 */
const CHARACTER_GLOSSES = 3;

function addCharacterEntries(doc: BuiltDocument, chinese: readonly number[], index: EntryIndex, entries: Record<string, GlossaryEntry[]>): void {
  for (const w of chinese) {
    for (const ch of doc.witnesses[w]!.text) {
      if (entries[ch] || !/\p{Script=Han}/u.test(ch)) continue;
      const found = index.get(simplifiedCharacter(ch)) ?? index.get(ch);
      // the first glosses of each reading say what it is; the card of a character shows no more
      if (found) entries[ch] = found.map(([traditional, simplified, pinyin, glosses]) => ({ traditional, simplified, pinyin, glosses: glosses.slice(0, CHARACTER_GLOSSES) }));
    }
  }
}

/** The words of a text, each as the text writes it and as simplified (where CC-CEDICT finds it). */
function wordsOf(text: string, lexicon: Lexicon): { word: string; simple: string }[] {
  const chars = [...text];
  const simple = chars.map(simplifiedCharacter);
  const out: { word: string; simple: string }[] = [];
  let at = 0;
  for (const word of chineseWords(simple.join(''), lexicon)) {
    const length = [...word].length;
    // the words come in order: the next one starts at the next place its characters stand
    while (at < simple.length && simple.slice(at, at + length).join('') !== word) at++;
    out.push({ word: chars.slice(at, at + length).join(''), simple: word });
    at += length;
  }
  return out;
}

const simplifiedCharacters = new Map<string, string>();

/** One character as simplified, or as it is where simplifying would change the number of characters. */
function simplifiedCharacter(ch: string): string {
  let simple = simplifiedCharacters.get(ch);
  if (simple === undefined) {
    const converted = toSimplified(ch);
    simple = [...converted].length === 1 ? converted : ch;
    simplifiedCharacters.set(ch, simple);
  }
  return simple;
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

