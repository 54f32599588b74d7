/** The data model's types: documents, witnesses, segments, rows (the schemas that check them are in model.ts). */
import type { REMOVAL_RULES, SEGMENT_KINDS, SOURCE_FORMATS } from './model-constants.ts';
import type { Variant } from './model-variant.ts';

/** A run of consecutive segments `[start, end)` of one witness; empty when start === end. */
export interface RowCell {
  readonly start: number;
  readonly end: number;
}

export interface Row {
  /** One cell per witness, in the document's witness order. */
  readonly cells: readonly RowCell[];
  readonly confidence: number;
  /** For a moved passage: the row that holds the same passage in the other witnesses. */
  readonly movedTo?: number;
  /** `confirmed` when a person checked the row (a project's row always says; a corpus row says when the team checked it by hand). */
  readonly status?: 'auto' | 'confirmed';
}


/** A UTF-16 code-unit offset into a string (what `String.prototype.slice` takes). */
export type Utf16Offset = number & { readonly __brand: 'Utf16Offset' };

export type Lang = 'zh' | 'en';
/** `latn` is the English witnesses' script; DESIGN.md names the Chinese ones. */
export type Script = 'hans' | 'hant' | 'mixed' | 'latn';

export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** A half-open span `[start, end)` of a witness's normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A segment's span covers its sentence and the whitespace after it, so that the spans of a
 * witness tile its text exactly; `textOf` trims for display.
 */
export interface Segment extends Span {
  readonly kind: SegmentKind;
  /** 0-based paragraph index within the witness. */
  readonly paragraph: number;
  /** 0-based section index (a document of two letters has sections 0 and 1). */
  readonly section: number;
}

/** A stretch of the source that was left out of the witness text, and the rule that left it out. */
export interface Removal {
  /** Offsets into the source file's text (after decoding). */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly rule: RemovalRule;
  readonly text: string;
}

export type RemovalRule = (typeof REMOVAL_RULES)[number];

/** A run of witness text copied verbatim from the source: text[textStart + i] = source[sourceStart + i]. */
export interface KeptRun {
  readonly textStart: number;
  readonly sourceStart: number;
  readonly length: number;
}

export interface Section {
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

export interface SourceMetadata {
  readonly title?: string;
  readonly subtitle?: string;
  readonly date?: string;
  readonly page?: string;
  readonly column?: string;
  readonly author?: string;
  readonly source?: string;
  /** Every other field the source carries, by its own name. */
  readonly extra: Readonly<Record<string, string>>;
}

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Witness {
  readonly id: string;
  readonly lang: Lang;
  readonly script: Script;
  readonly label: string;
  readonly sourceFile: string;
  readonly format: SourceFormat;
  readonly metadata: SourceMetadata;
  readonly text: string;
  readonly kept: readonly KeptRun[];
  readonly removals: readonly Removal[];
  readonly sections: readonly Section[];
  readonly segments: readonly Segment[];
}

export interface DocumentMeta {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en?: string };
  readonly date: string;
  readonly credits: string;
}

export interface BuiltDocument extends DocumentMeta {
  readonly witnesses: readonly Witness[];
  /** The alignment table: rows across all witnesses (one row per segment for a single witness). */
  readonly rows: readonly Row[];
  /** Differences of its other Chinese witnesses from the base, when it has two or more. */
  readonly variants?: DocumentVariants;
}

export interface DocumentVariants {
  /** Witness ids: readings `a` are in the base `a`'s text, readings `b` in witness `b`'s (or the item's `witness`). */
  readonly a: string;
  readonly b: string;
  /** With more than one witness compared with the base: all of them, `b` first, in witness order. */
  readonly compared?: readonly string[];
  readonly items: readonly Variant[];
}

export interface CorpusIndex {
  readonly schemaVersion: number;
  readonly documents: readonly (DocumentMeta & {
    readonly file: string;
    readonly rows: number;
    readonly witnesses: readonly { readonly id: string; readonly lang: Lang; readonly label: string; readonly segments: number }[];
  })[];
}
