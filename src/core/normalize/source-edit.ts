/**
 * A record of what was taken out of a source, character by character. Readers and normalisation
 * passes mark stretches as removed, each by a named rule; what is left is the witness text, and
 * every character of it maps back to the identical character of the source.
 */
import type { KeptRun, Removal, RemovalRule } from '../model.ts';
import { REMOVAL_RULES } from '../model.ts';

/** The text that is still kept, and where each of its UTF-16 units sits in the source. */
export interface KeptView {
  readonly text: string;
  readonly toSource: Int32Array;
}

export interface FinishedEdit {
  readonly text: string;
  readonly kept: KeptRun[];
  readonly removals: Removal[];
}

const KEPT = 0;

/** Removal marks over one source string. The first rule to claim a character keeps it. */
export class SourceEdit {
  readonly source: string;
  private readonly marks: Uint8Array;

  constructor(source: string) {
    this.source = source;
    this.marks = new Uint8Array(source.length);
  }

  /** Mark source offsets [start, end) as removed by `rule` (offsets already removed keep their rule). */
  remove(start: number, end: number, rule: RemovalRule): void {
    if (start < 0 || end > this.source.length || start > end) {
      throw new RangeError(`removal ${start}..${end} lies outside the source (length ${this.source.length})`);
    }
    const code = REMOVAL_RULES.indexOf(rule) + 1;
    for (let i = start; i < end; i++) if (this.marks[i] === KEPT) this.marks[i] = code;
  }

  /** Mark the view's offsets [start, end) as removed: the view's characters map back to the source. */
  removeInView(view: KeptView, start: number, end: number, rule: RemovalRule): void {
    for (let i = start; i < end; i++) {
      const at = view.toSource[i]!;
      this.remove(at, at + 1, rule);
    }
  }

  isKept(offset: number): boolean {
    return this.marks[offset] === KEPT;
  }

  /** The kept text as it stands now, for passes that look at it. */
  view(): KeptView {
    const toSource = new Int32Array(this.source.length);
    let n = 0;
    const parts: string[] = [];
    let runStart = -1;
    for (let i = 0; i <= this.source.length; i++) {
      const kept = i < this.source.length && this.marks[i] === KEPT;
      if (kept) {
        if (runStart < 0) runStart = i;
        toSource[n++] = i;
      } else if (runStart >= 0) {
        parts.push(this.source.slice(runStart, i));
        runStart = -1;
      }
    }
    return { text: parts.join(''), toSource: toSource.subarray(0, n) };
  }

  /** The witness text, its kept runs and its removals, which together tile the source. */
  finish(): FinishedEdit {
    const kept: KeptRun[] = [];
    const removals: Removal[] = [];
    const parts: string[] = [];
    let textLength = 0;
    let i = 0;
    while (i < this.source.length) {
      const mark = this.marks[i]!;
      let j = i + 1;
      while (j < this.source.length && this.marks[j] === mark) j++;
      const slice = this.source.slice(i, j);
      if (mark === KEPT) {
        kept.push({ textStart: textLength, sourceStart: i, length: j - i });
        parts.push(slice);
        textLength += j - i;
      } else {
        removals.push({ sourceStart: i, sourceEnd: j, rule: REMOVAL_RULES[mark - 1]!, text: slice });
      }
      i = j;
    }
    return { text: parts.join(''), kept, removals };
  }
}

/** The source offset of a witness-text offset, through the kept runs (binary search). */
export function sourceOffsetOf(kept: readonly KeptRun[], textOffset: number): number {
  let lo = 0;
  let hi = kept.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = kept[mid]!;
    if (textOffset < run.textStart) hi = mid - 1;
    else if (textOffset >= run.textStart + run.length) lo = mid + 1;
    else return run.sourceStart + (textOffset - run.textStart);
  }
  throw new RangeError(`text offset ${textOffset} is not inside any kept run`);
}
