/**
 * The data model shared by the pipeline, the CLI and the app, and the one schema that validates
 * build files wherever they are loaded.
 */
import { z } from './zod.ts';
import { REMOVAL_RULES, SEGMENT_KINDS, SOURCE_FORMATS } from './model-constants.ts';
import { hasBuiltDocumentShape } from './built-document-shape.ts';
import { VARIANT_CATEGORIES } from './model-variant.ts';
import type { BuiltDocument, CorpusIndex, DocumentVariants, KeptRun, Segment, Span, Witness } from './model-types.ts';

export { REMOVAL_RULES, SEGMENT_KINDS, SOURCE_FORMATS };
export type * from './model-types.ts';

export const SCHEMA_VERSION = 1;

// ---- schema (validation where data crosses a boundary) ----

const spanFields = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const segmentSchema = z.object({
  ...spanFields,
  kind: z.enum(SEGMENT_KINDS),
  paragraph: z.number().int().nonnegative(),
  section: z.number().int().nonnegative(),
});

const metadataSchema = z.object({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  date: z.string().optional(),
  page: z.string().optional(),
  column: z.string().optional(),
  author: z.string().optional(),
  source: z.string().optional(),
  extra: z.record(z.string(), z.string()),
});

export const witnessSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    script: z.enum(['hans', 'hant', 'mixed', 'latn']),
    label: z.string(),
    sourceFile: z.string(),
    format: z.enum(SOURCE_FORMATS),
    metadata: metadataSchema,
    text: z.string(),
    kept: z.array(z.object({ textStart: z.number().int(), sourceStart: z.number().int(), length: z.number().int().positive() })),
    removals: z.array(
      z.object({ sourceStart: z.number().int(), sourceEnd: z.number().int(), rule: z.enum(REMOVAL_RULES), text: z.string() }),
    ),
    sections: z.array(z.object({ title: z.string(), ...spanFields })),
    segments: z.array(segmentSchema),
  })
  .superRefine((w, ctx) => {
    const problem = segmentTilingProblem(w.text, w.segments) ?? witnessProblem(w);
    if (problem) ctx.addIssue({ code: 'custom', message: `witness ${w.id}: ${problem}`, path: ['segments'] });
  });

/** What a reader cannot show in a witness whose segments tile its text: no text, or spans pointing outside it. */
function witnessProblem(w: { text: string; segments: readonly Segment[]; sections: readonly Span[]; kept: readonly KeptRun[] }): string | null {
  if (w.segments.length === 0) return 'no text';
  const sections = Math.max(1, w.sections.length);
  const outside = w.segments.findIndex((s) => s.section >= sections);
  if (outside >= 0) return `segment ${outside} is in section ${w.segments[outside]!.section}, of ${sections}`;
  const section = w.sections.findIndex((s) => s.end < s.start || s.end > w.text.length);
  if (section >= 0) return `section ${section} runs past the text (${w.sections[section]!.start}..${w.sections[section]!.end} of ${w.text.length})`;
  const run = w.kept.findIndex((r) => r.textStart < 0 || r.textStart + r.length > w.text.length);
  if (run >= 0) return `kept run ${run} runs past the text`;
  return null;
}

/**
 * What a reader cannot show in a document's witnesses and apparatus: ids that repeat, a
 * comparison of witnesses that are not its Chinese ones, differences at rows or places that do
 * not exist (`rowCount` null: a project's differences are from the table as it stood when they
 * were compared, and rows may have been merged since). Rows are checked by rowTilingProblem.
 */
export function documentShapeProblem(witnesses: readonly Witness[], rowCount: number | null, variants: DocumentVariants | undefined): { message: string; path: (string | number)[] } | null {
  const ids = new Set<string>();
  for (const [i, w] of witnesses.entries()) {
    if (ids.has(w.id)) return { message: `two texts have the id "${w.id}"`, path: ['witnesses', i, 'id'] };
    ids.add(w.id);
  }
  if (!variants) return null;
  const byId = new Map(witnesses.map((w) => [w.id, w]));
  const a = byId.get(variants.a);
  const compared = variants.compared ?? [variants.b];
  const others = compared.map((id) => byId.get(id));
  const chinese = (w: Witness | undefined): w is Witness => w !== undefined && w.lang === 'zh';
  if (!chinese(a) || compared[0] !== variants.b || !others.every(chinese) || new Set([variants.a, ...compared]).size !== compared.length + 1) {
    return { message: `the differences compare "${variants.a}" with "${compared.join('", "')}", which are not its Chinese texts`, path: ['variants'] };
  }
  for (const [i, item] of variants.items.entries()) {
    const where = ['variants', 'items', i];
    const b = byId.get(item.witness ?? variants.b);
    if (!b || !compared.includes(b.id)) return { message: `difference ${i} is of "${item.witness}", which is not compared`, path: where };
    if (rowCount !== null && (item.row >= rowCount || (item.bRow !== undefined && item.bRow >= rowCount))) return { message: `difference ${i} is at row ${Math.max(item.row, item.bRow ?? 0)}, of ${rowCount}`, path: where };
    if (item.aSpan.end < item.aSpan.start || item.aSpan.end > a.text.length) return { message: `difference ${i} runs past text ${a.id}`, path: where };
    if (item.bSpan.end < item.bSpan.start || item.bSpan.end > b.text.length) return { message: `difference ${i} runs past text ${b.id}`, path: where };
  }
  return null;
}

export const rowSchema = z.object({
  cells: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
  confidence: z.number().min(0).max(1),
  movedTo: z.number().int().nonnegative().optional(),
  status: z.enum(['auto', 'confirmed']).optional(),
});

export const variantsSchema = z.object({
  a: z.string(),
  b: z.string(),
  compared: z.array(z.string()).optional(),
  items: z.array(
    z.object({
      category: z.enum(VARIANT_CATEGORIES),
      witness: z.string().optional(),
      reason: z.string().optional(),
      strength: z.enum(['full', 'partial']).optional(),
      a: z.string(),
      b: z.string(),
      row: z.number().int().nonnegative(),
      bRow: z.number().int().nonnegative().optional(),
      aSpan: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      bSpan: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    }),
  ),
});

export const builtDocumentSchema = z
  .object({
    id: z.string().min(1),
    title: z.object({ zh: z.string(), en: z.string().optional() }),
    date: z.string(),
    credits: z.string(),
    witnesses: z.array(witnessSchema).min(1),
    rows: z.array(rowSchema),
    variants: variantsSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    const problem = rowTilingProblem(doc.rows, doc.witnesses.map((w) => w.segments.length));
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['rows'] });
    const shape = documentShapeProblem(doc.witnesses as Witness[], doc.rows.length, doc.variants as DocumentVariants | undefined);
    if (shape) ctx.addIssue({ code: 'custom', ...shape });
  });

/** Why rows do not hold every segment of every witness exactly once, in order, or null. */
export function rowTilingProblem(rows: readonly { cells: readonly { start: number; end: number }[]; movedTo?: number | undefined }[], segmentCounts: readonly number[]): string | null {
  const at = segmentCounts.map(() => 0);
  for (const [r, row] of rows.entries()) {
    if (row.cells.length !== segmentCounts.length) return `row ${r} has ${row.cells.length} cells for ${segmentCounts.length} witnesses`;
    if (row.cells.every((c) => c.end === c.start)) return `row ${r} is empty`;
    if (row.movedTo !== undefined && row.movedTo >= rows.length) return `row ${r} is linked to row ${row.movedTo}, which does not exist`;
    for (const [w, cell] of row.cells.entries()) {
      if (cell.start !== at[w] || cell.end < cell.start) return `row ${r}, witness ${w}: cell ${cell.start}..${cell.end}, expected to start at ${at[w]}`;
      at[w] = cell.end;
    }
  }
  for (const [w, count] of segmentCounts.entries()) if (at[w] !== count) return `rows hold ${at[w]} of witness ${w}'s ${count} segments`;
  return null;
}

export const corpusIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.object({ zh: z.string(), en: z.string().optional() }),
      date: z.string(),
      credits: z.string(),
      file: z.string(),
      rows: z.number().int().nonnegative(),
      witnesses: z.array(z.object({ id: z.string(), lang: z.enum(['zh', 'en']), label: z.string(), segments: z.number().int() })),
    }),
  ),
});

/** Why the segments do not tile `text` exactly, or null when they do. */
export function segmentTilingProblem(text: string, segments: readonly Span[]): string | null {
  let at = 0;
  for (const [i, s] of segments.entries()) {
    if (s.start !== at) return `segment ${i} starts at ${s.start}, expected ${at}`;
    if (s.end <= s.start) return `segment ${i} is empty or reversed (${s.start}..${s.end})`;
    at = s.end;
  }
  if (at !== text.length) return `segments end at ${at}, text has ${text.length} code units`;
  return null;
}

/** Parse unknown data as a build file; throws an Error naming the first problem. */
export function parseBuiltDocument(data: unknown, name: string): BuiltDocument {
  // the common case, a sound file, checked without zod's copy; anything else gets zod's message
  if (isSoundBuiltDocument(data)) return data;
  return parseWith(builtDocumentSchema, data, name) as BuiltDocument;
}

/** What `builtDocumentSchema` accepts, decided in plain loops (yes or no; zod names the problem). */
export function isSoundBuiltDocument(data: unknown): data is BuiltDocument {
  return hasBuiltDocumentShape(data) && acrossFieldsProblem(data as BuiltDocument) === null;
}

/** The checks the schemas make across fields (segments tile each text, rows tile the segments, the apparatus points inside), or null. */
function acrossFieldsProblem(doc: BuiltDocument): string | null {
  for (const w of doc.witnesses) {
    const problem = segmentTilingProblem(w.text, w.segments) ?? witnessProblem(w);
    if (problem) return problem;
  }
  return rowTilingProblem(doc.rows, doc.witnesses.map((w) => w.segments.length)) ?? documentShapeProblem(doc.witnesses, doc.rows.length, doc.variants)?.message ?? null;
}

/** Parse unknown data as the corpus index; throws an Error naming the first problem. */
export function parseCorpusIndex(data: unknown, name: string): CorpusIndex {
  return parseWith(corpusIndexSchema, data, name) as CorpusIndex;
}

function parseWith(schema: z.ZodType, data: unknown, name: string): unknown {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`${name}: not a valid Duizhao build file${where}: ${issue?.message ?? 'unknown problem'}`);
}

/** The sentence text of a segment, without the whitespace its span carries. */
export function segmentText(text: string, segment: Span): string {
  return text.slice(segment.start, segment.end).trim();
}
