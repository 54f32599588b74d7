/**
 * A project from the texts a user brings: each text read as plain text (normalised losslessly and
 * segmented as the corpus is), aligned with the first Chinese text, and the two Chinese texts, when
 * there are two, compared. The same pipeline as the corpus build; this is what the Web Worker runs.
 */
import type { DocumentVariants, Lang } from '../model.ts';
import type { Lexicon } from '../align/lexicon.ts';
import { buildWitness } from '../pipeline/build-witness.ts';
import { alignDocument } from '../pipeline/align-document.ts';
import { collate } from '../variants/collate.ts';
import { EMPTY_HISTORY } from './history.ts';
import { DEFAULT_THRESHOLD, inputShapeProblem, type Project, type ProjectInput } from './project.ts';
import { defaultWitnessLabels } from './witness-label.ts';

export interface ProjectProgress {
  readonly stage: 'segmenting' | 'aligning' | 'comparing';
  /** 0..1 over the whole job. */
  readonly fraction: number;
}

export interface NewProject {
  readonly id: string;
  readonly name: string;
  readonly now: string;
  /** Which Chinese text (0-based, in the order given) the others are compared with; the first by default. */
  readonly base?: number;
}

/**
 * Build a project from decoded texts: one Chinese and one English, or two to four Chinese (and an
 * optional English). `lexicon` is needed when there is English. Throws with the text named on bad input.
 */
export function createProject(inputs: readonly ProjectInput[], lexicon: Lexicon | undefined, meta: NewProject, onProgress?: (progress: ProjectProgress) => void): Project {
  const chinese = inputs.filter((t) => t.lang === 'zh');
  const english = inputs.filter((t) => t.lang === 'en');
  const shapeProblem = inputShapeProblem(inputs.map((t) => t.lang));
  if (shapeProblem) throw new Error(shapeProblem);
  const ordered = [...chinese, ...english];
  const ids = witnessIds(ordered.map((t) => t.lang));
  // a readable name from the file's ("ANALECTS-ZH-BIG5.TXT" → "Analects (Chinese)"), the user's to change
  const labels = defaultWitnessLabels(ordered.map((t) => ({ fileName: t.fileName, lang: t.lang, pasted: t.encoding === 'pasted' })));
  onProgress?.({ stage: 'segmenting', fraction: 0 });
  const witnesses = ordered.map((input, i) =>
    buildWitness({ id: ids[i]!, lang: input.lang, ...(input.lang === 'en' ? { script: 'latn' as const } : input.script ? { script: input.script } : {}), label: labels[i]!, file: input.fileName, format: 'plain-text' }, input.text, { titleLine: true }),
  );
  // segmenting is quick; aligning takes most of the time; comparing two Chinese texts the rest
  const compareShare = chinese.length > 1 ? Math.min(0.5, 0.25 * (chinese.length - 1)) : 0;
  onProgress?.({ stage: 'aligning', fraction: 0.05 });
  const rows = alignDocument(witnesses, lexicon, (f) => onProgress?.({ stage: 'aligning', fraction: 0.05 + (0.95 - compareShare) * f }));
  const chineseIds = witnesses.filter((w) => w.lang === 'zh').map((w) => w.id);
  if (chinese.length > 1) onProgress?.({ stage: 'comparing', fraction: 1 - compareShare });
  return assembleProject(
    meta,
    witnesses,
    ordered.map((t) => ({ fileName: t.fileName, encoding: t.encoding })),
    rows.map((row) => ({ cells: row.cells, confidence: row.confidence, status: 'auto' })),
    chineseIds[meta.base ?? 0],
  );
}

/**
 * A new project of these texts and rows, with no history yet; its Chinese texts compared with
 * `base` (default: the first) when it has two or more.
 */
export function assembleProject(meta: { readonly id: string; readonly name: string; readonly now: string }, witnesses: Project['witnesses'], sources: Project['sources'], rows: Project['rows'], base?: string): Project {
  const project: Project = { id: meta.id, name: meta.name, createdAt: meta.now, updatedAt: meta.now, witnesses, sources, rows, history: EMPTY_HISTORY, threshold: DEFAULT_THRESHOLD };
  if (witnesses.filter((w) => w.lang === 'zh').length < 2) return project;
  const variants = projectVariants(project, base);
  return variants ? { ...project, variants } : project;
}

/** `zh` and `en`, or `zh-a`, `zh-b` … and `en` when there are several Chinese texts. */
function witnessIds(langs: readonly Lang[]): string[] {
  const several = langs.filter((l) => l === 'zh').length > 1;
  let k = 0;
  return langs.map((l) => (l === 'en' ? 'en' : several ? `zh-${'abcd'[k++]}` : 'zh'));
}

/**
 * The differences of the project's Chinese texts from `base` (default: the base it was last
 * compared on, else its first Chinese text) as its table now stands.
 */
export function projectVariants(project: Pick<Project, 'witnesses' | 'rows' | 'id' | 'variants'>, base = project.variants?.a): DocumentVariants | undefined {
  const known = base !== undefined && project.witnesses.some((w) => w.id === base && w.lang === 'zh');
  return collate(project, known ? base : undefined);
}

