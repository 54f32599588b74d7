/**
 * Sentence alignment of two witnesses, in two passes. The first searches a band around the
 * diagonal with the dictionary; from its confident beads it learns which words of this document
 * translate each other (names the dictionary lacks, a translator's habits); the second searches a
 * narrow band around the first path with what it learned. Both passes are linear in the texts.
 */
import { bandAroundPath, diagonalBand, fullBand, touchesEdge, type Band } from './band.ts';
import { BeadScorer, DEFAULT_WEIGHTS, type CostWeights, type Side, type Translations } from './bead-cost.ts';
import { searchAlignment, type SearchResult } from './dynamic-programme.ts';
import type { Alignment } from './types.ts';
import type { SentenceFeatures } from './sentence-features.ts';

export interface AlignOptions {
  readonly weights?: CostWeights;
  /** Learn word pairs from the first pass and search again (default true). */
  readonly learn?: boolean;
  /** Search every cell: the plain dynamic programme (for tests; quadratic). */
  readonly exhaustive?: boolean;
}

/** Half-width of the first band: wide enough for the drift of long insertions, narrow enough to stay linear. */
const FIRST_BAND = (n: number, m: number) => Math.max(24, Math.ceil(0.04 * Math.max(n, m)));
const SECOND_BAND = 6;
const MIN_COOCCURRENCE = 2;
const MIN_DICE = 0.4;

export function alignFeatures(a: Side, b: Side, translations: Translations, options: AlignOptions = {}): Alignment {
  const n = a.features.length;
  const m = b.features.length;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  if (options.exhaustive) return alignmentOf(search(a, b, translations, weights, fullBand(n, m)));
  let width = FIRST_BAND(n, m);
  let first = search(a, b, translations, weights, diagonalBand(n, m, width));
  while (touchesEdge(diagonalBand(n, m, width), first.path, m) && width < Math.max(n, m)) {
    width *= 2;
    first = search(a, b, translations, weights, diagonalBand(n, m, width));
  }
  if (options.learn === false) return alignmentOf(first);
  const learned = learnTranslations(a.features, b.features, first, translations);
  const second = search(a, b, learned, weights, bandAroundPath(n, m, first.path, SECOND_BAND));
  return alignmentOf(second);
}

function search(a: Side, b: Side, translations: Translations, weights: CostWeights, band: Band): SearchResult {
  const scorer = new BeadScorer(a, b, translations, weights);
  return searchAlignment(a.features.length, b.features.length, band, (i0, i1, j0, j1) => scorer.cost(i0, i1, j0, j1), (row) => {
    if (row > 8) scorer.forgetRowsBefore(row - 8);
  });
}

function alignmentOf(result: SearchResult): Alignment {
  return { beads: result.beads };
}

/**
 * Word pairs that keep occurring in the same confident beads (Dice coefficient), added to the
 * dictionary's translations.
 */
function learnTranslations(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  result: SearchResult,
  translations: Translations,
): Translations {
  const pairCounts = new Map<number, number>();
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  for (const bead of result.beads) {
    if (bead.confidence < 0.5 || bead.aEnd === bead.aStart || bead.bEnd === bead.bStart) continue;
    const wordsA = new Set<number>();
    const wordsB = new Set<number>();
    for (let i = bead.aStart; i < bead.aEnd; i++) for (const w of a[i]!.words) wordsA.add(w);
    for (let j = bead.bStart; j < bead.bEnd; j++) for (const w of b[j]!.words) wordsB.add(w);
    for (const w of wordsA) countA.set(w, (countA.get(w) ?? 0) + 1);
    for (const w of wordsB) countB.set(w, (countB.get(w) ?? 0) + 1);
    for (const x of wordsA) for (const y of wordsB) {
      const key = x * 0x200000 + y;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
  }
  const learned: (number[] | undefined)[] = translations.map((t) => (t ? [...t] : undefined));
  for (const [key, count] of pairCounts) {
    if (count < MIN_COOCCURRENCE) continue;
    const x = Math.floor(key / 0x200000);
    const y = key % 0x200000;
    const dice = (2 * count) / (countA.get(x)! + countB.get(y)!);
    if (dice < MIN_DICE) continue;
    const list = (learned[x] ??= []);
    if (!list.includes(y)) list.push(y);
  }
  return learned;
}
