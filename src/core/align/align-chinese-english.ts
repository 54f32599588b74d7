/** Chinese ↔ English sentence alignment: features through the lexicon, then the two-pass search. */
import { alignFeatures, type AlignOptions } from './align-sentences.ts';
import { chineseFeatures, englishFeatures, Vocabulary } from './sentence-features.ts';
import { stemEnglish } from './english-words.ts';
import type { Lexicon } from './lexicon.ts';
import type { Alignment } from './types.ts';

/** Align Chinese sentences (side A) with English sentences (side B). */
export function alignChineseEnglish(zh: readonly string[], en: readonly string[], lexicon: Lexicon, options: AlignOptions = {}): Alignment {
  const zhVocabulary = new Vocabulary();
  const enVocabulary = new Vocabulary();
  const zhFeatures = zh.map((s) => chineseFeatures(s, lexicon, zhVocabulary));
  const enFeatures = en.map((s) => englishFeatures(s, enVocabulary));
  const translations = zhVocabulary.words.map((word) => {
    const glosses = lexicon.glosses.get(word);
    if (!glosses) return undefined;
    const ids: number[] = [];
    for (const g of glosses) {
      const id = enVocabulary.lookup(g) ?? enVocabulary.lookup(stemEnglish(g));
      if (id !== undefined) ids.push(id);
    }
    return ids;
  });
  return alignFeatures(
    { features: zhFeatures, vocabularySize: zhVocabulary.words.length },
    { features: enFeatures, vocabularySize: enVocabulary.words.length },
    translations,
    options,
  );
}
