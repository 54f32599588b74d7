/**
 * The user's projects: the saved list, the open project, the job that aligns new texts, and every
 * correction with undo and redo. A vanilla zustand store from a factory; the worker and the storage
 * are passed in, so tests run it with stand-ins. Each change of the open project is saved at once
 * (one save at a time, the newest last), and its Chinese texts compared again in the worker.
 */
import { createStore } from 'zustand/vanilla';
import { editApplies, invertEdit } from '../../core/project/apply-edit.ts';
import { perform, redo, undo, type Edited } from '../../core/project/history.ts';
import { projectDocument, type Project } from '../../core/project/project.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { ConflictError } from '../projects/project-db.ts';

import type { EditResult } from '../../core/project/types.ts';
import type { ProjectActions, ProjectMessage, ProjectState, ProjectStoreDeps, SaveState } from './project-state.ts';
import { importNotice, readProjectFile, withReadings } from './project-file-reading.ts';

export type { AlignJob, OpenProject, ProjectActions, ProjectChannel, ProjectMessage, ProjectState, ProjectStoreDeps, SaveState } from './project-state.ts';
export type ProjectStore = ReturnType<typeof createProjectStore>;

const INITIAL: ProjectState = { page: 'reader', saved: [], setAside: [], listError: null, open: { status: 'none' }, job: { status: 'idle' }, save: 'saved', notice: null, realigning: false };

export function createProjectStore(deps: ProjectStoreDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let saving: Promise<void> | null = null;
  let dirty: Project | null = null;
  let comparison = 0;
  /** The revision of the open project this tab read or last wrote: every save is checked against it. */
  let revision: { id: string; at: number | null } | null = null;
  const tell = (message: ProjectMessage) => deps.channel?.post(message);

  return createStore<ProjectState & ProjectActions>()((set, get) => {
    const current = () => {
      const open = get().open;
      return open.status === 'ready' ? open.project : null;
    };

    /** Save the newest state; a save asked for while one runs waits, and only the newest is written. */
    const persist = (project: Project) => {
      const state = get().save;
      // a tab that is behind another never writes: its newest change is kept to download
      if (typeof state === 'object' && 'conflict' in state) {
        set({ save: { ...state, unsaved: project } });
        return;
      }
      dirty = project;
      set({ save: 'saving' });
      if (saving) return;
      saving = (async () => {
        while (dirty) {
          const next = dirty;
          dirty = null;
          const expected = revision?.id === next.id ? revision.at : null;
          try {
            const at = await deps.storage.save(next, expected);
            revision = { id: next.id, at };
            tell({ type: 'saved', id: next.id, revision: at });
          } catch (error) {
            const newest = dirty ?? next;
            dirty = null;
            saving = null;
            set({ save: error instanceof ConflictError ? { conflict: `Changed in another tab: ${error.message}, so this change was not saved.`, unsaved: newest } : { error: (error as Error).message } });
            return;
          }
        }
        saving = null;
        set({ save: 'saved' });
        void get().refreshList();
      })();
    };

    /** The Chinese texts compared again with the base in the worker; an answer for an older table is dropped. */
    const compareAgain = (project: Project, base = project.variants?.a) => {
      if (project.witnesses.filter((w) => w.lang === 'zh').length < 2) return;
      const token = ++comparison;
      void deps.worker.compare(project.id, project.witnesses, project.rows, base).then(
        (variants) => {
          const open = current();
          if (token !== comparison || !open || open.id !== project.id) return;
          const next: Project = variants ? { ...open, variants } : open;
          set({ open: { status: 'ready', project: next } });
          persist(next);
        },
        () => undefined,
      );
    };

    /** `compare`: false for an edit that leaves the table as it was (a reading corrected), which needs no new comparison. */
    const commit = (project: Project, edited: Edited, compare = true) => {
      const next: Project = withReadings({ ...project, witnesses: edited.state.witnesses, rows: edited.state.rows, history: edited.history, updatedAt: now() }, edited.state.readings);
      set({ open: { status: 'ready', project: next }, notice: null });
      persist(next);
      // a rename or a reading leaves the texts and rows as they were: nothing to compare again
      const tableChanged = next.rows !== project.rows || next.witnesses.some((w, i) => w.segments !== project.witnesses[i]?.segments);
      if (compare && tableChanged) compareAgain(next);
    };
    const changesTable = (edit: { before: readonly unknown[]; after: readonly unknown[]; segments?: unknown }) => edit.before.length > 0 || edit.after.length > 0 || edit.segments !== undefined;

    const openSaved = async (id: string) => {
      set({ open: { status: 'loading', id }, page: 'reader' });
      // what is being saved is read back as saved, not as it stood before
      while (saving) await saving;
      try {
        const loaded = await deps.storage.load(id);
        if (get().open.status === 'loading') {
          revision = { id, at: loaded.revision };
          set({ open: { status: 'ready', project: loaded.project }, save: 'saved' });
        }
      } catch (error) {
        set({ open: { status: 'error', id, message: (error as Error).message } });
        void get().refreshList();
      }
    };

    deps.channel?.listen((message) => {
      void get().refreshList();
      const open = current();
      if (message.type !== 'saved' || !open || open.id !== message.id || revision?.id !== message.id || revision.at === message.revision) return;
      const state = get().save;
      if (state === 'saved' && !saving) {
        // nothing unsaved here: show what the other tab saved
        void deps.storage.load(message.id).then(
          (loaded) => {
            if (current()?.id !== message.id || get().save !== 'saved' || saving) return;
            revision = { id: message.id, at: loaded.revision };
            set({ open: { status: 'ready', project: loaded.project } });
          },
          () => undefined,
        );
      } else if (!saving && !(typeof state === 'object' && 'conflict' in state)) {
        set({ save: { conflict: 'Changed in another tab, and this tab holds a change that was not saved.', unsaved: open } });
      }
      // a save in flight meets the new revision in the database and reports the conflict itself
    });

    return {
      ...INITIAL,
      showPage: (page) => set({ page }),
      decode: (name, bytes, encoding) => deps.worker.decode(name, bytes, encoding),
      refreshList: async () => {
        try {
          const { projects, setAside } = await deps.storage.list();
          set({ saved: projects, setAside, listError: null });
        } catch (error) {
          set({ listError: (error as Error).message });
        }
      },
      savedDocuments: async () => {
        const loaded = await Promise.allSettled(get().saved.map((p) => deps.storage.load(p.id)));
        return loaded.flatMap((r): ReaderDocument[] => (r.status === 'fulfilled' ? [{ kind: 'project', id: r.value.project.id, doc: projectDocument(r.value.project) }] : []));
      },
      openProject: openSaved,
      closeProject: () => set({ open: { status: 'none' }, notice: null }),
      createProject: async (inputs, name, base) => {
        if (get().job.status === 'running') return null;
        set({ job: { status: 'running', progress: { stage: 'segmenting', fraction: 0 } } });
        try {
          const project = await deps.worker.create(inputs, { id: newId(), name, now: now(), ...(base ? { base } : {}) }, (progress) => set({ job: { status: 'running', progress } }));
          // work that cannot be saved (no IndexedDB in this browser, a full disk) is still shown, and said to be unsaved
          let save: SaveState = 'saved';
          revision = { id: project.id, at: null };
          try {
            revision = { id: project.id, at: await deps.storage.save(project, null) };
            tell({ type: 'list' });
          } catch (error) {
            save = { error: (error as Error).message };
          }
          set({ job: { status: 'idle' }, open: { status: 'ready', project }, notice: null, page: 'reader', save });
          void get().refreshList();
          return project.id;
        } catch (error) {
          set({ job: { status: 'error', message: (error as Error).message } });
          return null;
        }
      },
      edit: (operation) => {
        const project = current();
        if (!project) return false;
        const result = operation(project);
        if (!result.ok) {
          set({ notice: `Not done: ${result.reason}.` });
          return false;
        }
        commit(project, perform(project, project.history, result.edit), changesTable(result.edit));
        return true;
      },
      realignUnconfirmed: async () => {
        const project = current();
        if (!project || get().realigning) return false;
        set({ realigning: true, notice: null });
        let result: EditResult;
        try {
          result = await deps.worker.realign(project.witnesses, project.rows);
        } catch (error) {
          set({ realigning: false, notice: `Not done: the rows could not be realigned (${(error as Error).message}).` });
          return false;
        } finally {
          set({ realigning: false });
        }
        const now = current();
        // an edit made while the worker aligned wins; the realignment was of the table before it
        if (!now || now.id !== project.id || now.rows !== project.rows || now.witnesses !== project.witnesses) {
          set({ notice: 'Not done: the table changed while it was being realigned; realign again.' });
          return false;
        }
        if (!result.ok) {
          set({ notice: `Not done: ${result.reason}.` });
          return false;
        }
        commit(now, perform(now, now.history, result.edit));
        return true;
      },
      undo: () => {
        const project = current();
        const last = project?.history.done.at(-1);
        if (!project || !last) return false;
        // the saved history belongs to this table; one that does not is refused, not half-applied
        if (!editApplies(project, invertEdit(last))) {
          set({ notice: 'Not done: the saved history does not match the table, so it cannot be undone.' });
          return false;
        }
        commit(project, undo(project, project.history)!, changesTable(last));
        set({ notice: `Undone: ${last.label}.` });
        return true;
      },
      redo: () => {
        const project = current();
        const next = project?.history.undone.at(-1);
        if (!project || !next) return false;
        if (!editApplies(project, next)) {
          set({ notice: 'Not done: the saved history does not match the table, so it cannot be redone.' });
          return false;
        }
        commit(project, redo(project, project.history)!, changesTable(next));
        set({ notice: `Redone: ${next.label}.` });
        return true;
      },
      setThreshold: (threshold) => {
        const project = current();
        if (!project || !(threshold >= 0 && threshold <= 1) || threshold === project.threshold) return;
        const next = { ...project, threshold, updatedAt: now() };
        set({ open: { status: 'ready', project: next } });
        persist(next);
      },
      setBase: (witness) => {
        const project = current();
        if (!project?.variants || project.variants.a === witness || !project.witnesses.some((w) => w.id === witness && w.lang === 'zh')) return;
        compareAgain(project, witness);
      },
      rename: (name) => {
        const project = current();
        const trimmed = name.trim();
        if (!project || trimmed === '' || trimmed === project.name) return;
        const next = { ...project, name: trimmed, updatedAt: now() };
        set({ open: { status: 'ready', project: next } });
        persist(next);
      },
      deleteProject: async (id) => {
        await deps.storage.remove(id);
        tell({ type: 'list' });
        if (current()?.id === id) set({ open: { status: 'none' } });
        await get().refreshList();
      },
      importProjectFile: async (text, fileName) => {
        let project: Project;
        let view: string | null;
        try {
          ({ project, view } = await readProjectFile(text, fileName, () => ({ id: newId(), now: now() })));
        } catch (error) {
          set({ notice: (error as Error).message });
          return null;
        }
        // an imported file never overwrites a project already saved under the same id (decided by the database)
        let saved;
        try {
          saved = await deps.storage.saveImported(project, (p) => ({ ...p, id: newId(), name: `${p.name} (copy)` }));
        } catch (error) {
          set({ notice: `Not saved: ${fileName} was not opened, because ${(error as Error).message}` });
          return null;
        }
        revision = { id: saved.project.id, at: saved.revision };
        tell({ type: 'list' });
        if (view !== null) deps.keepImportedView?.(saved.project.id, view);
        set({ open: { status: 'ready', project: saved.project }, notice: importNotice(saved, fileName), page: 'reader', save: 'saved' });
        void get().refreshList();
        return saved.project.id;
      },
      dismissNotice: () => set({ notice: null }),
      reloadProject: async () => {
        const project = current();
        if (!project) return;
        set({ save: 'saved' });
        await openSaved(project.id);
      },
      setAsideData: (key, id) => deps.storage.setAsideData(key, id),
      hasUnsavedWork: () => get().save !== 'saved' || saving !== null,
    };
  });
}
