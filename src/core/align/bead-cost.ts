/**
 * The cost of a bead: how unlikely it is that these sentences of A translate those of B.
 * Length (Gale–Church, with the ratio learned from the document), dictionary hits both ways
 * (each word weighed by its rarity in the document),
 * numbers, names, and a prior on the bead's type. Pairwise hits are cached per band row, so a
 * bead of up to 4 + 4 sentences costs a few table reads.
 */
import type { SentenceFeatures } from './sentence-features.ts';
import type { Band } from './band.ts';
import { classOf, MIXED, NONE } from './structural-class.ts';
import { lengthCostAt } from './length-cost.ts';
import { wordWeightsOf } from './word-weights.ts';
import { DEFAULT_WEIGHTS, type CostWeights } from './cost-weights.ts';

export { structuralClass } from './structural-class.ts';
export { DEFAULT_WEIGHTS, type CostWeights } from './cost-weights.ts';

/** A translation relation: for each word id of A, the word ids of B that translate it. */
export type Translations = readonly (readonly number[] | undefined)[];

export interface Side {
  readonly features: readonly SentenceFeatures[];
  readonly vocabularySize: number;
  /**
   * Structural class of each sentence, when known (see `structuralClass`): a bead never mixes
   * classes on one side (a title is not merged with the first sentence), and pays
   * `classMismatch` when its sides differ.
   */
  readonly classes?: Uint8Array;
}

/** Bitsets, one per sentence, `words` wide. */
function bitsets(count: number, words: number): Uint32Array[] {
  const stride = (words >>> 5) + 1;
  return Array.from({ length: count }, () => new Uint32Array(stride));
}
const has = (set: Uint32Array, id: number) => (set[id >>> 5]! & (1 << (id & 31))) !== 0;
const add = (set: Uint32Array, id: number) => {
  set[id >>> 5]! |= 1 << (id & 31);
};

export class BeadScorer {
  private readonly a: Side;
  private readonly b: Side;
  private readonly weights: CostWeights;
  private readonly ratio: number;
  private readonly variance: number;
  /** Prefix sums over sentences, so a bead's totals cost O(1). */
  private readonly lengthA: Float64Array;
  private readonly lengthB: Float64Array;
  /** Prefix sums of the weights of A's known words and of all B's words. */
  private readonly knownA: Float64Array;
  private readonly wordsB: Float64Array;
  private readonly numbersA: Int32Array;
  private readonly numbersB: Int32Array;
  private readonly namesA: Int32Array;
  /** Prefix sums of the marks of each kind, `[kind][sentence]`. */
  private readonly marksA: Float64Array[];
  private readonly marksB: Float64Array[];
  private readonly aKnown: Float64Array;
  /** B's words' weight per sentence. */
  private readonly bWeight: Float64Array;
  /** Type penalties by shape, `typePenalty[a * 5 + b]` (Infinity where the shape is not searched). */
  private readonly typePenalty: Float64Array;
  private readonly namesB: Set<string>[];
  /** Dictionary hits of sentence pairs (i, j) for j in [pairLo[i], pairLo[i] + pairsA[i].length), weighted: A's words found in B, B's found in A. */
  private readonly pairLo: Int32Array;
  private readonly pairsA: Float32Array[];
  private readonly pairsB: Float32Array[];
  /** Names of A sentence i found in B sentence j, same layout as `pairs`. */
  private readonly pairNames: Uint8Array[];
  private readonly scratch = new Float64Array(MAX_BEAD);

  constructor(a: Side, b: Side, translations: Translations, band: Band, weights: CostWeights = DEFAULT_WEIGHTS) {
    this.a = a;
    this.b = b;
    this.weights = weights;
    this.typePenalty = new Float64Array(25).fill(Infinity);
    for (const [shape, penalty] of Object.entries(weights.types)) {
      const [x, y] = shape.split('-').map(Number);
      if (x! <= MAX_BEAD && y! <= MAX_BEAD) this.typePenalty[x! * 5 + y!] = penalty;
    }
    this.namesB = b.features.map((f) => new Set(f.names));
    const n = a.features.length;
    const m = b.features.length;
    this.lengthA = prefix(a.features, (f) => f.length);
    this.lengthB = prefix(b.features, (f) => f.length);
    // a word is worth its rarity in the document (idf): a rare word shared is a translation, a common one may be chance
    const weightA = wordWeightsOf(a.features, a.vocabularySize);
    const weightB = wordWeightsOf(b.features, b.vocabularySize);
    this.bWeight = Float64Array.from(b.features, (f) => f.words.reduce((sum, w) => sum + weightB[w]!, 0));
    this.wordsB = prefix(b.features, (_, j) => this.bWeight[j]!);
    this.numbersA = Int32Array.from(prefix(a.features, (f) => f.numbers.length));
    this.numbersB = Int32Array.from(prefix(b.features, (f) => f.numbers.length));
    this.namesA = Int32Array.from(prefix(a.features, (f) => f.names.length));
    this.marksA = [0, 1, 2, 3].map((k) => prefix(a.features, (f) => f.marks[k]!));
    this.marksB = [0, 1, 2, 3].map((k) => prefix(b.features, (f) => f.marks[k]!));
    const aReach = bitsets(n, b.vocabularySize);
    const bReach = bitsets(m, a.vocabularySize);
    this.aKnown = new Float64Array(n);
    const reverse: number[][] = Array.from({ length: b.vocabularySize }, () => []);
    translations.forEach((targets, aWord) => targets?.forEach((bWord) => reverse[bWord]!.push(aWord)));
    a.features.forEach((f, i) => {
      for (const w of f.words) {
        const targets = translations[w];
        if (!targets || targets.length === 0) continue;
        this.aKnown[i]! += weightA[w]!;
        for (const t of targets) add(aReach[i]!, t);
      }
    });
    b.features.forEach((f, j) => {
      for (const w of f.words) for (const source of reverse[w]!) add(bReach[j]!, source);
    });
    this.knownA = prefix(a.features, (_, i) => this.aKnown[i]!);
    this.ratio = this.lengthA[n]! > 0 && this.lengthB[m]! > 0 ? this.lengthB[m]! / this.lengthA[n]! : 1;
    // Gale–Church's variance per unit of length, scaled to this document's ratio.
    this.variance = 6.8 * this.ratio;
    // The pairs a bead can touch: sentence i lies in beads between rows i-3 and i+4.
    this.pairLo = new Int32Array(n);
    this.pairsA = [];
    this.pairsB = [];
    this.pairNames = [];
    for (let i = 0; i < n; i++) {
      const lo = band.lo[Math.max(0, i - MAX_BEAD + 1)]!;
      const hi = Math.min(m, band.hi[Math.min(n, i + MAX_BEAD)]!);
      this.pairLo[i] = lo;
      const row = new Float32Array(Math.max(0, hi - lo));
      const rowB = new Float32Array(row.length);
      const words = a.features[i]!.words;
      for (let j = lo; j < hi; j++) {
        let hitsA = 0;
        let hitsB = 0;
        const reachB = bReach[j]!;
        for (const w of words) if (has(reachB, w)) hitsA += weightA[w]!;
        const reachA = aReach[i]!;
        for (const w of b.features[j]!.words) if (has(reachA, w)) hitsB += weightB[w]!;
        row[j - lo] = hitsA;
        rowB[j - lo] = hitsB;
      }
      this.pairsA.push(row);
      this.pairsB.push(rowB);
      const names = a.features[i]!.names;
      const nameRow = new Uint8Array(names.length > 0 ? row.length : 0);
      for (let j = lo; j < lo + nameRow.length; j++) {
        let found = 0;
        for (const name of names) if (this.namesB[j]!.has(name)) found++;
        nameRow[j - lo] = Math.min(found, 255);
      }
      this.pairNames.push(nameRow);
    }
  }

  /** Cost of the bead A[i0,i1) × B[j0,j1). */
  cost(i0: number, i1: number, j0: number, j1: number): number {
    const w = this.weights;
    const type = this.typePenalty[(i1 - i0) * 5 + (j1 - j0)]!;
    if (type === Infinity) return Infinity;
    const structure = this.structureCost(i0, i1, j0, j1);
    if (structure === Infinity) return Infinity;
    const similarity = this.similarity(i0, i1, j0, j1);
    const size = (i1 - i0 + (j1 - j0)) / 2;
    const numbersA = this.numbersA[i1]! - this.numbersA[i0]!;
    const numbersB = this.numbersB[j1]! - this.numbersB[j0]!;
    const matched = numbersA > 0 && numbersB > 0 ? this.matchedNumbers(i0, i1, j0, j1) : 0;
    const unmatched = numbersA + numbersB - 2 * matched;
    const names = this.namesA[i1]! > this.namesA[i0]! && j1 > j0 ? this.names(i0, i1, j0, j1) : 0;
    let marks = 0;
    let openQuotation = 0;
    if (i1 > i0 && j1 > j0) {
      for (let k = 0; k < 3; k++) marks += Math.abs(this.marksA[k]![i1]! - this.marksA[k]![i0]! - (this.marksB[k]![j1]! - this.marksB[k]![j0]!));
      // a quotation left open (or closed) by the bead on one side and not the other: whether, not how many
      const openA = Math.sign(this.marksA[3]![i1]! - this.marksA[3]![i0]!);
      const openB = Math.sign(this.marksB[3]![j1]! - this.marksB[3]![j0]!);
      openQuotation = Math.abs(openA - openB);
    }
    return (
      w.marks * marks +
      w.openQuotation * openQuotation +
      type +
      structure +
      w.length * this.lengthCostOf(i0, i1, j0, j1) +
      w.lexical * (1 - similarity) * size -
      w.numberMatch * matched +
      w.numberMismatch * unmatched -
      w.name * names
    );
  }

  /** The share of the bead's known words (A's with a dictionary entry, all of B's) that find a translation on the other side. */
  similarity(i0: number, i1: number, j0: number, j1: number): number {
    const knownA = this.knownA[i1]! - this.knownA[i0]!;
    const wordsB = this.wordsB[j1]! - this.wordsB[j0]!;
    if (i1 === i0 || j1 === j0 || knownA + wordsB === 0) return 0;
    let hitsA = 0;
    let hitsB = 0;
    const sumsB = this.scratch;
    sumsB.fill(0);
    for (let i = i0; i < i1; i++) {
      const row = this.pairsA[i]!;
      const rowB = this.pairsB[i]!;
      const base = this.pairLo[i]!;
      let sum = 0;
      for (let j = j0; j < j1; j++) {
        const k = j - base;
        if (k < 0 || k >= row.length) continue;
        sum += row[k]!;
        sumsB[j - j0]! += rowB[k]!;
      }
      hitsA += Math.min(sum, this.aKnown[i]!);
    }
    for (let j = j0; j < j1; j++) hitsB += Math.min(sumsB[j - j0]!, this.bWeight[j]!);
    return (hitsA + hitsB) / (knownA + wordsB);
  }

  /** Characters of side A's sentences [i0, i1). */
  lengthOfA(i0: number, i1: number): number {
    return this.lengthA[i1]! - this.lengthA[i0]!;
  }

  /** Gale–Church's length cost of the bead's sides. */
  lengthCostOf(i0: number, i1: number, j0: number, j1: number): number {
    return this.lengthCost(this.lengthA[i1]! - this.lengthA[i0]!, this.lengthB[j1]! - this.lengthB[j0]!);
  }

  private structureCost(i0: number, i1: number, j0: number, j1: number): number {
    const classA = classOf(this.a.classes, i0, i1);
    const classB = classOf(this.b.classes, j0, j1);
    if (classA === MIXED || classB === MIXED) return Infinity;
    return classA !== NONE && classB !== NONE && classA !== classB ? this.weights.classMismatch : 0;
  }

  private lengthCost(lengthA: number, lengthB: number): number {
    const mean = Math.max(1, (lengthA + lengthB / this.ratio) / 2);
    const delta = Math.abs(lengthB - lengthA * this.ratio) / Math.sqrt(mean * this.variance);
    return lengthCostAt(delta);
  }

  private matchedNumbers(i0: number, i1: number, j0: number, j1: number): number {
    const counts = new Map<number, number>();
    for (let i = i0; i < i1; i++) for (const v of this.a.features[i]!.numbers) counts.set(v, (counts.get(v) ?? 0) + 1);
    let matched = 0;
    for (let j = j0; j < j1; j++) {
      for (const v of this.b.features[j]!.numbers) {
        const c = counts.get(v) ?? 0;
        if (c > 0) {
          matched++;
          counts.set(v, c - 1);
        }
      }
    }
    return matched;
  }

  /** Names of A found in B, a name counted once however many B sentences hold it. */
  private names(i0: number, i1: number, j0: number, j1: number): number {
    let found = 0;
    for (let i = i0; i < i1; i++) {
      const row = this.pairNames[i]!;
      if (row.length === 0) continue;
      const base = this.pairLo[i]!;
      let sum = 0;
      for (let j = j0; j < j1; j++) {
        const k = j - base;
        if (k >= 0 && k < row.length) sum += row[k]!;
      }
      found += Math.min(sum, this.a.features[i]!.names.length);
    }
    return found;
  }
}

/** The widest bead side searched (1-4 / 4-1). */
export const MAX_BEAD = 4;

function prefix<T>(items: readonly T[], value: (item: T, index: number) => number): Float64Array {
  const sums = new Float64Array(items.length + 1);
  items.forEach((item, k) => {
    sums[k + 1] = sums[k]! + value(item, k);
  });
  return sums;
}
