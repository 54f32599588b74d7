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

/** A saved project with the revision it was saved at: the next save must name that revision. */
export interface Loaded {
  readonly project: Project;
  readonly revision: number;
}

export interface ProjectStorage {
  /** Each record read on its own: a malformed one is listed under `setAside` with why, the rest listed as usual. */
  list(): Promise<{ readonly projects: readonly ProjectSummary[]; readonly setAside: readonly SetAside[] }>;
  /** The saved project; throws `SetAsideError` when its data fails validation (it is then set aside). */
  load(id: string): Promise<Loaded>;
  /**
   * Compare and set, in one transaction: written only if the saved revision is still `revision`
   * (null: only if no project has this id); resolves with the new revision, or throws `ConflictError`.
   */
  save(project: Project, revision: number | null): Promise<number>;
  /**
   * Save a project read from a file, deciding in the same transaction whether its id is taken: if it
   * is, the saved project is left as it is and the file is saved as a copy (`copy(project)`),
   * unless the file holds exactly the saved project (`alreadySaved`: nothing is written).
   */
  saveImported(project: Project, copy: (project: Project) => Project): Promise<Loaded & { readonly copied: boolean; readonly alreadySaved: boolean }>;
  remove(id: string): Promise<void>;
  /** The raw data of a set-aside record (`key`), or of a malformed list entry (`key` -1) and the project saved under its `id`, to download. */
  setAsideData(key: number, id: string): Promise<unknown>;
}

export class SetAsideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetAsideError';
  }
}

/** The project was saved from another tab since this one read it. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

type Stored = ProjectSummary & { readonly revision?: number };

const isSummary = (v: unknown): v is Stored => {
  const s = v as Record<string, unknown> | null;
  return (
    typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.name === 'string' && typeof s.updatedAt === 'string' &&
    typeof s.rows === 'number' && typeof s.confirmed === 'number' && Array.isArray(s.texts) && s.texts.every((t) => typeof t === 'string')
  );
};
const revisionOf = (v: unknown) => {
  const r = (v as { revision?: unknown } | null | undefined)?.revision;
  return typeof r === 'number' && Number.isInteger(r) ? r : 0;
};

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
    texts: project.witnesses.map((w) => w.label),
  };
}

/** A record's key as text (IndexedDB keys here are strings or numbers; anything else shown as JSON). */
const keyText = (key: IDBValidKey): string => (typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key));

export function openProjectStorage(database: Database = openDatabase()): ProjectStorage {
  const run: Database['run'] = (stores, mode, body) => database.run(stores, mode, body);
  const put = (tx: IDBTransaction, project: Project, revision: number) => {
    tx.objectStore(PROJECTS).put(projectFileData(project), project.id);
    tx.objectStore(SUMMARIES).put({ ...summaryOf(project), revision }, project.id);
  };

  return {
    async list() {
      const projects: ProjectSummary[] = [];
      const shelf: SetAside[] = [];
      await run([SUMMARIES, SHELF], 'readonly', (tx, step) => {
        const summaries = tx.objectStore(SUMMARIES).openCursor();
        summaries.onsuccess = () =>
          step(() => {
            const c = summaries.result;
            if (!c) return;
            if (isSummary(c.value)) {
              const { id, name, updatedAt, rows, confirmed, texts } = c.value;
              projects.push({ id, name, updatedAt, rows, confirmed, texts });
            } else shelf.push({ key: -1, id: keyText(c.key), reason: `the list entry of saved project "${keyText(c.key)}" is malformed`, at: '' });
            c.continue();
          });
        const cursor = tx.objectStore(SHELF).openCursor();
        cursor.onsuccess = () =>
          step(() => {
            const c = cursor.result;
            if (!c) return;
            // each record on its own: a malformed one is reported, never in the way of the rest
            const value = c.value as { id?: unknown; reason?: unknown; at?: unknown } | null;
            const ok = typeof value === 'object' && value !== null && typeof value.id === 'string' && typeof value.reason === 'string';
            shelf.push(
              ok
                ? { key: Number(c.key), id: value.id as string, reason: value.reason as string, at: typeof value.at === 'string' ? value.at : '' }
                : { key: Number(c.key), id: '?', reason: `set-aside record ${keyText(c.key)} is malformed (${value === null ? 'null' : typeof value}); it is kept as it is`, at: '' },
            );
            c.continue();
          });
      });
      projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { projects, setAside: shelf };
    },

    async load(id) {
      let data: unknown;
      let revision = 0;
      await run([PROJECTS, SUMMARIES], 'readonly', (tx, step) => {
        const get = tx.objectStore(PROJECTS).get(id);
        get.onsuccess = () => step(() => (data = get.result as unknown));
        const summary = tx.objectStore(SUMMARIES).get(id);
        summary.onsuccess = () => step(() => (revision = revisionOf(summary.result)));
      });
      if (data === undefined) throw new Error(`there is no saved project "${id}" (it may have been deleted in another tab)`);
      try {
        return { project: parseProjectFile(data, `saved project "${id}"`), revision };
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

    async save(project, expected) {
      let written: number | null = null;
      let found: number | null = null;
      await run([PROJECTS, SUMMARIES], 'readwrite', (tx, step) => {
        // read the revision and write the next one in the same transaction: no other tab writes in between
        const get = tx.objectStore(SUMMARIES).get(project.id);
        get.onsuccess = () =>
          step(() => {
            found = get.result === undefined ? null : revisionOf(get.result);
            if (found !== expected) return;
            written = (found ?? 0) + 1;
            put(tx, project, written);
          });
      });
      if (written !== null) return written;
      throw new ConflictError(found === null ? 'this project was deleted in another tab' : 'this project was changed in another tab');
    },

    async saveImported(project, copy) {
      let result: (Loaded & { copied: boolean; alreadySaved: boolean }) | null = null;
      await run([PROJECTS, SUMMARIES], 'readwrite', (tx, step) => {
        const summary = tx.objectStore(SUMMARIES).get(project.id);
        const data = tx.objectStore(PROJECTS).get(project.id);
        data.onsuccess = () =>
          step(() => {
            // decided here, in the transaction that writes: a saved project is never replaced by a file
            const taken = summary.result !== undefined;
            // the very project saved already (a file exported from it, unchanged): open it, no copy
            if (taken && canonicalJson(data.result) === canonicalJson(projectFileData(project))) {
              result = { project, revision: revisionOf(summary.result), copied: false, alreadySaved: true };
              return;
            }
            const saved = taken ? copy(project) : project;
            put(tx, saved, 1);
            result = { project: saved, revision: 1, copied: taken, alreadySaved: false };
          });
      });
      return result!;
    },

    async remove(id) {
      await run([PROJECTS, SUMMARIES], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).delete(id);
        tx.objectStore(SUMMARIES).delete(id);
      });
    },

    async setAsideData(key, id) {
      if (key >= 0) return run<unknown>([SHELF], 'readonly', (tx) => tx.objectStore(SHELF).get(key));
      // a malformed list entry: what is saved under its id, the entry and the project both, as they are
      let found: unknown;
      await run([PROJECTS, SUMMARIES], 'readonly', (tx, step) => {
        const entry = tx.objectStore(SUMMARIES).get(id);
        const project = tx.objectStore(PROJECTS).get(id);
        project.onsuccess = () => step(() => void (found = { id, listEntry: (entry.result as unknown) ?? null, project: (project.result as unknown) ?? null }));
      });
      return found;
    },
  };
}

/** JSON with every object's keys in order: the same data read back from a file or from the database compares equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
