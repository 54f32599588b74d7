/**
 * Saved projects in the browser's IndexedDB: each project as its own file's data, a short summary
 * of each for the list, and a shelf for saved data that no longer reads as a project. Such data is
 * moved to the shelf and reported, never dropped, so nothing a user made is lost without a word.
 */
import { parseProjectFile, projectFileData } from '../../core/project/project-file.ts';
import type { Project } from '../../core/project/project.ts';
import { openDatabase, STORES, type Database } from '../storage/database.ts';

export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly rows: number;
  readonly confirmed: number;
  readonly texts: readonly string[];
}

/** Saved data that failed validation, kept aside. */
export interface SetAside {
  readonly key: number;
  readonly id: string;
  readonly reason: string;
  readonly at: string;
}

export interface ProjectStorage {
  list(): Promise<{ readonly projects: readonly ProjectSummary[]; readonly setAside: readonly SetAside[] }>;
  /** The saved project; throws `SetAsideError` when its data fails validation (it is then set aside). */
  load(id: string): Promise<Project>;
  save(project: Project): Promise<void>;
  remove(id: string): Promise<void>;
}

export class SetAsideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetAsideError';
  }
}

const PROJECTS = STORES.projects;
const SUMMARIES = STORES.summaries;
const SHELF = STORES.shelf;

export function summaryOf(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    updatedAt: project.updatedAt,
    rows: project.rows.length,
    confirmed: project.rows.filter((r) => r.status === 'confirmed').length,
    texts: project.sources.map((s) => s.fileName),
  };
}

export function openProjectStorage(database: Database = openDatabase()): ProjectStorage {
  const run = database.run;

  return {
    async list() {
      const summaries = ((await run<unknown[]>([SUMMARIES], 'readonly', (tx) => tx.objectStore(SUMMARIES).getAll())) ?? []) as ProjectSummary[];
      const shelf: SetAside[] = [];
      await run([SHELF], 'readonly', (tx) => {
        const cursor = tx.objectStore(SHELF).openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          const value = c.value as { id?: unknown; reason?: unknown; at?: unknown };
          shelf.push({ key: Number(c.key), id: String(value.id ?? '?'), reason: String(value.reason ?? ''), at: String(value.at ?? '') });
          c.continue();
        };
      });
      const projects = summaries.filter((s) => typeof s?.id === 'string').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { projects, setAside: shelf };
    },

    async load(id) {
      const data = await run<unknown>([PROJECTS], 'readonly', (tx) => tx.objectStore(PROJECTS).get(id));
      if (data === undefined) throw new Error(`there is no saved project "${id}" (it may have been deleted in another tab)`);
      try {
        return parseProjectFile(data, `saved project "${id}"`);
      } catch (error) {
        const reason = (error as Error).message;
        await run([PROJECTS, SUMMARIES, SHELF], 'readwrite', (tx) => {
          tx.objectStore(SHELF).add({ id, reason, at: new Date().toISOString(), data });
          tx.objectStore(PROJECTS).delete(id);
          tx.objectStore(SUMMARIES).delete(id);
        });
        throw new SetAsideError(`${reason}. Its data was set aside, not deleted.`);
      }
    },

    async save(project) {
      await run([PROJECTS, SUMMARIES], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).put(projectFileData(project), project.id);
        tx.objectStore(SUMMARIES).put(summaryOf(project), project.id);
      });
    },

    async remove(id) {
      await run([PROJECTS, SUMMARIES], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).delete(id);
        tx.objectStore(SUMMARIES).delete(id);
      });
    },
  };
}
