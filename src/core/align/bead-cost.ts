/**
 * The cost of a bead: how unlikely it is that these sentences of A translate those of B.
 * Length (Gale–Church, with the ratio learned from the document), dictionary hits both ways
 * (each word weighed by its rarity in the document),
 * numbers, names, and a prior on the bead's type. Pairwise hits are cached per band row, so a
 * bead of up to 4 + 4 sentences costs a few table reads.
 */
import type { SentenceFeatures } from './sentence-features.ts';
import type { Band } from './band.ts';

export interface CostWeights {
  readonly length: number;
  readonly lexical: number;
  readonly numberMatch: number;
  readonly numberMismatch: number;
  readonly name: number;
  readonly classMismatch: number;
  /** Per question, exclamation or quotation mark one side of a bead has and the other lacks (single quotes counted: MAC-Dev 0.870 → 0.886). */
  readonly marks: number;
  /** When a bead leaves a quotation open (or closes one) on one side and not the other: a speech is translated whole (MAC-Dev: 0.886 → 0.890 strict F1). */
  readonly openQuotation: number;
  /** Penalty by bead type, `a-b` → cost. Types not listed are not searched. */
  readonly types: Readonly<Record<string, number>>;
}

/**
 * Tuned on MAC-Dev (six novel chapters; see bench/align-quality.ts): a handful of weights on the
 * same data the figures are measured on, so those figures are somewhat optimistic. Merged beads
 * (2-2, 2-3) are dear: the dictionary finds more hits in more text, which would otherwise make
 * merging look better than it is.
 */
export const DEFAULT_WEIGHTS: CostWeights = {
  length: 0.3,
  lexical: 5,
  numberMatch: 1.5,
  numberMismatch: 1,
  name: 1.5,
  classMismatch: 12,
  marks: 1,
  openQuotation: 1,
  types: { '1-1': 0, '1-2': 1.5, '2-1': 1.5, '1-0': 4.5, '0-1': 4.5, '2-2': 7, '1-3': 3.5, '3-1': 3.5, '2-3': 9, '3-2': 9, '1-4': 5.5, '4-1': 5.5 },
};

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

/**
 * heading 0; prose (sentences, list items) 1; signatures 2; date lines 3 (a date line moves
 * about); editorial annotations wholly in brackets, such as `(签字)` "(signed)", 4.
 */
export function structuralClass(kind: string, text = ''): number {
  if (/^[(（［\[【〔].*[)）］\]】〕]$/u.test(text.trim())) return 4;
  switch (kind) {
    case 'heading':
      return 0;
    case 'signature':
      return 2;
    case 'date-line':
      return 3;
    default:
      return 1;
  }
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
    const weightA = weightsOf(a);
    const weightB = weightsOf(b);
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
    const step = delta * LENGTH_COST_STEPS;
    return step >= LENGTH_COST_TABLE.length - 1 ? LENGTH_COST_TABLE.at(-1)! : LENGTH_COST_TABLE[Math.round(step)]!;
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

/** A side's word weights, made once however many passes search it. */
const sideWeights = new WeakMap<Side, Float64Array>();
function weightsOf(side: Side): Float64Array {
  let weights = sideWeights.get(side);
  if (!weights) sideWeights.set(side, (weights = wordWeights(side.features, side.vocabularySize)));
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

/** The widest bead side searched (1-4 / 4-1). */
export const MAX_BEAD = 4;

function prefix<T>(items: readonly T[], value: (item: T, index: number) => number): Float64Array {
  const sums = new Float64Array(items.length + 1);
  items.forEach((item, k) => {
    sums[k + 1] = sums[k]! + value(item, k);
  });
  return sums;
}

const NONE = -1;
const MIXED = -2;

function classOf(classes: Uint8Array | undefined, start: number, end: number): number {
  if (!classes || start === end) return NONE;
  const first = classes[start]!;
  for (let k = start + 1; k < end; k++) if (classes[k] !== first) return MIXED;
  return first;
}

/** -log P(|δ|) of Gale and Church, tabulated: it is asked for millions of times per text. */
const LENGTH_COST_STEPS = 100;
const LENGTH_COST_TABLE = Float64Array.from({ length: 8 * LENGTH_COST_STEPS + 1 }, (_, k) => {
  const p = 2 * (1 - normalCdf(k / LENGTH_COST_STEPS));
  return Math.min(25, -Math.log(Math.max(p, 1e-12)));
});

/** Standard normal CDF (Abramowitz–Stegun 7.1.26), as Gale and Church used. */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}
