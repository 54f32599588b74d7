/** The vecalign alignment format: one bead per line, `[a ids]:[b ids]`, 0-based (`[3,4]:[5]`, `[]:[6]`). */
import type { Alignment } from '../align/types.ts';

export function toVecalign(alignment: Alignment): string {
  const ids = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k).join(',');
  return alignment.beads.map((b) => `[${ids(b.aStart, b.aEnd)}]:[${ids(b.bStart, b.bEnd)}]:${b.confidence.toFixed(3)}`).join('\n') + '\n';
}
