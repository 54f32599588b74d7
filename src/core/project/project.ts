/**
 * A user's project: texts they brought, aligned into a table they correct and confirm. The types,
 * and what the page needs without the pipeline (which `create-project.ts` runs, in the worker).
 */
import type { BuiltDocument, DocumentVariants, Lang, Witness } from '../model.ts';
import type { History } from './history.ts';
import type { ChineseScript } from '../text/script.ts';
import type { ProjectRow } from './types.ts';
import type { ReadingCorrection } from './readings.ts';
import { MAX_CHINESE_WITNESSES } from '../variants/collation.ts';
/** One text a user brought, decoded. */
export interface ProjectInput {
  readonly text: string;
  readonly lang: Lang;
  /** The file's name, or "Pasted text". */
  readonly fileName: string;
  /** The encoding it was decoded from (`utf-8`, `gb18030` …), or `pasted`. */
  readonly encoding: string;
  /** A Chinese text's script as the user says it is; without it, the script found in the text. */
  readonly script?: ChineseScript;
}

export interface ProjectSource {
  readonly fileName: string;
  readonly encoding: string;
}

export interface Project {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Chinese texts first, then English. */
  readonly witnesses: readonly Witness[];
  /** Where each witness came from, in the same order. */
  readonly sources: readonly ProjectSource[];
  readonly rows: readonly ProjectRow[];
  readonly history: History;
  /** Rows aligned with less confidence than this are flagged for checking. */
  readonly threshold: number;
  /** Differences of the other Chinese texts from the base (`variants.a`), as the table stood when they were last compared. */
  readonly variants?: DocumentVariants;
  /** A teacher's corrections of readings (pinyin), for one place or every place of a word. */
  readonly readings?: readonly ReadingCorrection[];
}

export const DEFAULT_THRESHOLD = 0.5;

/** What is wrong with a set of texts' languages for a project, or null. */
export function inputShapeProblem(langs: readonly Lang[]): string | null {
  const zh = langs.filter((l) => l === 'zh').length;
  const en = langs.filter((l) => l === 'en').length;
  if (zh === 0) return en > 1 ? 'both texts are English: a project needs a Chinese text and its English translation, or two Chinese texts' : 'a project needs a Chinese text';
  if (zh > MAX_CHINESE_WITNESSES) return `a project compares at most ${MAX_CHINESE_WITNESSES} Chinese texts`;
  if (en > 1) return 'a project takes one English translation';
  if (zh + en < 2) return 'a project needs a second text: the English translation, or another Chinese text';
  return null;
}

/** A project's table as a document: its rows say whether a person confirmed them, and hold their notes. */
export interface ProjectDocument extends Omit<BuiltDocument, 'rows'> {
  readonly rows: readonly ProjectRow[];
  /** The teacher's corrections of readings: shown in the pinyin and on the dictionary card. */
  readonly readings?: readonly ReadingCorrection[];
}

/** The project as a document the reader shows; its id (the project's behind a prefix) is distinct from every corpus document's. */
export function projectDocument(project: Project): ProjectDocument {
  const credits = project.sources.map((s) => `${s.fileName} (${s.encoding})`).join('; ');
  return {
    id: `project:${project.id}`,
    title: { zh: project.name },
    date: project.createdAt.slice(0, 10),
    credits: `Your texts: ${credits}`,
    witnesses: project.witnesses,
    rows: project.rows,
    ...(project.variants ? { variants: project.variants } : {}),
    ...(project.readings && project.readings.length > 0 ? { readings: project.readings } : {}),
  };
}
