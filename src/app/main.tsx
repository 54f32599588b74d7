import { LIBRARY_SEARCH_FILE } from '../core/pipeline/corpus-index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from './store/app-store.ts';
import { createReaderStore, type ReaderState } from './store/reader-store.ts';
import { createFetchJson } from './store/fetch-json.ts';
import { AppStoreProvider } from './store/use-app-store.ts';
import { ReaderStoreProvider } from './store/use-reader-store.ts';
import { lessonViewOf, parseViewState, viewStateQuery, withLessonView, type ViewState } from '../core/reader/view-state.ts';
import { browserLessonStorage, createLessonViews, keepLessonViews } from './reader/lesson-views.ts';
import { readerViewState } from './reader/reader-view.ts';
import { currentTextSize, onTextSize, setTextSize } from './reader/text-size.ts';
import { DEFAULT_THRESHOLD, projectDocument, type Project } from '../core/project/project.ts';
import { sameDocument, type DocumentKey, type ReaderDocument } from '../core/reader/reader-document.ts';
import { createProjectStore, type ProjectChannel, type ProjectMessage } from './store/project-store.ts';
import { ProjectStoreProvider } from './store/use-project-store.ts';
import { openProjectStorage } from './projects/project-db.ts';
import { openDatabase } from './storage/database.ts';
import { createAidsStore } from './classroom/aids-store.ts';
import { createNotesStore } from './classroom/notes-store.ts';
import { loadPinyinPro } from './classroom/pinyin-pro.ts';
import { APP_FEATURES, ReaderFeaturesProvider, type ReaderFeatures } from './reader/reader-features.ts';
// only the version is bundled: Vite imports a JSON file's fields one by one
import { version as TOOL_VERSION } from '../../package.json';
import { ClassroomProvider } from './classroom/use-classroom.ts';
import { createProjectWorker } from './workers/project-worker-client.ts';
import { preloadProjectTools } from './App.tsx';
import type { Navigation } from './navigation.ts';
import './styles.css';
import './projects/projects.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The document the reader opens on when the URL names none (index.html prefetches it too). */
const DEFAULT_DOCUMENT = 'mao-khrushchev-1958';

const store = createAppStore();
const reader = createReaderStore();

// index.html starts fetching the document the address names while this script loads; its
// response is used once, for that file, and every other request goes out as usual.
const prefetch = (window as { __duizhaoPrefetch?: { url: string; response: Promise<Response> } }).__duizhaoPrefetch;
let prefetched = prefetch ? { href: new URL(prefetch.url, window.location.href).href, response: prefetch.response } : null;
const fetchFirst: typeof fetch = (input, init) => {
  if (prefetched && (input instanceof Request ? input.url : String(input)) === prefetched.href) {
    const { response } = prefetched;
    prefetched = null;
    return response;
  }
  return fetch(input, init);
};
// Build files sit next to the app (vite's publicDir is data/build), wherever the app is deployed.
const baseUrl = new URL(import.meta.env.BASE_URL, window.location.href);
const fetchJson = createFetchJson(fetchFirst, baseUrl);
const database = openDatabase();
// one worker for the heavy work on texts users bring: aligning, comparing, their glossaries
const projectWorker = createProjectWorker(baseUrl.href);
// tabs tell each other of each save at once, so a tab with nothing unsaved shows the newest
const broadcast = typeof BroadcastChannel === 'function' ? new BroadcastChannel('duizhao-projects') : null;
const channel: ProjectChannel | undefined = broadcast
  ? { post: (message) => broadcast.postMessage(message), listen: (receive) => broadcast.addEventListener('message', (e: MessageEvent<ProjectMessage>) => receive(e.data)) }
  : undefined;
// each document's lesson (how its texts are shown) is kept as it changes and comes back when it is reopened
const lessons = createLessonViews(browserLessonStorage());
const keepImportedView = (id: string, query: string) => void lessons.put({ kind: 'project', id }, lessonViewOf(parseViewState(query)));
const projects = createProjectStore({ storage: openProjectStorage(database), worker: projectWorker, channel, keepImportedView });
// leaving the page while a change is being saved, or could not be saved, asks first
window.addEventListener('beforeunload', (event) => {
  if (!projects.getState().hasUnsavedWork()) return;
  event.preventDefault();
  event.returnValue = '';
});
const classroom = {
  aids: createAidsStore({ fetchJson, projectGlossary: (doc) => projectWorker.glossary(doc.id, doc.witnesses, doc.rows), loadPinyin: loadPinyinPro }),
  notes: createNotesStore(database),
  fetchJson,
};

// Share → One-file reader: its code (and pinyin-pro, for the readings it carries) loads when first used
const features: ReaderFeatures = {
  ...APP_FEATURES,
  shareOneFile: async (reading) => {
    const { shareOneFile } = await import('./one-file/share-one-file.ts');
    const openProject = projects.getState().open;
    await shareOneFile(reading, {
      reader,
      aids: classroom.aids,
      notes: classroom.notes,
      loadPinyin: loadPinyinPro,
      baseUrl,
      threshold: (r) => (r.kind === 'project' && openProject.status === 'ready' && openProject.project.id === r.id ? openProject.project.threshold : DEFAULT_THRESHOLD),
      version: TOOL_VERSION,
    });
  },
};

const lessonKeeper = keepLessonViews(reader, lessons, { current: currentTextSize, set: setTextSize, onChange: (changed) => void onTextSize(changed) });
/** The view to open a document with: the link's, or the document's kept lesson where the link says nothing of how to show it. */
const lessonFor = (key: DocumentKey, view: ViewState | undefined) => {
  const full = withLessonView(view, lessons.get(key));
  lessonKeeper.opening(key, full);
  return full;
};

const open = (id: string, view?: ViewState) => void reader.getState().openDocument(id, fetchJson, lessonFor({ kind: 'corpus', id }, view));

// Started here rather than in an effect, so React's development double-mount does not load twice.
// The document the URL names (or the default) is fetched at once, beside the corpus index, not
// after it; if the index does not list it, the reader opens the first document it does list.
const view = parseViewState(window.location.search);
const first = view.project || view.newTexts ? null : (view.doc ?? DEFAULT_DOCUMENT);
if (first) open(first, view);
void store
  .getState()
  .loadCorpus(fetchJson)
  .then(() => {
    const state = store.getState();
    if (state.status !== 'ready' || first === null) return;
    const ids = state.corpus.documents.map((d) => d.id);
    if (ids.includes(first)) return;
    const id = ids.includes(DEFAULT_DOCUMENT) ? DEFAULT_DOCUMENT : ids[0];
    if (id) open(id);
  });
void projects.getState().refreshList();

/** A saved project as the reader shows it. */
const readerProject = (project: Project): ReaderDocument => ({ kind: 'project', id: project.id, doc: projectDocument(project) });

// The open project is shown by the reader as a document; each edit shows the edited table.
let projectView: ViewState | undefined = view.project ? view : undefined;
projects.subscribe((state, previous) => {
  if (state.open === previous.open) return;
  const open = state.open;
  if (open.status === 'ready') {
    reader.getState().showDocument(readerProject(open.project), lessonFor({ kind: 'project', id: open.project.id }, projectView));
    projectView = undefined;
  } else if (open.status === 'error') reader.getState().showError({ kind: 'project', id: open.id }, open.message);
  else if (open.status === 'loading') reader.getState().showLoading({ kind: 'project', id: open.id });
});
if (view.newTexts || view.project) preloadProjectTools();
if (view.newTexts) projects.getState().showPage('new-texts');
else if (view.project) void projects.getState().openProject(view.project);

/** The URL's query for what is shown: what a link needs to reopen the same view (the text size only when it is not the usual). */
function queryOf(state: ReaderState): string | null {
  if (projects.getState().page === 'new-texts') return viewStateQuery({ newTexts: true });
  const view = readerViewState(state, currentTextSize());
  if (!view) return null;
  const { size, ...rest } = view;
  return viewStateQuery(size === 1 ? rest : view);
}

// The URL follows the view. Opening another document, project or page is a step in the history
// (Back returns to the one before); moving within a document replaces the entry.
type Shown = DocumentKey | 'new' | null;
const sameShown = (a: Shown, b: Shown) => (a === null || a === 'new' || b === null || b === 'new' ? a === b : sameDocument(a, b));
let shown: Shown = window.location.search.startsWith('?new') ? 'new' : view.project ? { kind: 'project', id: view.project } : view.doc ? { kind: 'corpus', id: view.doc } : null;
const syncUrl = () => {
  // the handout's address is its own (its options, the view it was made from): the handout writes it
  if (view.handout) return;
  const state = reader.getState();
  const query = queryOf(state);
  if (query === null || query === window.location.search) return;
  const now: Shown = projects.getState().page === 'new-texts' ? 'new' : state.document.status === 'none' ? null : { kind: state.document.kind, id: state.document.id };
  const url = `${window.location.pathname}${query}`;
  if (shown !== null && !sameShown(now, shown)) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  shown = now;
};
reader.subscribe(syncUrl);
onTextSize(syncUrl);
projects.subscribe((state, previous) => state.page !== previous.page && syncUrl());

window.addEventListener('popstate', () => {
  const next = parseViewState(window.location.search);
  const openProject = projects.getState().open;
  const staying = openProject.status === 'ready' && next.project === openProject.project.id;
  if (!staying && !mayLeaveProject()) {
    // back where the user was: the address goes with what the page shows
    syncUrl();
    return;
  }
  if (next.newTexts) {
    shown = 'new';
    projects.getState().showPage('new-texts');
    return;
  }
  projects.getState().showPage('reader');
  const state = reader.getState();
  if (next.project) {
    shown = { kind: 'project', id: next.project };
    if (state.document.status === 'ready' && sameDocument(state.document, shown)) state.applyView(lessonFor(shown, next)!);
    else {
      projectView = next;
      void projects.getState().openProject(next.project);
    }
    return;
  }
  const id = next.doc ?? DEFAULT_DOCUMENT;
  shown = { kind: 'corpus', id };
  if (state.document.status === 'ready' && sameDocument(state.document, shown)) state.applyView(lessonFor(shown, next)!);
  else open(id, next);
});

/**
 * Leaving the open project for another page of the app drops a change that was not saved (one
 * refused because another tab saved first, or because storage is full): the user is asked first,
 * as on leaving the page.
 */
function mayLeaveProject(): boolean {
  if (!projects.getState().hasUnsavedWork()) return true;
  return window.confirm('This tab holds a change to the open project that was not saved. Leave it and lose the change? (Cancel to stay with it.)');
}

const navigate: Navigation = {
  openDocument: (id, row) => {
    if (!mayLeaveProject()) return;
    projects.getState().showPage('reader');
    projects.getState().closeProject();
    const shown = reader.getState().document;
    if (row !== undefined && shown.status === 'ready' && sameDocument(shown, { kind: 'corpus', id })) reader.getState().goToRow(row);
    else open(id, row === undefined ? undefined : { row: row + 1 });
  },
  openProject: (id, row) => {
    preloadProjectTools();
    const open = projects.getState().open;
    if (!(open.status === 'ready' && open.project.id === id) && !mayLeaveProject()) return;
    const at = row === undefined ? undefined : { row: row + 1 };
    if (open.status === 'ready' && open.project.id === id) {
      projects.getState().showPage('reader');
      // a project just made or imported is already open: show it
      reader.getState().showDocument(readerProject(open.project), lessonFor({ kind: 'project', id }, at));
      if (row !== undefined) reader.getState().goToRow(row);
    } else {
      projectView = at;
      void projects.getState().openProject(id);
    }
  },
  newTexts: () => {
    if (!mayLeaveProject()) return;
    preloadProjectTools();
    projects.getState().showPage('new-texts');
  },
};

/** Search across the library: the corpus's search file, and the projects saved in this browser. */
const librarySearch = { corpus: () => fetchJson(LIBRARY_SEARCH_FILE), projects: async (query: string) => projectWorker.search(query, await projects.getState().savedDocuments()) };

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <ReaderStoreProvider store={reader}>
        <ProjectStoreProvider store={projects}>
          <ClassroomProvider value={classroom}>
            <ReaderFeaturesProvider value={features}>
              <App navigate={navigate} handout={view.handout === true} librarySearch={librarySearch} />
            </ReaderFeaturesProvider>
          </ClassroomProvider>
        </ProjectStoreProvider>
      </ReaderStoreProvider>
    </AppStoreProvider>
  </StrictMode>,
);
