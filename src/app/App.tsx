import type { AppState } from './store/app-store.ts';
import { useAppStore } from './store/use-app-store.ts';
import { useReaderStore } from './store/use-reader-store.ts';
import { Library } from './reader/Library.tsx';
import { Reader } from './reader/Reader.tsx';

const selectCorpus = (state: AppState) => state;

/** The page: the library beside the reader of the open document, or what stands in its way. */
export function App({ onOpen }: { onOpen: (id: string) => void }) {
  const corpus = useAppStore(selectCorpus);
  const document = useReaderStore((s) => s.document);
  const title = (id: string) => (corpus.status === 'ready' ? corpus.corpus.documents.find((d) => d.id === id)?.title.zh : undefined) ?? id;
  return (
    <div className="app">
      <header className="top-bar">
        <h1>
          Duizhao <span lang="zh-Hans">对照</span>
        </h1>
        <p className="lede">Chinese texts and their English translations, sentence by sentence.</p>
      </header>
      {corpus.status === 'ready' ? <Library corpus={corpus.corpus} openId={document.status === 'none' ? null : document.id} onOpen={onOpen} /> : <nav className="library" aria-label="Library" />}
      <main className="main">
        {corpus.status === 'error' && <Alert message={corpus.message} />}
        {(document.status === 'none' || (document.status === 'loading' && corpus.status !== 'error')) && (
          <p className="status" role="status">
            <span className="spinner" aria-hidden="true" />
            {document.status === 'loading' ? <>Loading <span lang="zh-Hans">{title(document.id)}</span>…</> : 'Loading the library…'}
          </p>
        )}
        {document.status === 'error' && <Alert message={document.message} />}
        {document.status === 'ready' && <Reader key={document.id} doc={document.doc} />}
      </main>
    </div>
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
