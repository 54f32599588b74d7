/**
 * A user's project: texts they brought, aligned into a table of rows they correct and confirm.
 * The table is the document's alignment table with a status per row; every correction is an
 * `Edit`, a patch that can be applied and inverted exactly, so history is a list of patches.
 */
import type { Row, RowCell, Witness } from '../model.ts';
import type { ReadingChange, ReadingCorrection } from './readings.ts';

export type RowStatus = 'auto' | 'confirmed';

export interface ProjectRow extends Row {
  readonly status: RowStatus;
  /** A teacher's or a student's note on the row; it moves with the row's sentences. */
  readonly note?: string;
}

/** What the edits act on: the witnesses (their segments change when a sentence is split) and the rows. */
export interface TableState {
  readonly witnesses: readonly Witness[];
  readonly rows: readonly ProjectRow[];
  /** A teacher's corrections of readings (pinyin); absent in projects that have none. */
  readonly readings?: readonly ReadingCorrection[];
}

/**
 * A change to a table: rows `[at, at + before.length)` become `after`; and, where a sentence is
 * split or two are joined again, the segments of one witness change, and that witness's cells in
 * every row outside the patch move by one.
 */
export interface Edit {
  /** What the user did, in words ("Merge rows 12 and 13"). */
  readonly label: string;
  readonly at: number;
  readonly before: readonly ProjectRow[];
  readonly after: readonly ProjectRow[];
  readonly segments?: SegmentChange;
  /** Texts renamed: witness `witness`'s label goes from `before` to `after`. */
  readonly labels?: readonly LabelChange[];
  /** A reading corrected (its rows patch is then empty). */
  readonly reading?: ReadingChange;
}

/** A text's label changed, by its index in the table. */
export interface LabelChange {
  readonly witness: number;
  readonly before: string;
  readonly after: string;
}

/** Split segment `segment` of witness `witness` at text offset `offset`, or join it with the next. */
export type SegmentChange =
  | { readonly kind: 'split'; readonly witness: number; readonly segment: number; readonly offset: number }
  | { readonly kind: 'join'; readonly witness: number; readonly segment: number; readonly offset: number };

export type EditResult = { readonly ok: true; readonly edit: Edit } | { readonly ok: false; readonly reason: string };

export type { RowCell };
