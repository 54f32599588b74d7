/**
 * The project store with stand-ins for the worker (the real core, run in-process) and the storage
 * (a Map that keeps what is saved, as IndexedDB would): create, correct, undo, redo, save, reopen,
 * import the project's own file, and refuse what does not apply.
 */
import { describe, expect, it } from 'vitest';
import type { Project, ProjectInput } from '../../src/core/project/project.ts';
import type { TableState } from '../../src/core/project/types.ts';
import { createProject, projectVariants } from '../../src/core/project/create-project.ts';
import { parseProjectFile, projectFileData, projectToJson } from '../../src/core/project/project-file.ts';
import { mergeWithNext, pushSentenceDown, renameTexts, setStatus } from '../../src/core/project/table-operations.ts';
import { ConflictError, SetAsideError, summaryOf, type ProjectStorage } from '../../src/app/projects/project-db.ts';
import { createProjectStore, type ProjectChannel, type ProjectMessage } from '../../src/app/store/project-store.ts';
import type { ProjectWorker } from '../../src/app/workers/project-worker-client.ts';
import { nextRowWhere } from '../../src/app/projects/row-search.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';
import { realignUnconfirmed } from '../../src/core/project/realign.ts';
import { setReading } from '../../src/core/project/reading-edit.ts';
import { buildCorpusFromDisk, witnessOf } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();
const text = (w: string) => witnessOf(corpus, 'mao-khrushchev-1958', w).text;
const inputs: ProjectInput[] = [
  { text: text('zh-rmrb'), lang: 'zh', fileName: 'rmrb.txt', encoding: 'gb18030' },
  { text: text('en'), lang: 'en', fileName: 'en.txt', encoding: 'utf-8' },
];

function memoryStorage() {
  const data = new Map<string, unknown>();
  const revisions = new Map<string, number>();
  const shelf: { id: string; reason: string }[] = [];
  const storage: ProjectStorage = {
    list: async () => ({ projects: [...data.values()].map((d) => summaryOf(parseProjectFile(d, 'x'))), setAside: shelf.map((s, key) => ({ key, at: '', ...s })) }),
    load: async (id) => {
      try {
        return { project: parseProjectFile(data.get(id), `saved project "${id}"`), revision: revisions.get(id) ?? 0 };
      } catch (error) {
        shelf.push({ id, reason: (error as Error).message });
        data.delete(id);
        throw new SetAsideError((error as Error).message);
      }
    },
    // compare and set, as the IndexedDB storage does; stored as a copy, as its structured clone stores it
    save: async (project, expected) => {
      const found = data.has(project.id) ? (revisions.get(project.id) ?? 0) : null;
      if (found !== expected) throw new ConflictError('this project was changed in another tab');
      data.set(project.id, structuredClone(projectFileData(project)));
      revisions.set(project.id, (found ?? 0) + 1);
      return (found ?? 0) + 1;
    },
    saveImported: async (project, copy) => {
      const taken = data.has(project.id);
      if (taken && JSON.stringify(data.get(project.id)) === JSON.stringify(projectFileData(project))) {
        return { project, revision: revisions.get(project.id) ?? 0, copied: false, alreadySaved: true };
      }
      const saved = taken ? copy(project) : project;
      data.set(saved.id, structuredClone(projectFileData(saved)));
      revisions.set(saved.id, 1);
      return { project: saved, revision: 1, copied: taken, alreadySaved: false };
    },
    remove: async (id) => void data.delete(id),
    setAsideData: async (key) => shelf[key],
  };
  return { storage, data, shelf };
}

const worker: ProjectWorker = {
  decode: async () => {
    throw new Error('not used');
  },
  create: async (texts, meta, onProgress) => createProject(texts, loadCedictLexicon(), meta, onProgress),
  compare: async (id, witnesses, rows, base) => projectVariants({ id, witnesses, rows }, base) ?? null,
  glossary: async () => null,
  realign: async (witnesses, rows) => realignUnconfirmed({ witnesses, rows }, loadCedictLexicon()),
};

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('project store', () => {
  it('creates a project with progress, corrects it, undoes and redoes, and saves every step', async () => {
    const { storage, data } = memoryStorage();
    let ids = 0;
    const store = createProjectStore({ storage, worker, newId: () => `p${++ids}`, now: () => '2026-12-01T12:00:00.000Z' });
    const progress: number[] = [];
    store.subscribe((s) => s.job.status === 'running' && progress.push(s.job.progress.fraction));
    const id = await store.getState().createProject(inputs, 'Communiqué');
    expect(id).toBe('p1');
    expect(progress.length).toBeGreaterThan(1);
    expect(store.getState().job.status).toBe('idle');
    const open = () => {
      const o = store.getState().open;
      if (o.status !== 'ready') throw new Error(`not open: ${o.status}`);
      return o.project;
    };
    const original = open();
    expect(store.getState().saved.map((p) => p.id)).toEqual(['p1']);

    expect(store.getState().edit((t) => mergeWithNext(t, 2))).toBe(true);
    expect(store.getState().edit((t) => pushSentenceDown(t, 5, 1))).toBe(true);
    expect(open().rows.length).toBe(original.rows.length - 1);
    expect(open().history.done.map((e) => e.label)).toEqual(['Merge rows 3 and 4', 'Move a sentence down out of row 6']);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().notice).toBe('Undone: Move a sentence down out of row 6.');
    expect(open().rows.length).toBe(original.rows.length - 1);
    await settle();
    // what is saved is the table as it now stands, with its history
    const saved = parseProjectFile(data.get('p1'), 'saved');
    expect(saved.rows).toEqual(open().rows);
    expect(saved.history.done).toHaveLength(1);
    expect(saved.history.undone).toHaveLength(1);

    expect(store.getState().redo()).toBe(true);
    expect(store.getState().undo() && store.getState().undo()).toBe(true);
    expect(open().rows).toEqual(original.rows);
    expect(store.getState().undo()).toBe(false);

    // a correction that does not apply says why and changes nothing
    expect(store.getState().edit((t) => mergeWithNext(t, t.rows.length - 1))).toBe(false);
    expect(store.getState().notice).toMatch(/^Not done: row \d+ is the last row\.$/);
    expect(open().rows).toEqual(original.rows);

    // reopened from storage: the same table and history
    store.getState().closeProject();
    await store.getState().openProject('p1');
    expect(open().rows).toEqual(original.rows);
    expect(open().history.undone).toHaveLength(2);
  });

  it('renames the texts as one change: saved, listed by their names, undone; the Chinese texts not compared again for it', async () => {
    const { storage, data } = memoryStorage();
    let compared = 0;
    const counting: ProjectWorker = { ...worker, compare: async (...args) => (compared++, worker.compare(...args)) };
    const store = createProjectStore({ storage, worker: counting, newId: () => 'r1' });
    const two: ProjectInput[] = [inputs[0]!, { text: text('zh-treaty'), lang: 'zh', fileName: 'TREATY-DB.ZH.UTF8.TXT', encoding: 'utf-8' }];
    await store.getState().createProject(two, 'Two printings');
    const labels = () => (store.getState().open as { project: Project }).project.witnesses.map((w) => w.label);
    expect(labels()).toEqual(['Rmrb (Chinese)', 'Treaty Db (Chinese)']);
    await settle();
    const before = compared;
    expect(store.getState().edit((t) => renameTexts(t, ["People's Daily", 'Treaty database']))).toBe(true);
    await settle();
    expect(labels()).toEqual(["People's Daily", 'Treaty database']);
    expect(compared).toBe(before);
    expect(parseProjectFile(data.get('r1'), 'saved').witnesses.map((w) => w.label)).toEqual(["People's Daily", 'Treaty database']);
    expect(store.getState().saved[0]!.texts).toEqual(["People's Daily", 'Treaty database']);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().notice).toBe('Undone: Rename 2 texts.');
    expect(labels()).toEqual(['Rmrb (Chinese)', 'Treaty Db (Chinese)']);
    // a name two texts would share is refused, with the reason
    expect(store.getState().edit((t) => renameTexts(t, ['Same', 'Same']))).toBe(false);
    expect(store.getState().notice).toBe('Not done: two texts cannot both be called “Same”.');
  });

  it("a teacher's reading corrected through the store: saved with the project, undone and redone, the table not compared again", async () => {
    const { storage, data } = memoryStorage();
    let compared = 0;
    const counting: ProjectWorker = { ...worker, compare: async (...args) => (compared++, worker.compare(...args)) };
    const store = createProjectStore({ storage, worker: counting, newId: () => 'r1', now: () => '2026-12-01T12:00:00.000Z' });
    const lunyu = '學而時習之，不亦說乎？';
    await store.getState().createProject([{ text: lunyu, lang: 'zh', fileName: 'a.txt', encoding: 'utf-8' }, { text: '学而时习之，不亦说乎？', lang: 'zh', fileName: 'b.txt', encoding: 'utf-8' }], 'Lunyu');
    await settle();
    const before = compared;
    const target = { word: '說', witness: 'zh-a', at: lunyu.indexOf('說') };
    expect(store.getState().edit((t) => setReading(t, target, 'yue4'))).toBe(true);
    await settle();
    expect(parseProjectFile(data.get('r1'), 'saved').readings).toEqual([{ ...target, pinyin: 'yuè' }]);
    expect(store.getState().edit((t) => setReading(t, target, 'yuè'))).toBe(false);
    expect(store.getState().notice).toBe('Not done: 說 is already read yuè here.');
    expect(store.getState().undo()).toBe(true);
    await settle();
    expect(parseProjectFile(data.get('r1'), 'saved').readings).toBeUndefined();
    expect(store.getState().redo()).toBe(true);
    await settle();
    expect(parseProjectFile(data.get('r1'), 'saved').readings).toHaveLength(1);
    expect(compared).toBe(before);
  });

  it('imports its own JSON file: the saved project itself opens as it is, a different one under its id as a copy beside it; refuses a file that is not one, and sets aside saved data that fails validation', async () => {
    const { storage, data, shelf } = memoryStorage();
    let ids = 0;
    const store = createProjectStore({ storage, worker, newId: () => `n${++ids}` });
    const project: Project = createProject(inputs, loadCedictLexicon(), { id: 'mine', name: 'Mine', now: '2026-12-01T00:00:00.000Z' });
    expect(await store.getState().importProjectFile(projectToJson(project), 'mine.json')).toBe('mine');
    await settle();
    // the same file again is the saved project itself: opened, no copy
    expect(await store.getState().importProjectFile(projectToJson(project), 'mine.json')).toBe('mine');
    expect(store.getState().notice).toMatch(/^mine\.json is the project “Mine” as it is saved in this browser already/);
    // a file that differs under the same id is a copy beside the saved one
    expect(await store.getState().importProjectFile(projectToJson({ ...project, threshold: 0.7 }), 'mine.json')).toBe('n1');
    await settle();
    expect(store.getState().saved.map((p) => p.name).sort()).toEqual(['Mine', 'Mine (copy)']);

    expect(await store.getState().importProjectFile('{"rows": []}', 'other.json')).toBeNull();
    expect(store.getState().notice).toMatch(/^other\.json: not a Duizhao project file/);

    (data.get('mine') as { project: { rows: unknown } }).project.rows = 'broken';
    await store.getState().openProject('mine');
    const open = store.getState().open;
    expect(open.status).toBe('error');
    expect(open.status === 'error' && open.message).toMatch(/saved project "mine": not a valid Duizhao project at project\.rows/);
    expect(shelf.map((s) => s.id)).toEqual(['mine']);
    expect(store.getState().setAside.map((s) => s.id)).toEqual(['mine']);
  });
});

describe('the next row to check', () => {
  it('is the first after the current one that is wanted, wrapping round; none when every row is done', () => {
    const rows = ['ok', 'todo', 'ok', 'todo'];
    expect(nextRowWhere(rows, null, (r) => r === 'todo')).toBe(1);
    expect(nextRowWhere(rows, 1, (r) => r === 'todo')).toBe(3);
    expect(nextRowWhere(rows, 3, (r) => r === 'todo')).toBe(1);
    expect(nextRowWhere(rows, 0, (r) => r === 'none')).toBeNull();
  });
});

describe('a browser that cannot save', () => {
  it('still opens the aligned texts, and says they are not saved', async () => {
    const { storage } = memoryStorage();
    const failing: ProjectStorage = { ...storage, save: async () => Promise.reject(new Error('saved work cannot be opened: IndexedDB is not available')) };
    const store = createProjectStore({ storage: failing, worker, newId: () => 'p1' });
    expect(await store.getState().createProject(inputs, 'Unsaved')).toBe('p1');
    expect(store.getState().open.status).toBe('ready');
    expect(store.getState().save).toEqual({ error: 'saved work cannot be opened: IndexedDB is not available' });
  });
});

describe('two tabs on one project', () => {
  const open = (store: ReturnType<typeof createProjectStore>) => {
    const o = store.getState().open;
    if (o.status !== 'ready') throw new Error(`not open: ${o.status}`);
    return o.project;
  };
  const confirm = (row: number) => (t: TableState) => setStatus(t, row, row + 1, 'confirmed');

  it('a stale tab never overwrites: its save is refused with a message, its change kept to download, and reload shows the saved version', async () => {
    const { storage, data } = memoryStorage();
    const a = createProjectStore({ storage, worker, newId: () => 'p1' });
    await a.getState().createProject(inputs, 'Shared');
    const b = createProjectStore({ storage, worker });
    await b.getState().openProject('p1');
    expect(a.getState().edit(confirm(0))).toBe(true);
    await settle();
    expect(b.getState().edit(confirm(1))).toBe(true);
    await settle();
    const save = b.getState().save;
    expect(typeof save === 'object' && 'conflict' in save && save.conflict).toMatch(/^Changed in another tab/);
    expect(typeof save === 'object' && 'unsaved' in save && save.unsaved.rows[1]!.status).toBe('confirmed');
    expect(b.getState().hasUnsavedWork()).toBe(true);
    // what tab a saved: row 1 confirmed, row 2 not
    expect(parseProjectFile(data.get('p1'), 'saved').rows.slice(0, 2).map((r) => r.status)).toEqual(['confirmed', 'auto']);
    await b.getState().reloadProject();
    expect(b.getState().save).toBe('saved');
    expect(open(b).rows.slice(0, 2).map((r) => r.status)).toEqual(['confirmed', 'auto']);
    expect(b.getState().edit(confirm(1))).toBe(true);
    await settle();
    expect(b.getState().save).toBe('saved');
    expect(parseProjectFile(data.get('p1'), 'saved').rows.slice(0, 2).map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('a tab told of a save refreshes when it holds no unsaved change', async () => {
    const { storage } = memoryStorage();
    const listeners: ((m: ProjectMessage) => void)[] = [];
    const channel = (): ProjectChannel => {
      let own: ((m: ProjectMessage) => void) | null = null;
      return { post: (m) => listeners.filter((l) => l !== own).forEach((l) => l(m)), listen: (r) => void listeners.push((own = r)) };
    };
    const a = createProjectStore({ storage, worker, newId: () => 'p1', channel: channel() });
    await a.getState().createProject(inputs, 'Shared');
    const b = createProjectStore({ storage, worker, channel: channel() });
    await b.getState().openProject('p1');
    expect(a.getState().edit(confirm(0))).toBe(true);
    await settle();
    expect(open(b).rows[0]!.status).toBe('confirmed');
    expect(b.getState().edit(confirm(1))).toBe(true);
    await settle();
    expect(b.getState().save).toBe('saved');
    await settle();
    expect(open(a).rows.slice(0, 2).map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('a project file whose id is saved already is opened as a copy, and a full disk is named', async () => {
    const { storage } = memoryStorage();
    const full: ProjectStorage = {
      ...storage,
      saveImported: async () => Promise.reject(new Error("the browser's storage is full (quota exceeded)")),
    };
    const store = createProjectStore({ storage: full, worker });
    const project: Project = createProject(inputs, loadCedictLexicon(), { id: 'mine', name: 'Mine', now: '2026-12-01T00:00:00.000Z' });
    expect(await store.getState().importProjectFile(projectToJson(project), 'mine.json')).toBeNull();
    expect(store.getState().notice).toBe("Not saved: mine.json was not opened, because the browser's storage is full (quota exceeded)");
  });
});
