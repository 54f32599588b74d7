import type { AppState } from './store/app-store.ts';
import { useAppStore } from './store/use-app-store.ts';
import { DocumentList } from './components/DocumentList.tsx';

const selectState = (state: AppState) => state;

/** The placeholder page: what Duizhao is, and the documents of the built corpus. */
export function App() {
  return (
    <main className="page">
      <header className="page-header">
        <h1>
          Duizhao <span lang="zh-Hans">对照</span>
        </h1>
        <p className="lede">Chinese texts and their English translations, sentence by sentence.</p>
      </header>
      <CorpusView />
    </main>
  );
}

function CorpusView() {
  const state = useAppStore(selectState);
  switch (state.status) {
    case 'loading':
      return <p className="status" role="status">Loading the corpus…</p>;
    case 'error':
      return (
        <div className="status status-error" role="alert">
          <p>{withCode(state.message)}</p>
        </div>
      );
    case 'ready':
      return <DocumentList documents={state.corpus.documents} />;
    default:
      return assertNever(state);
  }
}

/** Fails to compile when a case of the union is left unhandled. */
function assertNever(value: never): never {
  throw new Error(`unexpected state ${JSON.stringify(value)}`);
}

/** Message text with its `backticked` commands set as code. */
function withCode(message: string) {
  return message.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
