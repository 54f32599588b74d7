/** Differences between two Chinese witnesses, as a scholar reads them. */
import type { VariantStrength } from './text/unihan.ts';

export const VARIANT_CATEGORIES = ['script', 'variant', 'numeral', 'punctuation', 'moved', 'substantive'] as const;
export type VariantCategory = (typeof VARIANT_CATEGORIES)[number];

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface Variant {
  readonly category: VariantCategory;
  /**
   * The rule or table that decided the category: `OpenCC t2s: 後 → 后`, `Unihan kZVariant: 𠀀/…`,
   * `numeral value 1958`, `punctuation: 、 → ，`, `moved: row 45 in A, row 36 in B (…)`. Absent only
   * in differences saved before reasons were recorded.
   */
  readonly reason?: string;
  /** For a `variant`: `full` (one character, differently written) or `partial` (interchangeable in some senses only). */
  readonly strength?: VariantStrength;
  /** The witness whose reading is `b`, in a collation of several (absent: the collation's `b`). */
  readonly witness?: string;
  /** The reading in A and in B, as written (empty for an insertion or deletion). */
  readonly a: string;
  readonly b: string;
  /** Row of the alignment table (0-based) where A's reading stands. */
  readonly row: number;
  /** For a move: the row where B's reading stands. */
  readonly bRow?: number;
  /** UTF-16 offsets into each witness's text; an empty span marks the place of an insertion or deletion. */
  readonly aSpan: TextSpan;
  readonly bSpan: TextSpan;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/** What a category means, for legends and tables. */
export function describeCategory(category: VariantCategory): string {
  switch (category) {
    case 'script':
      return 'traditional and simplified forms of one character';
    case 'variant':
      return 'variant forms of one character (異體字)';
    case 'numeral':
      return 'one number written differently';
    case 'punctuation':
      return 'punctuation only';
    case 'moved':
      return 'the same passage at different places';
    case 'substantive':
      return 'a different reading';
    default:
      return assertNever(category);
  }
}
