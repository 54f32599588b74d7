/**
 * A project as a file (the project's own JSON export, and what is saved in the browser): the
 * texts, the table with each row's status, the history of edits. Validated where it comes in,
 * with the first problem named; a file that fails is never half-read.
 */
import { z } from '../zod.ts';
import { documentShapeProblem, rowSchema, rowTilingProblem, variantsSchema, witnessSchema, type DocumentVariants, type Witness } from '../model.ts';
import { inputShapeProblem, type Project } from './project.ts';
import { defaultWitnessLabels, labelProblem } from './witness-label.ts';
import { readingsProblem, type ReadingCorrection } from './readings.ts';

export const PROJECT_FORMAT = 'duizhao-project';
export const PROJECT_VERSION = 1;

const projectRowSchema = rowSchema.extend({ status: z.enum(['auto', 'confirmed']), note: z.string().optional() });

/** A teacher's correction of a reading (optional: projects saved before there were corrections have none). */
const readingSchema = z.object({ word: z.string().min(1), pinyin: z.string().min(1), witness: z.string().optional(), at: z.number().int().nonnegative().optional() });

const editSchema = z.object({
  label: z.string(),
  at: z.number().int().nonnegative(),
  before: z.array(projectRowSchema),
  after: z.array(projectRowSchema),
  segments: z
    .object({ kind: z.enum(['split', 'join']), witness: z.number().int().nonnegative(), segment: z.number().int().nonnegative(), offset: z.number().int().nonnegative() })
    .optional(),
  labels: z.array(z.object({ witness: z.number().int().nonnegative(), before: z.string(), after: z.string() })).optional(),
  reading: z.object({ before: readingSchema.nullable(), after: readingSchema.nullable() }).optional(),
});

const projectSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    witnesses: z.array(witnessSchema).min(1),
    sources: z.array(z.object({ fileName: z.string(), encoding: z.string() })),
    rows: z.array(projectRowSchema),
    history: z.object({ done: z.array(editSchema), undone: z.array(editSchema) }),
    threshold: z.number().min(0).max(1),
    variants: variantsSchema.optional(),
    readings: z.array(readingSchema).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.sources.length !== p.witnesses.length) ctx.addIssue({ code: 'custom', message: `${p.sources.length} sources for ${p.witnesses.length} texts`, path: ['sources'] });
    // what the app cannot show: the shapes a project can be made in, Chinese texts first
    const langs = p.witnesses.map((w) => w.lang);
    const shape = inputShapeProblem(langs);
    if (shape) ctx.addIssue({ code: 'custom', message: shape, path: ['witnesses'] });
    else if (langs.lastIndexOf('zh') > langs.indexOf('en') && langs.includes('en')) ctx.addIssue({ code: 'custom', message: 'the Chinese texts must come before the English', path: ['witnesses'] });
    // a label is the user's (checked as one) or, in a project saved before labels, the file's name (given a readable one on reading)
    for (const [i, w] of p.witnesses.entries()) {
      const problem = labelledByFile(w.label, p.sources) ? null : labelProblem(w.label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['witnesses', i, 'label'] });
    }
    const problem = rowTilingProblem(p.rows, p.witnesses.map((w) => w.segments.length));
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['rows'] });
    const document = documentShapeProblem(p.witnesses as Witness[], null, p.variants as DocumentVariants | undefined);
    if (document) ctx.addIssue({ code: 'custom', ...document });
    const readings = p.readings && readingsProblem(p.readings as ReadingCorrection[], p.witnesses);
    if (readings) ctx.addIssue({ code: 'custom', message: readings, path: ['readings'] });
    // undo and redo put these rows back: they must fit the texts as the rows do
    for (const [list, edits] of [['done', p.history.done], ['undone', p.history.undone]] as const) {
      for (const [i, edit] of edits.entries()) {
        const bad = [...edit.before, ...edit.after].find((row) => row.cells.length !== p.witnesses.length);
        if (bad || (edit.segments && edit.segments.witness >= p.witnesses.length) || edit.labels?.some((c) => c.witness >= p.witnesses.length || labelProblem(c.after) !== null || labelProblem(c.before) !== null)) {
          ctx.addIssue({ code: 'custom', message: `edit "${edit.label}" does not fit the project's ${p.witnesses.length} texts`, path: ['history', list, i] });
        }
      }
    }
  });

const projectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  project: projectSchema,
  /** The lesson's view as the exporter had it (a link's query, `?hidden=en&pinyin=on`): how to show the texts, not part of the table. */
  view: z.string().max(2000).optional(),
});

/** The project as its own JSON file, with the view to show it in when there is one. */
export function projectToJson(project: Project, view?: string): string {
  return JSON.stringify({ format: PROJECT_FORMAT, version: PROJECT_VERSION, project, ...(view ? { view } : {}) });
}

/** A project file read whole: the project, and the view it was shared with (null when it names none or names it wrongly). */
export function parseProjectFileWithView(text: string, name: string): { readonly project: Project; readonly view: string | null } {
  const data = jsonOf(text, name);
  const view = (data as { view?: unknown } | null)?.view;
  return { project: parseProjectFile(data, name), view: typeof view === 'string' ? view : null };
}

/** The project file's data (for storage that keeps objects, not text). */
export function projectFileData(project: Project): unknown {
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, project };
}

/** Read a project file's data; throws an Error naming `name` and the first problem. */
export function parseProjectFile(data: unknown, name: string): Project {
  const result = projectFileSchema.safeParse(data);
  if (result.success) return withReadableLabels(result.data.project as Project);
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  const what = issue?.path[0] === 'format' ? 'not a Duizhao project file' : `not a valid Duizhao project${where}`;
  throw new Error(`${name}: ${what}: ${issue?.message ?? 'unknown problem'}`);
}

/** Read a project file's text; throws an Error naming `name` when it is not JSON or not a project. */
export function parseProjectJson(text: string, name: string): Project {
  return parseProjectFile(jsonOf(text, name), name);
}

/** A file's text as JSON; throws an Error naming `name` when it is not JSON. */
function jsonOf(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not a Duizhao project file: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A project saved before texts had labels of their own: each text was labelled with its source's
 * file name, and gets the readable default instead ("ANALECTS-ZH-BIG5.TXT" → "Analects (Chinese)").
 */
function withReadableLabels(project: Project): Project {
  const old = project.witnesses.map((w) => labelledByFile(w.label, project.sources));
  if (!old.includes(true)) return project;
  const defaults = defaultWitnessLabels(project.witnesses.map((w, i) => ({ fileName: w.sourceFile, lang: w.lang, pasted: project.sources[i]?.encoding === 'pasted' })));
  return { ...project, witnesses: project.witnesses.map((w, i) => (old[i] ? { ...w, label: defaults[i]! } : w)) };
}

/**
 * Whether a label is one of the project's sources' names, as every label was before labels
 * (an imported table's sources were listed in the file's column order, not the texts', so any).
 */
function labelledByFile(label: string, sources: readonly { readonly fileName: string }[]): boolean {
  return sources.some((s) => s.fileName === label);
}
