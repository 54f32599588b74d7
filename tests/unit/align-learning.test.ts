/**
 * What the aligner learns and how sure it says it is: IBM Model 1 finds the pair a text repeats
 * and explains a word that is everywhere away; the bead posteriors equal the sum over every path,
 * enumerated by brute force on small grids; the confidence model's inputs and output are sane.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trainModel1, NULL_WORD } from '../../src/core/align/translation-model.ts';
import { beadPosteriors } from '../../src/core/align/posterior.ts';
import { searchAlignment, SHAPES } from '../../src/core/align/dynamic-programme.ts';
import { fullBand } from '../../src/core/align/band.ts';
import { CONFIDENCE_FEATURES, CONFIDENCE_MODEL, confidenceFeatures, fitConfidenceModel, probabilityRight } from '../../src/core/align/confidence.ts';

describe('IBM Model 1', () => {
  it('learns the pair a text repeats, and does not pair a word that is everywhere with everything', () => {
    // A: 0 = "the" everywhere, 1..3 content words; B: 10 = "de" everywhere, 11..13 their translations
    const beads = [
      { a: [0, 1], b: [10, 11] },
      { a: [0, 2], b: [10, 12] },
      { a: [0, 1, 3], b: [10, 11, 13] },
      { a: [0, 3], b: [13, 10] },
      { a: [0, 2, 1], b: [12, 10, 11] },
    ];
    const t = trainModel1(beads, () => 1, 8);
    expect(t.get(1, 11)).toBeGreaterThan(0.6);
    expect(t.get(3, 13)).toBeGreaterThan(0.5);
    expect(t.get(1, 10)).toBeLessThan(0.2);
    expect(t.get(0, 10)).toBeGreaterThan(t.get(0, 11));
    expect(t.get(5, 11)).toBe(0);
    // t(· | a) sums to one over what a met
    const sums = new Map<number, number>();
    t.forEach((a, _b, p) => sums.set(a, (sums.get(a) ?? 0) + p));
    for (const [a, sum] of sums) expect(sum, `a = ${a}`).toBeCloseTo(1, 6);
    expect(sums.has(NULL_WORD)).toBe(true);
  });

  it('starts from the dictionary: a seeded pair wins a tie', () => {
    const beads = [{ a: [1, 2], b: [11, 12] }];
    const t = trainModel1(beads, (a, b) => (a === 1 && b === 12 ? 10 : 1), 3);
    expect(t.get(1, 12)).toBeGreaterThan(t.get(1, 11));
  });
});

/** Every monotone path of the shapes from (0,0) to (n,m), as lists of [a, b] steps. */
function paths(n: number, m: number): [number, number][][] {
  if (n === 0 && m === 0) return [[]];
  const out: [number, number][][] = [];
  for (const [a, b] of SHAPES) if (a <= n && b <= m) for (const p of paths(n - a, m - b)) out.push([...p, [a, b]]);
  return out;
}

describe('bead posteriors', () => {
  it('property: equal the share of every path through the bead, weighted by exp(−cost / T), enumerated by brute force', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: 400, maxLength: 400 }), fc.constantFrom(0.5, 1, 3), (n, m, table, temperature) => {
        const cost = (i0: number, i1: number, j0: number, j1: number) => table[(i0 * 5 + j0) * 16 + (i1 - i0) * 4 + (j1 - j0)]! + (i1 - i0) + (j1 - j0);
        const result = searchAlignment(n, m, fullBand(n, m), cost);
        const posterior = beadPosteriors(n, m, fullBand(n, m), result, temperature);
        let z = 0;
        const through = result.beads.map(() => 0);
        for (const path of paths(n, m)) {
          let i = 0;
          let j = 0;
          let total = 0;
          const steps: string[] = [];
          for (const [a, b] of path) {
            total += cost(i, i + a, j, j + b);
            steps.push(`${i},${i + a},${j},${j + b}`);
            i += a;
            j += b;
          }
          const w = Math.exp(-total / temperature);
          z += w;
          result.beads.forEach((bead, k) => {
            if (steps.includes(`${bead.aStart},${bead.aEnd},${bead.bStart},${bead.bEnd}`)) through[k]! += w;
          });
        }
        result.beads.forEach((_, k) => expect(posterior[k]!).toBeCloseTo(through[k]! / z, 6));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the confidence model', () => {
  it('reads a clear bead as likely right and a doubtful one as likely wrong, in 0..1', () => {
    const clear = confidenceFeatures({ margin: 12, posterior: 0.99, aSize: 1, bSize: 1, similarity: 0.6, lengthCost: 0.5, sameAsFirst: true, neighbourMargin: 10, neighbourPosterior: 0.98, aLength: 30 });
    const doubtful = confidenceFeatures({ margin: 0.2, posterior: 0.3, aSize: 1, bSize: 3, similarity: 0.05, lengthCost: 6, sameAsFirst: false, neighbourMargin: 0.3, neighbourPosterior: 0.3, aLength: 4 });
    expect(clear).toHaveLength(CONFIDENCE_FEATURES.length);
    expect(CONFIDENCE_MODEL.weights).toHaveLength(CONFIDENCE_FEATURES.length);
    expect(probabilityRight(CONFIDENCE_MODEL, clear)).toBeGreaterThan(0.8);
    expect(probabilityRight(CONFIDENCE_MODEL, doubtful)).toBeLessThan(0.5);
  });

  it('fitting recovers which input tells right from wrong', () => {
    const samples = Array.from({ length: 400 }, (_, k) => {
      const signal = (k % 10) / 10;
      const noise = ((k * 7919) % 13) / 13;
      return { features: [signal, noise], right: signal > 0.35 };
    });
    const model = fitConfidenceModel(samples, 2000, 1);
    expect(model.weights[0]!).toBeGreaterThan(3);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(model.weights[0]! / 4);
  });
});
