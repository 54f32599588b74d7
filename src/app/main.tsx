import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from './store/app-store.ts';
import { createReaderStore } from './store/reader-store.ts';
import { createFetchJson } from './store/fetch-json.ts';
import { AppStoreProvider } from './store/use-app-store.ts';
import { ReaderStoreProvider } from './store/use-reader-store.ts';
import { parseViewState, viewStateQuery, type ViewState } from '../core/reader/view-state.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The document the reader opens on when the URL names none. */
const DEFAULT_DOCUMENT = 'mao-khrushchev-1958';

const store = createAppStore();
const reader = createReaderStore();
// Build files sit next to the app (vite's publicDir is data/build), wherever the app is deployed.
const fetchJson = createFetchJson(fetch.bind(globalThis), new URL(import.meta.env.BASE_URL, window.location.href));

const open = (id: string, view?: ViewState) => void reader.getState().openDocument(id, fetchJson, view);

// Started here rather than in an effect, so React's development double-mount does not load twice.
// A document the URL names is fetched at once, beside the corpus index, not after it.
const view = parseViewState(window.location.search);
if (view.doc) open(view.doc, view);
void store
  .getState()
  .loadCorpus(fetchJson)
  .then(() => {
    const state = store.getState();
    if (state.status !== 'ready') return;
    const ids = state.corpus.documents.map((d) => d.id);
    if (view.doc && ids.includes(view.doc)) return;
    const id = ids.includes(DEFAULT_DOCUMENT) ? DEFAULT_DOCUMENT : ids[0];
    if (id) open(id, view.doc ? {} : view);
  });

// The URL follows the view, so a link reopens the same document, witnesses and row.
reader.subscribe((state) => {
  if (state.document.status === 'none') return;
  const docWitnesses = state.document.status === 'ready' ? state.document.doc.witnesses.map((w) => w.id) : [];
  const allInOrder = state.shown.join(',') === docWitnesses.join(',');
  const query = viewStateQuery({
    doc: state.document.id,
    ...(allInOrder ? {} : { witnesses: state.shown }),
    ...(state.currentRow !== null ? { row: state.currentRow + 1 } : {}),
    layout: state.layout,
  });
  if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}`);
});

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <ReaderStoreProvider store={reader}>
        <App onOpen={(id) => open(id)} />
      </ReaderStoreProvider>
    </AppStoreProvider>
  </StrictMode>,
);
