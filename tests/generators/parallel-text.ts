/**
 * Generated parallel texts (never copyrighted material): Chinese sentences made of dictionary
 * words, English sentences made of their glosses, with the bead types literary translation shows
 * (mostly 1-1, a fifth 1-2, some 1-3, 2-1 and omissions). Seeded, so runs repeat exactly.
 */
import type { LexiconEntry } from '../../src/core/align/lexicon.ts';

export interface ParallelText {
  readonly zh: string[];
  readonly en: string[];
  /** The true beads, `[zh ids, en ids]`. */
  readonly gold: [number[], number[]][];
}

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHAPES: readonly [number, number, number][] = [
  // [zh sentences, en sentences, weight]
  [1, 1, 62], [1, 2, 20], [1, 3, 6], [2, 1, 6], [1, 0, 2], [0, 1, 2], [2, 2, 2],
];

/** `zhSentences` Chinese sentences and their translation, drawn from `entries` with `seed`. */
export function generateParallelText(entries: readonly LexiconEntry[], zhSentences: number, seed: number): ParallelText {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const usable = entries.filter(([, simplified, , glosses]) => /^\p{Script=Han}{1,4}$/u.test(simplified) && glosses.length > 0);
  const totalWeight = SHAPES.reduce((s, [, , w]) => s + w, 0);
  const zh: string[] = [];
  const en: string[] = [];
  const gold: [number[], number[]][] = [];
  while (zh.length < zhSentences) {
    let r = random() * totalWeight;
    const [a, b] = SHAPES.find(([, , w]) => (r -= w) < 0) ?? [1, 1];
    const clauses = Array.from({ length: Math.max(a, b) * 2 }, () =>
      Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(usable)),
    );
    const zhIds: number[] = [];
    const enIds: number[] = [];
    const perZh = Math.ceil(clauses.length / Math.max(a, 1));
    const perEn = Math.ceil(clauses.length / Math.max(b, 1));
    for (let k = 0; k < a; k++) {
      zhIds.push(zh.length);
      zh.push(clauses.slice(k * perZh, (k + 1) * perZh).map((c) => c.map(([, s]) => s).join('')).join('，') + '。');
    }
    for (let k = 0; k < b; k++) {
      enIds.push(en.length);
      const words = clauses.slice(k * perEn, (k + 1) * perEn).map((c) => c.map(([, , , g]) => pick(g).replace(/\([^)]*\)/g, '').split(/[;,]/)[0]!.trim()).join(' '));
      const sentence = words.join(', ');
      en.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    gold.push([zhIds, enIds]);
  }
  return { zh, en, gold };
}
