/**
 * The cost of a bead: how unlikely it is that these sentences of A translate those of B.
 * Length (Gale–Church, with the ratio learned from the document), dictionary hits both ways,
 * numbers, names, and a prior on the bead's type. Pairwise hits are cached per band row, so a
 * bead of up to 4 + 4 sentences costs a few table reads.
 */
import type { SentenceFeatures } from './sentence-features.ts';

export interface CostWeights {
  readonly length: number;
  readonly lexical: number;
  readonly numberMatch: number;
  readonly numberMismatch: number;
  readonly name: number;
  readonly classMismatch: number;
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
  /** Per A sentence: B words its words translate to. Per B sentence: A words that translate its words. */
  private readonly aReach: Uint32Array[];
  private readonly bReach: Uint32Array[];
  private readonly aKnown: Int32Array;
  private readonly ratio: number;
  private readonly variance: number;
  private readonly pairCache = new Map<number, number>();

  constructor(a: Side, b: Side, translations: Translations, weights: CostWeights = DEFAULT_WEIGHTS) {
    this.a = a;
    this.b = b;
    this.weights = weights;
    this.aReach = bitsets(a.features.length, b.vocabularySize);
    this.bReach = bitsets(b.features.length, a.vocabularySize);
    this.aKnown = new Int32Array(a.features.length);
    const reverse: number[][] = Array.from({ length: b.vocabularySize }, () => []);
    translations.forEach((targets, aWord) => targets?.forEach((bWord) => reverse[bWord]!.push(aWord)));
    a.features.forEach((f, i) => {
      for (const w of f.words) {
        const targets = translations[w];
        if (!targets || targets.length === 0) continue;
        this.aKnown[i]!++;
        for (const t of targets) add(this.aReach[i]!, t);
      }
    });
    b.features.forEach((f, j) => {
      for (const w of f.words) for (const source of reverse[w]!) add(this.bReach[j]!, source);
    });
    const totalA = a.features.reduce((s, f) => s + f.length, 0);
    const totalB = b.features.reduce((s, f) => s + f.length, 0);
    this.ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
    // Gale–Church's variance per unit of length, scaled to this document's ratio.
    this.variance = 6.8 * this.ratio;
  }

  /** Cost of the bead A[i0,i1) × B[j0,j1). */
  cost(i0: number, i1: number, j0: number, j1: number): number {
    const w = this.weights;
    const type = w.types[`${i1 - i0}-${j1 - j0}`];
    if (type === undefined) return Infinity;
    const structure = this.structureCost(i0, i1, j0, j1);
    if (structure === Infinity) return Infinity;
    let lengthA = 0;
    let lengthB = 0;
    let knownA = 0;
    let wordsB = 0;
    for (let i = i0; i < i1; i++) {
      lengthA += this.a.features[i]!.length;
      knownA += this.aKnown[i]!;
    }
    for (let j = j0; j < j1; j++) {
      lengthB += this.b.features[j]!.length;
      wordsB += this.b.features[j]!.words.length;
    }
    let hitsA = 0;
    let hitsB = 0;
    if (i1 > i0 && j1 > j0) {
      for (let i = i0; i < i1; i++) {
        let sum = 0;
        for (let j = j0; j < j1; j++) sum += this.pairHits(i, j) & 0xffff;
        hitsA += Math.min(sum, this.aKnown[i]!);
      }
      for (let j = j0; j < j1; j++) {
        let sum = 0;
        for (let i = i0; i < i1; i++) sum += this.pairHits(i, j) >>> 16;
        hitsB += Math.min(sum, this.b.features[j]!.words.length);
      }
    }
    const similarity = knownA + wordsB > 0 ? (hitsA + hitsB) / (knownA + wordsB) : 0;
    const size = (i1 - i0 + (j1 - j0)) / 2;
    const { matched, unmatched } = this.numbers(i0, i1, j0, j1);
    return (
      type +
      structure +
      w.length * this.lengthCost(lengthA, lengthB) +
      w.lexical * (1 - similarity) * size -
      w.numberMatch * matched +
      w.numberMismatch * unmatched -
      w.name * this.names(i0, i1, j0, j1)
    );
  }

  private structureCost(i0: number, i1: number, j0: number, j1: number): number {
    const classA = classOf(this.a.classes, i0, i1);
    const classB = classOf(this.b.classes, j0, j1);
    if (classA === MIXED || classB === MIXED) return Infinity;
    return classA !== NONE && classB !== NONE && classA !== classB ? this.weights.classMismatch : 0;
  }

  /** Hits of sentence pair (i, j): low 16 bits words of A found in B, high 16 bits words of B found in A. */
  private pairHits(i: number, j: number): number {
    const key = i * 0x100000 + j;
    const cached = this.pairCache.get(key);
    if (cached !== undefined) return cached;
    let hitsA = 0;
    let hitsB = 0;
    const reachB = this.bReach[j]!;
    for (const w of this.a.features[i]!.words) if (has(reachB, w)) hitsA++;
    const reachA = this.aReach[i]!;
    for (const w of this.b.features[j]!.words) if (has(reachA, w)) hitsB++;
    const value = Math.min(hitsA, 0xffff) | (Math.min(hitsB, 0xffff) << 16);
    this.pairCache.set(key, value);
    return value;
  }

  /** Forget cached pairs of rows before `row` (the search moves down the rows). */
  forgetRowsBefore(row: number): void {
    if (this.pairCache.size < 200_000) return;
    for (const key of this.pairCache.keys()) if (Math.floor(key / 0x100000) < row) this.pairCache.delete(key);
  }

  private lengthCost(lengthA: number, lengthB: number): number {
    const mean = Math.max(1, (lengthA + lengthB / this.ratio) / 2);
    const delta = (lengthB - lengthA * this.ratio) / Math.sqrt(mean * this.variance);
    const p = 2 * (1 - normalCdf(Math.abs(delta)));
    return Math.min(25, -Math.log(Math.max(p, 1e-12)));
  }

  private numbers(i0: number, i1: number, j0: number, j1: number): { matched: number; unmatched: number } {
    const counts = new Map<number, number>();
    let total = 0;
    for (let i = i0; i < i1; i++) for (const n of this.a.features[i]!.numbers) { counts.set(n, (counts.get(n) ?? 0) + 1); total++; }
    let matched = 0;
    let totalB = 0;
    for (let j = j0; j < j1; j++) {
      for (const n of this.b.features[j]!.numbers) {
        totalB++;
        const c = counts.get(n) ?? 0;
        if (c > 0) { matched++; counts.set(n, c - 1); }
      }
    }
    return { matched, unmatched: total + totalB - 2 * matched };
  }

  private names(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 === i0 || j1 === j0) return 0;
    let found = 0;
    for (let i = i0; i < i1; i++) {
      for (const name of this.a.features[i]!.names) {
        let seen = false;
        for (let j = j0; j < j1 && !seen; j++) seen = this.b.features[j]!.names.includes(name);
        if (seen) found++;
      }
    }
    return found;
  }
}

const NONE = -1;
const MIXED = -2;

function classOf(classes: Uint8Array | undefined, start: number, end: number): number {
  if (!classes || start === end) return NONE;
  const first = classes[start]!;
  for (let k = start + 1; k < end; k++) if (classes[k] !== first) return MIXED;
  return first;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26), as Gale and Church used. */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}
