import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from './store/app-store.ts';
import { createReaderStore, type ReaderState } from './store/reader-store.ts';
import { createFetchJson } from './store/fetch-json.ts';
import { AppStoreProvider } from './store/use-app-store.ts';
import { ReaderStoreProvider } from './store/use-reader-store.ts';
import { parseViewState, viewStateQuery, type ViewState } from '../core/reader/view-state.ts';
import './styles.css';

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
  if (prefetched && String(input) === prefetched.href) {
    const { response } = prefetched;
    prefetched = null;
    return response;
  }
  return fetch(input, init);
};
// Build files sit next to the app (vite's publicDir is data/build), wherever the app is deployed.
const fetchJson = createFetchJson(fetchFirst, new URL(import.meta.env.BASE_URL, window.location.href));

const open = (id: string, view?: ViewState) => void reader.getState().openDocument(id, fetchJson, view);

// Started here rather than in an effect, so React's development double-mount does not load twice.
// The document the URL names (or the default) is fetched at once, beside the corpus index, not
// after it; if the index does not list it, the reader opens the first document it does list.
const view = parseViewState(window.location.search);
const first = view.doc ?? DEFAULT_DOCUMENT;
open(first, view);
void store
  .getState()
  .loadCorpus(fetchJson)
  .then(() => {
    const state = store.getState();
    if (state.status !== 'ready') return;
    const ids = state.corpus.documents.map((d) => d.id);
    if (ids.includes(first)) return;
    const id = ids.includes(DEFAULT_DOCUMENT) ? DEFAULT_DOCUMENT : ids[0];
    if (id) open(id);
  });

/** The URL's query for the reader's state: what a link needs to reopen the same view. */
function queryOf(state: ReaderState): string | null {
  if (state.document.status === 'none') return null;
  if (state.document.status !== 'ready') return viewStateQuery({ doc: state.document.id });
  const order = state.document.doc.witnesses.map((w) => w.id);
  const allInOrder = state.shown.join(',') === order.join(',');
  return viewStateQuery({
    doc: state.document.id,
    ...(allInOrder ? {} : { witnesses: state.shown }),
    ...(state.currentRow !== null ? { row: state.currentRow + 1 } : {}),
    layout: state.layout,
    sync: state.sync,
    hide: [...state.hiddenCategories],
  });
}

// The URL follows the view. Opening another document is a step in the history (Back returns to the
// one before); moving within a document replaces the entry.
let shownDocument = view.doc ?? null;
reader.subscribe((state) => {
  const query = queryOf(state);
  if (query === null || query === window.location.search) return;
  const id = state.document.status === 'none' ? null : state.document.id;
  const url = `${window.location.pathname}${query}`;
  if (shownDocument !== null && id !== shownDocument) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  shownDocument = id;
});
window.addEventListener('popstate', () => {
  const next = parseViewState(window.location.search);
  const id = next.doc ?? DEFAULT_DOCUMENT;
  const state = reader.getState();
  shownDocument = id;
  if (state.document.status === 'ready' && state.document.id === id) state.applyView(next);
  else open(id, next);
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
