/**
 * The app's state and actions, in a vanilla zustand store so that it runs and is tested without
 * React or the DOM (React reads it through `use-app-store.ts`).
 */
import { createStore } from 'zustand/vanilla';
import { parseCorpusIndex, type CorpusIndex } from '../../core/model.ts';
import { describeInvalidFile, describeLoadError, type FetchJson } from './fetch-json.ts';

export const CORPUS_INDEX_FILE = 'corpus.json';

/** Where loading the corpus stands; the reader's own state will join the `ready` case. */
export type CorpusState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly corpus: CorpusIndex }
  | { readonly status: 'error'; readonly message: string };

export interface AppActions {
  /** Fetch and validate the corpus index, ending `ready` or `error` (never throws). */
  readonly loadCorpus: (fetchJson: FetchJson) => Promise<void>;
}

export type AppState = CorpusState & AppActions;
export type AppStore = ReturnType<typeof createAppStore>;

/** A fresh store; `initial` defaults to `{ status: 'loading' }`. */
export function createAppStore(initial: CorpusState = { status: 'loading' }) {
  // Only the latest load may settle the state, so a slow earlier request cannot overwrite it.
  let latestLoad = 0;

  return createStore<AppState>()((set) => {
    // The state is a union: replace it whole (keeping the actions) so no field of the previous
    // case, such as an old error message, lingers next to the new status.
    const enter = (next: CorpusState) => set({ ...next, ...actions }, true);

    const actions: AppActions = {
      loadCorpus: async (fetchJson) => {
        const load = ++latestLoad;
        enter({ status: 'loading' });
        const next = await fetchCorpusIndex(fetchJson);
        if (load === latestLoad) enter(next);
      },
    };

    return { ...initial, ...actions };
  });
}

async function fetchCorpusIndex(fetchJson: FetchJson): Promise<CorpusState> {
  let data: unknown;
  try {
    data = await fetchJson(CORPUS_INDEX_FILE);
  } catch (error) {
    return { status: 'error', message: describeLoadError(CORPUS_INDEX_FILE, error) };
  }
  try {
    return { status: 'ready', corpus: parseCorpusIndex(data, CORPUS_INDEX_FILE) };
  } catch (error) {
    return { status: 'error', message: describeInvalidFile(error) };
  }
}
