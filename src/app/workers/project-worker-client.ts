/**
 * The page's side of the project worker: one worker, requests as promises, progress as callbacks.
 * A worker that dies (out of memory on a huge text) fails the jobs it had and is started afresh.
 */
import type { DocumentVariants, Witness } from '../../core/model.ts';
import type { Project, ProjectInput } from '../../core/project/project.ts';
import type { EditResult, ProjectRow } from '../../core/project/types.ts';
import type { NewProject } from '../../core/project/create-project.ts';
import type { Glossary } from '../../core/glossary/glossary.ts';
import type { ConcordanceGroup } from '../../core/reader/library-search.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { revisionOf, searchable } from '../../core/reader/searchable.ts';
import type { DecodedFile, WorkerRequest, WorkerResponse } from './project-protocol.ts';

export type JobProgress = Extract<WorkerResponse, { type: 'progress' }>['progress'];

/** What the app asks of the worker; the store takes it as a dependency, so tests can pass their own. */
export interface ProjectWorker {
  decode(name: string, bytes: ArrayBuffer, encoding?: string): Promise<DecodedFile>;
  create(inputs: readonly ProjectInput[], meta: NewProject, onProgress: (progress: JobProgress) => void): Promise<Project>;
  /** The runs of unconfirmed rows aligned again between the confirmed ones (realign.ts): the edit, or why there is none. */
  realign(witnesses: readonly Witness[], rows: readonly ProjectRow[]): Promise<EditResult>;
  /** The Chinese texts compared with `base` (default: the first). */
  compare(id: string, witnesses: readonly Witness[], rows: readonly ProjectRow[], base?: string): Promise<DocumentVariants | null>;
  /** The glossary of a project's Chinese texts, for the dictionary card and word links (loads CC-CEDICT). */
  glossary(id: string, witnesses: readonly Witness[], rows: readonly ProjectRow[]): Promise<Glossary | null>;
}

/** Search across the saved projects, in the worker: the page does no matching. */
export interface ProjectSearch {
  /** The concordance of `query` in `projects`, in their order. */
  search(query: string, projects: readonly ReaderDocument[]): Promise<readonly ConcordanceGroup[]>;
}

/** An error the worker reported, with the kind of bad input when it was one. */
export class WorkerJobError extends Error {
  readonly kind: string | undefined;

  constructor(message: string, kind?: string) {
    super(message);
    this.name = 'WorkerJobError';
    this.kind = kind;
  }
}

interface Pending {
  readonly resolve: (response: WorkerResponse) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: JobProgress) => void;
}

export function createProjectWorker(baseUrl: string): ProjectWorker & ProjectSearch {
  let worker: Worker | null = null;
  let jobs = 0;
  const pending = new Map<number, Pending>();
  // the revision of each project whose texts this worker has been sent for search; a new worker has none
  const sent = new Map<string, string>();

  const start = () => {
    const w = new Worker(new URL('./project-worker.ts', import.meta.url), { type: 'module', name: 'duizhao-projects' });
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const job = pending.get(message.job);
      if (!job) return;
      if (message.type === 'progress') return job.onProgress?.(message.progress);
      pending.delete(message.job);
      if (message.type === 'failed') job.reject(new WorkerJobError(message.message, message.kind));
      else job.resolve(message);
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const job of pending.values()) job.reject(new WorkerJobError(`the text could not be processed: ${event.message || 'the worker stopped (the text may be too large for this browser)'}`));
      pending.clear();
      sent.clear();
      w.terminate();
      worker = null;
    };
    return w;
  };

  const send = (request: WorkerRequest, transfer: Transferable[] = [], onProgress?: (progress: JobProgress) => void) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(request.job, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      (worker ??= start()).postMessage(request, transfer);
    });

  return {
    async decode(name, bytes, encoding) {
      const response = await send({ type: 'decode', job: ++jobs, name, bytes, ...(encoding ? { encoding } : {}) }, [bytes]);
      if (response.type !== 'decoded') throw new Error(`unexpected answer ${response.type}`);
      return response.file;
    },
    async create(inputs, meta, onProgress) {
      const response = await send({ type: 'create', job: ++jobs, inputs, meta, baseUrl }, [], onProgress);
      if (response.type !== 'created') throw new Error(`unexpected answer ${response.type}`);
      return response.project;
    },
    async glossary(id, witnesses, rows) {
      const response = await send({ type: 'glossary', job: ++jobs, id, witnesses, rows, baseUrl });
      if (response.type !== 'glossary') throw new Error(`unexpected answer ${response.type}`);
      return response.glossary;
    },
    async search(query, projects) {
      const byId = new Map(
        projects.map((p) => {
          const document = searchable(p);
          return [document.id, { revision: revisionOf(document), document }] as const;
        }),
      );
      const keys = [...byId].map(([id, { revision }]) => ({ id, revision }));
      let documents = [...byId.values()].filter((d) => sent.get(d.document.id) !== d.revision);
      // a second try for texts the worker turned out not to have (it forgets projects no longer listed)
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await send({ type: 'search', job: ++jobs, query, projects: keys, documents });
        if (response.type !== 'searched') throw new Error(`unexpected answer ${response.type}`);
        for (const d of documents) sent.set(d.document.id, d.revision);
        if ('groups' in response.result) return response.result.groups;
        documents = response.result.missing.map((id) => byId.get(id)!);
      }
      throw new Error('the worker did not keep the projects sent to it');
    },
    async realign(witnesses, rows) {
      const response = await send({ type: 'realign', job: ++jobs, witnesses, rows, baseUrl });
      if (response.type !== 'realigned') throw new Error(`unexpected answer ${response.type}`);
      return response.result;
    },
    async compare(id, witnesses, rows, base) {
      const response = await send({ type: 'compare', job: ++jobs, id, witnesses, rows, ...(base !== undefined ? { base } : {}) });
      if (response.type !== 'compared') throw new Error(`unexpected answer ${response.type}`);
      return response.variants;
    },
  };
}
