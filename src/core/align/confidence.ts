/**
 * A bead's confidence as the probability that it is exactly right: a logistic model over what the
 * search knows of the bead (how far ahead of the next best way it was, its shape, how much of it
 * the dictionary explains, its lengths, whether the first pass found it too, how sure its
 * neighbours are), fitted on MAC-Dev by `bench/align-calibrate.ts` (leave-one-chapter-out figures
 * printed there). Below 0.5 a bead is more likely wrong than right, which is what the flag says.
 */

/** What is known of one bead after the search. */
export interface BeadEvidence {
  /** How much worse the best other way into the bead's end was (cost units; 50 when there was none). */
  readonly margin: number;
  /** The bead's probability over every path through the band (posterior.ts). */
  readonly posterior: number;
  readonly aSize: number;
  readonly bSize: number;
  /** The share of its known words the dictionary (and what was learned) finds across (0..1). */
  readonly similarity: number;
  /** Gale–Church's length cost (0 when the lengths fit the document's ratio). */
  readonly lengthCost: number;
  /** The first pass had exactly this bead. */
  readonly sameAsFirst: boolean;
  /** The smaller margin of the beads before and after it. */
  readonly neighbourMargin: number;
  /** The smaller posterior of the beads before and after it. */
  readonly neighbourPosterior: number;
  /** Characters on side A (short sentences are easily matched with the wrong neighbour). */
  readonly aLength: number;
}

export interface ConfidenceModel {
  readonly bias: number;
  /** One weight per feature of `confidenceFeatures`, in order. */
  readonly weights: readonly number[];
}

export const CONFIDENCE_FEATURES = ['posterior', 'margin', 'merge (1-2, 2-1)', 'gap (1-0, 0-1)', 'wide (1-3 and wider)', 'similarity', 'length cost', 'same as the first pass', 'neighbour margin', 'neighbour posterior', 'short'] as const;

/** The model's inputs for a bead, scaled to about 0..1. */
export function confidenceFeatures(e: BeadEvidence): number[] {
  const one = e.aSize === 1 && e.bSize === 1;
  const gap = e.aSize === 0 || e.bSize === 0;
  const merge = !one && !gap && e.aSize + e.bSize === 3;
  const wide = !one && !gap && !merge;
  const squash = (margin: number) => 1 - Math.exp(-Math.min(margin, 50) / 2);
  return [e.posterior, squash(e.margin), merge ? 1 : 0, gap ? 1 : 0, wide ? 1 : 0, e.similarity, Math.min(e.lengthCost, 10) / 10, e.sameAsFirst ? 1 : 0, squash(e.neighbourMargin), e.neighbourPosterior, Math.exp(-e.aLength / 15)];
}

export function probabilityRight(model: ConfidenceModel, features: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fitted on MAC-Dev's six chapters (1,378 beads) by `npx tsx bench/align-calibrate.ts`, which
 * prints these numbers and the cross-validated figures, and says whether they are the ones
 * shipped; refitted whenever the aligner changes. (The gap weight is 0: the aligner chose no 1-0
 * or 0-1 bead there, so MAC-Dev says nothing of them; their posterior still speaks.)
 */
export const CONFIDENCE_MODEL: ConfidenceModel = {
  bias: -0.402,
  weights: [3.029, 0.1, -0.57, 0.0, -0.31, 0.938, -2.921, -0.013, 0.074, 2.001, -0.224],
};

/** Fit a logistic model by gradient descent with a little L2 (so weights stay sane on ~1,000 beads). */
export function fitConfidenceModel(samples: readonly { readonly features: readonly number[]; readonly right: boolean }[], rounds = 3000, rate = 0.5, l2 = 1e-3): ConfidenceModel {
  const d = samples[0]?.features.length ?? 0;
  let bias = 0;
  const weights = new Array<number>(d).fill(0);
  for (let round = 0; round < rounds; round++) {
    let gBias = 0;
    const g = new Array<number>(d).fill(0);
    for (const { features, right } of samples) {
      const error = probabilityRight({ bias, weights }, features) - (right ? 1 : 0);
      gBias += error;
      for (let k = 0; k < d; k++) g[k]! += error * features[k]!;
    }
    bias -= (rate * gBias) / samples.length;
    for (let k = 0; k < d; k++) weights[k]! -= rate * (g[k]! / samples.length + l2 * weights[k]!);
  }
  return { bias, weights };
}
