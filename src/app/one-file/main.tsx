/**
 * The one-file reader's script: the app's Reader over the document the file carries, with no
 * server behind it. Every build file the reader would fetch is in the file's data (the glossary,
 * the readings for pinyin); nothing is fetched. Built by `vite.one-file.ts` into one classic
 * script and one style sheet, which `composeOneFileHtml` puts into the file.
 */
import { setTextSize } from '../reader/text-size.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ONE_FILE_DATA_ID, provenanceLine, readOneFileData, type OneFileData } from '../../core/publish/one-file.ts';
import { pinyinOfTable } from '../../core/publish/pinyin-table.ts';
import { glossaryFileName } from '../../core/pipeline/corpus-index.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import type { ProjectDocument } from '../../core/project/project.ts';
import { createAidsStore } from '../classroom/aids-store.ts';
import { ClassroomProvider, useNotes, type Classroom } from '../classroom/use-classroom.ts';
import { Reader } from '../reader/Reader.tsx';
import { ViewBoundary } from '../ViewBoundary.tsx';
import { ReaderFeaturesProvider, type ReaderFeatures } from '../reader/reader-features.ts';
import { createReaderStore } from '../store/reader-store.ts';
import { ReaderStoreProvider, useReaderStore } from '../store/use-reader-store.ts';
import { browserNoteStorage, createOneFileNotesStore } from './one-file-notes.ts';
import '../styles.css';
import './one-file.css';

const FEATURES: ReaderFeatures = { find: false, rebase: false, links: false, shareOneFile: null };

const root = document.getElementById('root');
if (root) {
  try {
    start(root, readOneFileData(document.getElementById(ONE_FILE_DATA_ID)?.textContent ?? ''));
  } catch (error) {
    createRoot(root).render(
      <div className="status status-error" role="alert">
        <p>This one-file reader cannot be shown: {(error as Error).message}</p>
      </div>,
    );
  }
}

/** The notes as rows carry them: a project's in its rows, so that the reader shows them as a project's. */
function withRowNotes(doc: ProjectDocument, notes: ReadonlyMap<number, string>): ProjectDocument {
  return {
    ...doc,
    rows: doc.rows.map((row, r) => {
      const out: { -readonly [K in keyof typeof row]: (typeof row)[K] } = { ...row };
      const note = notes.get(r);
      if (note) out.note = note;
      else delete out.note;
      return out;
    }),
  };
}

function readingOf(data: OneFileData, notes: ReadonlyMap<number, string>): ReaderDocument {
  return data.kind === 'corpus' ? { kind: 'corpus', id: data.id, doc: data.doc } : { kind: 'project', id: data.id, doc: withRowNotes(data.doc as ProjectDocument, notes) };
}

/** A project's notes as they came in the file (in its rows); a corpus document's beside it. */
function givenNotes(data: OneFileData): Map<number, string> {
  if (data.kind === 'corpus') return new Map(Object.entries(data.notes).map(([row, text]) => [Number(row), text]));
  const out = new Map<number, string>();
  (data.doc as ProjectDocument).rows.forEach((row, r) => row.note && out.set(r, row.note));
  return out;
}

function start(root: HTMLElement, data: OneFileData): void {
  const docId = data.doc.id;
  const storage = browserNoteStorage();
  const notesKey = `duizhao.one-file.notes:${data.kind}:${data.id}:${data.provenance.madeAt}`;
  const notes = createOneFileNotesStore(docId, notesKey, givenNotes(data), storage);
  const noFetch = async (file: string) => {
    throw new Error(`this file carries no ${file}`);
  };
  const classroom: Classroom = {
    aids: createAidsStore({
      fetchJson: async (file) => (data.glossary && data.kind === 'corpus' && file === glossaryFileName(data.id) ? data.glossary : noFetch(file)),
      projectGlossary: async () => data.glossary,
      loadPinyin: async () => {
        if (!data.pinyin) throw new Error('this file carries no readings');
        return { pinyinOf: pinyinOfTable(data.doc, data.pinyin), readingsOf: null };
      },
    }),
    notes,
    fetchJson: noFetch,
  };
  const reader = createReaderStore();
  const notesNow = () => notes.getState().byDocument.get(docId) ?? new Map<number, string>();
  reader.getState().showDocument(readingOf(data, notesNow()), data.view);
  // the size the teacher read it at; a student's own change holds for this page
  if (data.view.size !== undefined) setTextSize(data.view.size);
  // a project's notes are in its rows: a note written shows the rows again, with the view kept
  const noteWriter = {
    saveProjectNote: (row: number, text: string) => {
      void notes.getState().setNote(docId, row, text);
      reader.getState().showDocument(readingOf(data, notesNow()));
      return true;
    },
  };
  // the same file open in another tab wrote a note: show it here too
  window.addEventListener('storage', (event) => {
    if (event.key !== notesKey) return;
    notes.getState().refresh();
    if (data.kind === 'project') reader.getState().showDocument(readingOf(data, notesNow()));
  });
  createRoot(root).render(
    <StrictMode>
      <ReaderStoreProvider store={reader}>
        <ClassroomProvider value={classroom}>
          <ReaderFeaturesProvider value={FEATURES}>
            <OneFileReader data={data} noteWriter={noteWriter} />
          </ReaderFeaturesProvider>
        </ClassroomProvider>
      </ReaderStoreProvider>
    </StrictMode>,
  );
}

interface OneFileReaderProps {
  readonly data: OneFileData;
  readonly noteWriter: { readonly saveProjectNote: (row: number, text: string) => boolean };
}

function OneFileReader({ data, noteWriter }: OneFileReaderProps) {
  const document = useReaderStore((s) => s.document);
  const problem = useNotes((s) => s.problem);
  return (
    <div className="app one-file library-closed">
      <header className="top-bar">
        <p className="one-file-name">
          Duizhao <span lang="zh-Hans">对照</span>
        </p>
        <p className="one-file-provenance">{provenanceLine(data.provenance)}</p>
        <p className={`one-file-notes${problem ? ' one-file-notes-problem' : ''}`} role="status">
          {problem ?? 'Your notes are kept in this browser.'}
        </p>
      </header>
      <main className="main">
        {document.status === 'ready' && (
          <ViewBoundary what="this document">
            <Reader reading={document} threshold={data.threshold} noteWriter={noteWriter} />
          </ViewBoundary>
        )}
      </main>
    </div>
  );
}
