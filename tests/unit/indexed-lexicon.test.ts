/**
 * The lexicon's indexed text answers every lookup as the maps it was made from do: for words it
 * has and words it lacks (astral characters, words sorting at either end, prefixes of words), and
 * the aligner's output is the same with either. A text that is not a lexicon is refused, saying why.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLexicon, chineseWords, chineseWordsFewest, type LexiconEntry } from '../../src/core/align/lexicon.ts';
import { indexedLexicon, lexiconToIndexedText } from '../../src/core/align/indexed-lexicon.ts';
import { alignChineseEnglish } from '../../src/core/align/align-chinese-english.ts';
import { loadCedictLexicon, loadCedictMapLexicon } from '../../src/cli/cedict.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const han = fc.constantFrom(...'中国人民共和一二三朋友好𠀀𠀁𪚥龜亀毛泽东澤東', 'a');
const word = fc.array(han, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

describe('the indexed lexicon', () => {
  it('property: answers get and has as the maps do, for words it has and lacks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.array(fc.constantFrom('friend', 'people', 'china', 'good', 'repub'), { minLength: 1, maxLength: 3 }), fc.boolean()), { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (rows, probes) => {
        const entries: LexiconEntry[] = rows.map(([w, glosses, name]) => [w, w, name ? 'Mao2 Ze2 dong1' : 'peng2 you5', glosses]);
        const maps = buildLexicon(entries);
        const indexed = indexedLexicon(lexiconToIndexedText(maps));
        expect(indexed.maxWordLength).toBe(maps.maxWordLength);
        for (const probe of [...probes, ...rows.map(([w]) => w)]) {
          expect(indexed.glosses.get(probe), probe).toEqual(maps.glosses.get(probe));
          expect(indexed.glosses.has(probe), probe).toBe(maps.glosses.has(probe));
          expect(indexed.names.get(probe), probe).toBe(maps.names.get(probe));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the CC-CEDICT lexicon: every word of the corpus is read into the same words, and the communiqué aligns the same', () => {
    const maps = loadCedictMapLexicon();
    const indexed = loadCedictLexicon();
    const corpus = buildCorpusFromDisk();
    for (const doc of corpus) for (const w of doc.witnesses.filter((x) => x.lang === 'zh')) expect(chineseWords(w.text, indexed)).toEqual(chineseWords(w.text, maps));
    const doc = corpus.find((d) => d.id === 'mao-khrushchev-1958')!;
    const sentences = (id: string) => {
      const w = doc.witnesses.find((x) => x.id === id)!;
      return w.segments.map((s) => w.text.slice(s.start, s.end).trim());
    };
    expect(alignChineseEnglish(sentences('zh-rmrb'), sentences('en'), indexed)).toEqual(alignChineseEnglish(sentences('zh-rmrb'), sentences('en'), maps));
  });

  it('refuses a text that is not a lexicon, or one cut short, saying what is wrong', () => {
    const text = lexiconToIndexedText(buildLexicon([['朋友', '朋友', 'peng2 you5', ['friend']]]));
    expect(indexedLexicon(text).glosses.get('朋友')).toEqual(['friend']);
    expect(() => indexedLexicon('{"version":1}\n')).toThrow(/not a Duizhao lexicon: the first line/);
    expect(() => indexedLexicon(text.slice(0, text.indexOf('朋友') + 3))).toThrow(/section G has 0 of its 1 lines/);
    expect(() => indexedLexicon(text.replace('N 0', 'X 0'))).toThrow(/expected the heading "N <count>"/);
  });
});

describe('Chinese words for the aligner', () => {
  it('are the fewest dictionary words that spell the text, where longest match leaves single characters', () => {
    const lexicon = buildLexicon([
      ['甲乙丙', '甲乙丙', 'jia3', ['first']],
      ['甲乙', '甲乙', 'jia3', ['second']],
      ['丙丁戊', '丙丁戊', 'bing3', ['third']],
    ]);
    expect(chineseWords('甲乙丙丁戊', lexicon)).toEqual(['甲乙丙', '丁', '戊']);
    expect(chineseWordsFewest('甲乙丙丁戊', lexicon)).toEqual(['甲乙', '丙丁戊']);
    // what is not Han is not a word; unknown characters stand alone
    expect(chineseWordsFewest('甲乙, 己𠀀 A', lexicon)).toEqual(['甲乙', '己', '𠀀']);
  });
});
