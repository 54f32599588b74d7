/** Chinese ↔ English sentence alignment: features through the lexicon, then the two-pass search. */
import { alignFeatures, type AlignOptions } from './align-sentences.ts';
import { structuralClass } from './bead-cost.ts';
import { chineseFeatures, englishFeatures, Vocabulary } from './sentence-features.ts';
import { stemEnglish } from './english-words.ts';
import type { Lexicon } from './lexicon.ts';
import type { Alignment } from './types.ts';

export interface SentenceKinds {
  /** Segment kinds of the Chinese and English sentences, when known (corpus witnesses). */
  readonly zhKinds?: readonly string[];
  readonly enKinds?: readonly string[];
}

/** Align Chinese sentences (side A) with English sentences (side B). */
export function alignChineseEnglish(
  zh: readonly string[],
  en: readonly string[],
  lexicon: Lexicon,
  options: AlignOptions & SentenceKinds = {},
): Alignment {
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
  const classes = (kinds: readonly string[] | undefined, texts: readonly string[]) =>
    kinds ? Uint8Array.from(kinds, (kind, k) => structuralClass(kind, texts[k])) : undefined;
  const zhClasses = classes(options.zhKinds, zh);
  const enClasses = classes(options.enKinds, en);
  return alignFeatures(
    { features: zhFeatures, vocabularySize: zhVocabulary.words.length, ...(zhClasses ? { classes: zhClasses } : {}) },
    { features: enFeatures, vocabularySize: enVocabulary.words.length, ...(enClasses ? { classes: enClasses } : {}) },
    translations,
    options,
  );
}
