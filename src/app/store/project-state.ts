/** The projects store's state and actions (project-store.ts makes the store). */
import type { Project, ProjectInput } from '../../core/project/project.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import type { EditResult, TableState } from '../../core/project/types.ts';
import type { ProjectStorage, ProjectSummary, SetAside } from '../projects/project-db.ts';
import type { JobProgress, ProjectWorker } from '../workers/project-worker-client.ts';
import type { DecodedFile } from '../workers/project-protocol.ts';

export type OpenProject =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'ready'; readonly project: Project }
  | { readonly status: 'error'; readonly id: string; readonly message: string };

export type AlignJob = { readonly status: 'idle' } | { readonly status: 'running'; readonly progress: JobProgress } | { readonly status: 'error'; readonly message: string };

/**
 * Where saving the open project stands. `conflict`: it was saved from another tab since this tab
 * read it, so this tab's change was not written; `unsaved` is that change, kept to download.
 */
export type SaveState = 'saved' | 'saving' | { readonly error: string } | { readonly conflict: string; readonly unsaved: Project };

/** What tabs tell each other on the channel 'duizhao-projects'. */
export type ProjectMessage = { readonly type: 'saved'; readonly id: string; readonly revision: number } | { readonly type: 'list' };

/** A BroadcastChannel, or a stand-in. */
export interface ProjectChannel {
  post(message: ProjectMessage): void;
  listen(receive: (message: ProjectMessage) => void): void;
}

export interface ProjectState {
  /** The reader (of a corpus document or a project), or the page for bringing new texts. */
  readonly page: 'reader' | 'new-texts';
  readonly saved: readonly ProjectSummary[];
  readonly setAside: readonly SetAside[];
  readonly listError: string | null;
  readonly open: OpenProject;
  readonly job: AlignJob;
  readonly save: SaveState;
  /** Why the last correction asked for could not be made, or what an import said. */
  readonly notice: string | null;
  /** The unconfirmed rows are being aligned again in the worker. */
  readonly realigning: boolean;
}

export interface ProjectActions {
  readonly showPage: (page: 'reader' | 'new-texts') => void;
  /** Decode a file a user brought, in the worker (encoding detected unless given). */
  readonly decode: (name: string, bytes: ArrayBuffer, encoding?: string) => Promise<DecodedFile>;
  readonly refreshList: () => Promise<void>;
  /** Every project saved in this browser, as the reader shows it (for search across the library); one that will not load is left out. */
  readonly savedDocuments: () => Promise<ReaderDocument[]>;
  readonly openProject: (id: string) => Promise<void>;
  readonly closeProject: () => void;
  /** Align new texts in the worker, save and open the project; its id, or null when it failed. */
  /** `base`: which of the Chinese texts (0-based) the others are compared with. */
  readonly createProject: (inputs: readonly ProjectInput[], name: string, base?: number) => Promise<string | null>;
  /** Compare the open project's Chinese texts with another base. */
  readonly setBase: (witness: string) => void;
  /** Apply a correction to the open project; false (with a notice saying why) when it does not apply. */
  readonly edit: (operation: (state: TableState) => EditResult) => boolean;
  /**
   * Align the runs of unconfirmed rows again between the confirmed ones, in the worker; one edit,
   * undone as one. False (with a notice) when nothing changed, or the table was edited meanwhile.
   */
  readonly realignUnconfirmed: () => Promise<boolean>;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  readonly setThreshold: (threshold: number) => void;
  readonly rename: (name: string) => void;
  readonly deleteProject: (id: string) => Promise<void>;
  /**
   * Read a project's own JSON file, or an aligned TMX or TSV (as a new project, its rows as given),
   * save and open it; its id, or null (with a notice) when it is not one.
   */
  readonly importProjectFile: (text: string, fileName: string) => Promise<string | null>;
  readonly dismissNotice: () => void;
  /** Read the open project again as saved (after a change in another tab). */
  readonly reloadProject: () => Promise<void>;
  /** A change not (yet) saved: leaving the page would lose it. */
  readonly hasUnsavedWork: () => boolean;
  /** The raw data of a set-aside record (to download). */
  readonly setAsideData: (key: number, id: string) => Promise<unknown>;
}

export interface ProjectStoreDeps {
  readonly storage: ProjectStorage;
  readonly worker: ProjectWorker;
  readonly now?: () => string;
  readonly newId?: () => string;
  readonly channel?: ProjectChannel | undefined;
  /** Told of the view a project file was shared with, before the imported project is shown. */
  readonly keepImportedView?: (projectId: string, view: string) => void;
}
