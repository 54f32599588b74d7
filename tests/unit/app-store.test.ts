import { describe, expect, it } from 'vitest';
import { createAppStore, type AppState } from '../../src/app/store/app-store.ts';
import { createFetchJson, HttpStatusError, type FetchJson } from '../../src/app/store/fetch-json.ts';
import type { CorpusIndex } from '../../src/core/model.ts';

const validIndex: CorpusIndex = {
  schemaVersion: 1,
  documents: [
    {
      id: 'mao-khrushchev-1958',
      title: { zh: '毛泽东和赫鲁晓夫会谈公报', en: 'Communiqué on Talks Between Mao Zedong and Khrushchev' },
      date: '1958-08-03',
      credits: '',
      file: 'mao-khrushchev-1958.json',
      rows: 42,
      witnesses: [
        { id: 'zh-rmrb', lang: 'zh', label: "People's Daily", segments: 24 },
        { id: 'en', lang: 'en', label: 'English', segments: 25 },
      ],
    },
  ],
};

/** A FetchJson that answers with `answer`, recording the files requested. */
function stubFetchJson(answer: (file: string) => Promise<unknown>): FetchJson & { requests: string[] } {
  const requests: string[] = [];
  return Object.assign((file: string) => {
    requests.push(file);
    return answer(file);
  }, { requests });
}

/** A `fetch` that answers every request with `body` and `init`, recording the URLs. */
function stubFetch(body: string, init: ResponseInit): typeof fetch & { urls: string[] } {
  const urls: string[] = [];
  const fn = async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return new Response(body, init);
  };
  return Object.assign(fn, { urls }) as typeof fetch & { urls: string[] };
}

function errorMessage(state: AppState): string {
  if (state.status !== 'error') throw new Error(`expected an error state, got ${state.status}`);
  return state.message;
}

describe('createAppStore', () => {
  it('starts loading, and is ready with a valid corpus index', async () => {
    const store = createAppStore();
    expect(store.getState().status).toBe('loading');

    const fetchJson = stubFetchJson(async () => structuredClone(validIndex));
    await store.getState().loadCorpus(fetchJson);

    const state = store.getState();
    expect(fetchJson.requests).toEqual(['corpus.json']);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.corpus).toEqual(validIndex);
    expect(state.corpus.documents[0]?.title.zh).toBe('毛泽东和赫鲁晓夫会谈公报');
  });

  it('is loading while the request is under way', async () => {
    const store = createAppStore({ status: 'error', message: 'an earlier failure' });
    let release: (value: unknown) => void = () => {};
    const pending = store.getState().loadCorpus(() => new Promise((resolve) => (release = resolve)));

    expect(store.getState()).toMatchObject({ status: 'loading' });
    expect(store.getState()).not.toHaveProperty('message');
    release(validIndex);
    await pending;
    expect(store.getState().status).toBe('ready');
  });

  it('reports an HTTP 404 naming corpus.json and the build command', async () => {
    const store = createAppStore();
    await store.getState().loadCorpus(async () => {
      throw new HttpStatusError(404, '/corpus.json');
    });

    const message = errorMessage(store.getState());
    expect(message).toContain('corpus.json could not be loaded (HTTP 404)');
    expect(message).toContain('npm run -s cli -- build');
  });

  it('reports a body that is not JSON, naming corpus.json', async () => {
    const store = createAppStore();
    await store.getState().loadCorpus(createFetchJson(stubFetch('{"schemaVersion": 1, "docu', { status: 200 }), 'http://localhost/'));

    expect(errorMessage(store.getState())).toMatch(/^corpus\.json is not valid JSON \(.+\)/);
  });

  it('reports schema-invalid data with the path of the first problem', async () => {
    const store = createAppStore();
    const broken = { ...validIndex, documents: [{ ...validIndex.documents[0], title: { en: 'no Chinese title' } }] };
    await store.getState().loadCorpus(async () => broken);

    const message = errorMessage(store.getState());
    expect(message).toMatch(/^corpus\.json: not a valid Duizhao build file at documents\.0\.title\.zh/);
    expect(message).toContain('npm run -s cli -- build');
  });

  it('reports an index of another schema version', async () => {
    const store = createAppStore();
    await store.getState().loadCorpus(async () => ({ ...validIndex, schemaVersion: 2 }));

    expect(errorMessage(store.getState())).toMatch(/^corpus\.json: not a valid Duizhao build file at schemaVersion/);
  });

  it('reports a network failure naming corpus.json', async () => {
    const store = createAppStore();
    await store.getState().loadCorpus(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(errorMessage(store.getState())).toBe('corpus.json could not be loaded (Failed to fetch).');
  });

  it('replaces an error with ready on a later successful load, leaving no stale message', async () => {
    const store = createAppStore();
    await store.getState().loadCorpus(async () => 'garbage');
    expect(store.getState().status).toBe('error');

    await store.getState().loadCorpus(async () => validIndex);
    expect(store.getState().status).toBe('ready');
    expect(store.getState()).not.toHaveProperty('message');
  });

  it('lets only the latest of overlapping loads settle the state', async () => {
    const store = createAppStore();
    let failFirst: (reason: unknown) => void = () => {};
    const first = store.getState().loadCorpus(() => new Promise((_, reject) => (failFirst = reject)));
    const second = store.getState().loadCorpus(async () => validIndex);
    await second;
    failFirst(new HttpStatusError(500, '/corpus.json'));
    await first;

    expect(store.getState().status).toBe('ready');
  });

  it('gives each store its own state', async () => {
    const a = createAppStore();
    const b = createAppStore();
    await a.getState().loadCorpus(async () => validIndex);

    expect(a.getState().status).toBe('ready');
    expect(b.getState().status).toBe('loading');
  });
});

describe('createFetchJson', () => {
  it('resolves the file against the base URL and parses the body', async () => {
    const fetchFn = stubFetch(JSON.stringify(validIndex), { status: 200, headers: { 'content-type': 'application/json' } });
    const data = await createFetchJson(fetchFn, 'http://localhost:4173/reader/')('corpus.json');

    expect(fetchFn.urls).toEqual(['http://localhost:4173/reader/corpus.json']);
    expect(data).toEqual(validIndex);
  });

  it('fails with the HTTP status when the response is not ok', async () => {
    const fetchJson = createFetchJson(stubFetch('Not Found', { status: 404 }), 'http://localhost/');

    await expect(fetchJson('corpus.json')).rejects.toMatchObject({ name: 'HttpStatusError', status: 404 });
  });

  it("reports a server's HTML fallback page as a missing file", async () => {
    const html = stubFetch('<!doctype html><title>Duizhao</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    const store = createAppStore();
    await store.getState().loadCorpus(createFetchJson(html, 'http://localhost/'));

    expect(errorMessage(store.getState())).toBe(
      'corpus.json was not found (the server sent an HTML page for /corpus.json). Run `npm run -s cli -- build`.',
    );
  });
});
