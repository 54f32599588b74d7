/** How much a shared word says: its rarity in the document. */
import type { SentenceFeatures } from './sentence-features.ts';

/** A side's word weights, made once however many passes search it (keyed by its features). */
const sideWeights = new WeakMap<readonly SentenceFeatures[], Float64Array>();
export function wordWeightsOf(features: readonly SentenceFeatures[], vocabularySize: number): Float64Array {
  let weights = sideWeights.get(features);
  if (!weights) sideWeights.set(features, (weights = wordWeights(features, vocabularySize)));
  return weights;
}

/**
 * Each word's weight: its inverse document frequency over the side's sentences, log(1 + sentences
 * / sentences holding it), scaled so that the mean word weighs 1. (MAC-Dev: 0.858 → 0.870 strict
 * F1 against every word weighing 1; its square 0.864, its square root 0.861.)
 */
function wordWeights(features: readonly SentenceFeatures[], vocabularySize: number): Float64Array {
  const weights = new Float64Array(vocabularySize).fill(1);
  if (features.length === 0) return weights;
  const df = new Int32Array(vocabularySize);
  for (const f of features) for (const w of new Set(f.words)) df[w]!++;
  let total = 0;
  let count = 0;
  const idf = (w: number) => Math.log(1 + features.length / df[w]!);
  for (const f of features) for (const w of f.words) {
    total += idf(w);
    count++;
  }
  const mean = count > 0 ? total / count : 1;
  for (let w = 0; w < vocabularySize; w++) if (df[w]! > 0) weights[w] = idf(w) / mean;
  return weights;
}
