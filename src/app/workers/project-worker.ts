/**
 * The project worker: decoding, segmenting, aligning and comparing texts users bring, off the
 * page's thread so that it never freezes; the same pure core the corpus build runs. The dictionary
 * is fetched from beside the app the first time Chinese is aligned with English.
 */
/// <reference lib="webworker" />
import { lexiconFromData, type Lexicon, type LexiconEntry } from '../../core/align/lexicon.ts';
import { DICTIONARY_FILE, LEXICON_FILE } from '../../core/pipeline/corpus-index.ts';
import { buildGlossary, indexEntries, type EntryIndex } from '../../core/glossary/build-glossary.ts';
import { createProject, projectVariants } from '../../core/project/create-project.ts';
import { realignUnconfirmed } from '../../core/project/realign.ts';
import { decodeUserBytes, detectLanguage, TextInputError } from '../../core/text/decode-text.ts';
import type { ProjectSearcher } from '../../core/reader/project-search.ts';
import type { WorkerRequest, WorkerResponse } from './project-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let lexicon: Promise<Lexicon> | null = null;
let entries: Promise<EntryIndex> | null = null;
// loaded with the first search: it brings OpenCC's table, which aligning texts does not need
let searcher: Promise<ProjectSearcher> | null = null;

const post = (message: WorkerResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void handle(request).catch((error: unknown) => {
    post({ type: 'failed', job: request.job, message: error instanceof Error ? error.message : String(error), ...(error instanceof TextInputError ? { kind: error.kind } : {}) });
  });
};

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'decode': {
      const { text, encoding, reason, warnings } = decodeUserBytes(new Uint8Array(request.bytes), request.name, { encoding: request.encoding });
      post({ type: 'decoded', job: request.job, file: { text, encoding, reason, warnings, detected: detectLanguage(text) } });
      return;
    }
    case 'create': {
      const needsDictionary = new Set(request.inputs.map((t) => t.lang)).size > 1;
      post({ type: 'progress', job: request.job, progress: { stage: needsDictionary ? 'dictionary' : 'segmenting', fraction: 0 } });
      const dictionary = needsDictionary ? await loadLexicon(request.baseUrl) : undefined;
      let last = -1;
      const project = createProject(request.inputs, dictionary, request.meta, (progress) => {
        // a message per percent is plenty
        const percent = Math.floor(progress.fraction * 100);
        if (percent === last) return;
        last = percent;
        post({ type: 'progress', job: request.job, progress });
      });
      post({ type: 'created', job: request.job, project });
      return;
    }
    case 'glossary': {
      const [dictionary, entries] = await Promise.all([loadLexicon(request.baseUrl), loadEntries(request.baseUrl)]);
      const doc = { id: request.id, title: { zh: '' }, date: '', credits: '', witnesses: request.witnesses, rows: request.rows };
      post({ type: 'glossary', job: request.job, glossary: buildGlossary(doc, dictionary, entries) });
      return;
    }
    case 'search': {
      searcher ??= import('../../core/reader/project-search.ts').then((m) => m.createProjectSearcher());
      const { query, projects, documents } = request;
      post({ type: 'searched', job: request.job, result: (await searcher).search({ query, projects, documents }) });
      return;
    }
    case 'realign': {
      const dictionary = request.witnesses.some((w) => w.lang === 'en') ? await loadLexicon(request.baseUrl) : undefined;
      post({ type: 'realigned', job: request.job, result: realignUnconfirmed({ witnesses: request.witnesses, rows: request.rows }, dictionary) });
      return;
    }
    case 'compare': {
      const variants = projectVariants({ id: request.id, witnesses: request.witnesses, rows: request.rows }, request.base);
      post({ type: 'compared', job: request.job, variants: variants ?? null });
      return;
    }
  }
}

function loadEntries(baseUrl: string): Promise<EntryIndex> {
  entries ??= fetchBuildFile(DICTIONARY_FILE, baseUrl).then((data) => indexEntries(data as LexiconEntry[]));
  entries.catch(() => (entries = null));
  return entries;
}

function loadLexicon(baseUrl: string): Promise<Lexicon> {
  lexicon ??= fetchBuildFile(LEXICON_FILE, baseUrl).then(lexiconFromData);
  lexicon.catch(() => (lexicon = null));
  return lexicon;
}

/** A dictionary file the build writes beside the app, as JSON; an error that says how to make it. */
async function fetchBuildFile(file: string, baseUrl: string): Promise<unknown> {
  const response = await fetch(new URL(file, baseUrl));
  if (!response.ok) throw new Error(`${file}: the dictionary could not be loaded (HTTP ${response.status}); run \`npm run -s cli -- build\``);
  return response.json();
}
