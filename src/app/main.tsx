import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppStore } from './store/app-store.ts';
import { createFetchJson } from './store/fetch-json.ts';
import { AppStoreProvider } from './store/use-app-store.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore();
// Build files sit next to the app (vite's publicDir is data/build), wherever the app is deployed.
const fetchJson = createFetchJson(fetch.bind(globalThis), new URL(import.meta.env.BASE_URL, window.location.href));
// Started here rather than in an effect, so React's development double-mount does not load twice.
void store.getState().loadCorpus(fetchJson);

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
