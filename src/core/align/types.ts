/** Sentence alignment: beads of consecutive sentences from two sides, in order. */

/**
 * One unit of an alignment: sentences [aStart, aEnd) of side A with [bStart, bEnd) of side B.
 * Either range may be empty (a 1-0 or 0-1 bead), never both.
 */
export interface Bead {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /** 0..1: how sure the aligner is of this bead (low where the alternatives scored close). */
  readonly confidence: number;
}

/** A monotone alignment: the beads cover every sentence of both sides once, in order. */
export interface Alignment {
  readonly beads: readonly Bead[];
}

/** The bead's type as aligners name it: `1-1`, `2-1`, `0-1`, … */
export function beadType(bead: Bead): string {
  return `${bead.aEnd - bead.aStart}-${bead.bEnd - bead.bStart}`;
}

/** Why `alignment` is not monotone and complete over sides of `aCount` and `bCount` sentences, or null. */
export function alignmentProblem(alignment: Alignment, aCount: number, bCount: number): string | null {
  let a = 0;
  let b = 0;
  for (const [i, bead] of alignment.beads.entries()) {
    if (bead.aStart !== a || bead.bStart !== b) return `bead ${i} starts at ${bead.aStart}/${bead.bStart}, expected ${a}/${b}`;
    if (bead.aEnd < bead.aStart || bead.bEnd < bead.bStart) return `bead ${i} is reversed`;
    if (bead.aEnd === bead.aStart && bead.bEnd === bead.bStart) return `bead ${i} is empty`;
    a = bead.aEnd;
    b = bead.bEnd;
  }
  if (a !== aCount || b !== bCount) return `beads end at ${a}/${b}, sides have ${aCount}/${bCount}`;
  return null;
}
