/**
 * Differential test: the banded search (the fast aligner's first pass) against the plain full
 * dynamic programme over every cell, with the same costs, on seeded random parallel texts.
 */
import { describe, expect, it } from 'vitest';
import { alignChineseEnglish } from '../../src/core/align/align-chinese-english.ts';
import { alignmentProblem } from '../../src/core/align/types.ts';
import { buildLexicon, type LexiconEntry } from '../../src/core/align/lexicon.ts';
import { generateParallelText, seededRandom } from '../generators/parallel-text.ts';

/** A made-up dictionary: 400 two-character words with one-word glosses. */
function syntheticEntries(seed: number): LexiconEntry[] {
  const random = seededRandom(seed);
  const hanzi = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话';
  const syllables = ['ba', 'de', 'gui', 'hong', 'jin', 'ke', 'lun', 'mo', 'ning', 'pu', 'qi', 'ran', 'su', 'tang', 'wu', 'xin', 'yu', 'zhao'];
  return Array.from({ length: 400 }, (_, k) => {
    const word = hanzi[Math.floor(random() * hanzi.length)]! + hanzi[Math.floor(random() * hanzi.length)]!;
    const gloss = syllables[Math.floor(random() * syllables.length)]! + syllables[Math.floor(random() * syllables.length)]! + String.fromCharCode(97 + (k % 26));
    return [word, word, 'x', [gloss]] as const;
  });
}

describe('banded search agrees with the full dynamic programme', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}`, () => {
      const entries = syntheticEntries(seed);
      const lexicon = buildLexicon(entries);
      const text = generateParallelText(entries, 30 + seed * 15, seed);
      const fast = alignChineseEnglish(text.zh, text.en, lexicon, { learn: false });
      const full = alignChineseEnglish(text.zh, text.en, lexicon, { exhaustive: true });
      expect(alignmentProblem(fast, text.zh.length, text.en.length)).toBeNull();
      expect(alignmentProblem(full, text.zh.length, text.en.length)).toBeNull();
      expect(fast.beads.map((b) => [b.aStart, b.aEnd, b.bStart, b.bEnd])).toEqual(full.beads.map((b) => [b.aStart, b.aEnd, b.bStart, b.bEnd]));
    });
  }

  it('the two-pass aligner finds most of the true beads of generated text', () => {
    const entries = syntheticEntries(42);
    const text = generateParallelText(entries, 200, 42);
    const alignment = alignChineseEnglish(text.zh, text.en, buildLexicon(entries));
    const key = (a: readonly number[], b: readonly number[]) => `${a.join(',')}:${b.join(',')}`;
    const gold = new Set(text.gold.map(([a, b]) => key(a, b)));
    const range = (s: number, e: number) => Array.from({ length: e - s }, (_, k) => s + k);
    const hits = alignment.beads.filter((b) => gold.has(key(range(b.aStart, b.aEnd), range(b.bStart, b.bEnd)))).length;
    expect(hits / text.gold.length).toBeGreaterThan(0.8);
  });
});
