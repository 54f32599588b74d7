/** The messages between the page and the project worker, which does the heavy work on texts users bring. */
import type { DocumentVariants, Lang, Witness } from '../../core/model.ts';
import type { Project, ProjectInput } from '../../core/project/project.ts';
import type { NewProject, ProjectProgress } from '../../core/project/create-project.ts';
import type { EditResult, ProjectRow } from '../../core/project/types.ts';
import type { Glossary } from '../../core/glossary/glossary.ts';
import type { ProjectSearchRequest, ProjectSearchResult } from '../../core/reader/project-search.ts';

export type WorkerRequest =
  | { readonly type: 'decode'; readonly job: number; readonly name: string; readonly bytes: ArrayBuffer; readonly encoding?: string }
  | { readonly type: 'create'; readonly job: number; readonly inputs: readonly ProjectInput[]; readonly meta: NewProject; readonly baseUrl: string }
  | { readonly type: 'compare'; readonly job: number; readonly id: string; readonly witnesses: readonly Witness[]; readonly rows: readonly ProjectRow[]; readonly base?: string }
  | { readonly type: 'realign'; readonly job: number; readonly witnesses: readonly Witness[]; readonly rows: readonly ProjectRow[]; readonly baseUrl: string }
  | { readonly type: 'glossary'; readonly job: number; readonly id: string; readonly witnesses: readonly Witness[]; readonly rows: readonly ProjectRow[]; readonly baseUrl: string }
  /** Search across the saved projects (search across the library's project part). */
  | ({ readonly type: 'search'; readonly job: number } & ProjectSearchRequest);

/** A decoded text: what was detected, and a look at its beginning. */
export interface DecodedFile {
  readonly text: string;
  readonly encoding: string;
  /** How the encoding was chosen, in words. */
  readonly reason: string;
  /** Places read as U+FFFD, one line each (`invalid UTF-8 at byte 12 (line 3), read as U+FFFD`). */
  readonly warnings: readonly string[];
  readonly detected: { readonly lang: Lang | null; readonly han: number; readonly latin: number; readonly kana: number };
}

export type WorkerResponse =
  | { readonly type: 'decoded'; readonly job: number; readonly file: DecodedFile }
  | { readonly type: 'progress'; readonly job: number; readonly progress: ProjectProgress | { readonly stage: 'dictionary'; readonly fraction: number } }
  | { readonly type: 'created'; readonly job: number; readonly project: Project }
  | { readonly type: 'compared'; readonly job: number; readonly variants: DocumentVariants | null }
  | { readonly type: 'realigned'; readonly job: number; readonly result: EditResult }
  | { readonly type: 'glossary'; readonly job: number; readonly glossary: Glossary | null }
  | { readonly type: 'searched'; readonly job: number; readonly result: ProjectSearchResult }
  | { readonly type: 'failed'; readonly job: number; readonly message: string; readonly kind?: string };
