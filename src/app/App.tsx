import type { AppState } from './store/app-store.ts';
import { useAppStore } from './store/use-app-store.ts';
import { useReaderStore } from './store/use-reader-store.ts';
import { useProjectStore, useProjectStoreApi } from './store/use-project-store.ts';
import { setNote } from '../core/project/table-operations.ts';
import { setReading } from '../core/project/reading-edit.ts';
import type { Navigation } from './navigation.ts';
import { Library } from './reader/Library.tsx';
import { Reader } from './reader/Reader.tsx';
import { lazy, Suspense, useState } from 'react';
import { ViewBoundary } from './ViewBoundary.tsx';
import { useMediaQuery } from './use-media-query.ts';
import type { LibrarySearchSource } from './reader/LibrarySearch.tsx';

// The tools for texts users bring load when first wanted: the corpus reader's first load stays small.
const loadImportView = () => import('./projects/ImportView.tsx');
const loadProjectEditor = () => import('./projects/ProjectEditor.tsx');
const ImportView = lazy(() => loadImportView().then((m) => ({ default: m.ImportView })));
const ProjectEditor = lazy(() => loadProjectEditor().then((m) => ({ default: m.ProjectEditor })));
const Handout = lazy(() => import('./classroom/Handout.tsx').then((m) => ({ default: m.Handout })));

/** Start loading the project tools (as a project opens), so that the editor is there with its rows and no key is lost. */
export function preloadProjectTools(): void {
  // a failure here is the view's to report, when it renders (its boundary names it)
  loadImportView().catch(() => undefined);
  loadProjectEditor().catch(() => undefined);
}

const selectCorpus = (state: AppState) => state;
/** Wide enough for the library beside the text (styles.css says the same). */
const WIDE = '(min-width: 1100px)';


/** The page: the library beside the reader of the open document or project, the page for new texts, or what stands in the way. */
export function App({ navigate, handout = false, librarySearch }: { navigate: Navigation; handout?: boolean; librarySearch?: LibrarySearchSource }) {
  const corpus = useAppStore(selectCorpus);
  const document = useReaderStore((s) => s.document);
  const page = useProjectStore((s) => s.page);
  const open = useProjectStore((s) => s.open);
  const projects = useProjectStoreApi();
  const title = (id: string) => (corpus.status === 'ready' ? corpus.corpus.documents.find((d) => d.id === id)?.title.zh : undefined) ?? id;
  const isProject = document.status !== 'none' && document.kind === 'project';
  // the library is a sidebar on a wide screen and a drawer on a narrow one; null is "as the width says"
  const [libraryOpen, setLibraryOpen] = useState<boolean | null>(null);
  const wide = useMediaQuery(WIDE);
  const nothingOpen = page !== 'new-texts' && document.status === 'none';
  const libraryShown = libraryOpen ?? (wide || nothingOpen);
  const libraryNavigate: Navigation = {
    openDocument: (id, row) => closeDrawerThen(() => navigate.openDocument(id, row)),
    openProject: (id, row) => closeDrawerThen(() => navigate.openProject(id, row)),
    newTexts: () => closeDrawerThen(navigate.newTexts),
  };
  // a drawer over the text closes once a choice is made; a sidebar stays
  function closeDrawerThen(go: () => void) {
    if (!wide) setLibraryOpen(null);
    go();
  }
  const project = isProject && open.status === 'ready' ? open.project : null;
  if (handout && document.status === 'ready' && (!isProject || project)) {
    return (
      <ViewBoundary what="the handout" resetKey={document.id}>
        <Suspense fallback={<Loading what="the handout" />}>
          <Handout reading={document} />
        </Suspense>
      </ViewBoundary>
    );
  }
  return (
    <div className={`app ${libraryShown ? 'library-open' : 'library-closed'}`}>
      <header className="top-bar">
        <button type="button" className="library-toggle" aria-expanded={libraryShown} aria-controls="library" onClick={() => setLibraryOpen(!libraryShown)} title={libraryShown ? 'Hide the library' : 'Show the library: the documents and your texts'}>
          <span aria-hidden="true">☰</span> Library
        </button>
        <h1>
          Duizhao <span lang="zh-Hans">对照</span>
        </h1>
        <p className="lede">Chinese texts and their English translations, sentence by sentence.</p>
      </header>
      <ViewBoundary what="the library">
        <Library corpus={corpus.status === 'ready' ? corpus.corpus : null} openKey={page === 'new-texts' || document.status === 'none' ? null : document} navigate={libraryNavigate} newTextsOpen={page === 'new-texts'} search={librarySearch} />
      </ViewBoundary>
      <main className="main">
        {page === 'new-texts' ? (
          <ViewBoundary what="the page for your texts">
            <Suspense fallback={<Loading what="the page for your texts" />}>
              <ImportView onOpened={navigate.openProject} />
            </Suspense>
          </ViewBoundary>
        ) : (
          <>
            {corpus.status === 'error' && !isProject && <Alert message={corpus.message} />}
            {(document.status === 'none' || (document.status === 'loading' && (isProject || corpus.status !== 'error'))) && (
              <p className="status" role="status">
                <span className="spinner" aria-hidden="true" />
                {document.status === 'loading' ? isProject ? 'Opening your project…' : <>Loading <span lang="zh-Hans">{title(document.id)}</span>…</> : 'Loading the library…'}
              </p>
            )}
            {document.status === 'error' && <Alert message={document.message} />}
            {document.status === 'ready' && isProject && open.status === 'none' && (
              <p className="status" role="status">
                This project is no longer open (it was deleted). Choose a document or one of your texts in the library.
              </p>
            )}
            {document.status === 'ready' && (
              <ViewBoundary what={isProject ? 'your project' : 'this document'} resetKey={document.id}>
                {project ? (
                  <Reader key={document.id} reading={document} threshold={project.threshold} noteWriter={{ saveProjectNote: (row, text) => projects.getState().edit((s) => setNote(s, row, text)) }} readingWriter={{ saveReading: (target, pinyin) => projects.getState().edit((s) => setReading(s, target, pinyin)) }} editor={
                      <ViewBoundary what="the editor" resetKey={document.id}>
                        <Suspense fallback={<Loading what="the editor" />}>
                          <ProjectEditor project={project} />
                        </Suspense>
                      </ViewBoundary>
                    } />
                ) : (
                  !isProject && <Reader key={document.id} reading={document} />
                )}
              </ViewBoundary>
            )}
          </>
        )}
      </main>
    </div>
  );
}

function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </p>
  );
}

function Alert({ message }: { message: string }) {
  return (
    <div className="status status-error" role="alert">
      <p>{withCode(message)}</p>
    </div>
  );
}

/** Message text with its `backticked` commands set as code. */
function withCode(message: string) {
  return message.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
