/** What each cue of a bead's cost weighs, and the weights the aligner uses. */

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
