/**
 * The reading aids, loaded when first wanted: pinyin (in the app the pinyin-pro library, a chunk of
 * its own with its dictionary of readings: `pinyin-pro.ts`) and a document's glossary (its words' CC-CEDICT entries, a
 * build file beside the document). Neither is in the reader's first load.
 */
import { createStore } from 'zustand/vanilla';
import type { Glossary } from '../../core/glossary/glossary.ts';
import type { ProjectDocument } from '../../core/project/project.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { glossaryFileName } from '../../core/pipeline/corpus-index.ts';
import type { FetchJson } from '../store/fetch-json.ts';
import { describeLoadError } from '../store/fetch-json.ts';

/** Pinyin for each character of a text: `result[i]` for the UTF-16 offset `i` where a Han character starts, else absent. */
export type PinyinOf = (text: string) => ReadonlyMap<number, string>;

export type GlossaryState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly glossary: Glossary } | { readonly status: 'none'; readonly message: string };

/** Every reading pinyin-pro knows for one character (說: shuō, shuì, yuè), tone-marked. */
export type ReadingsOf = (character: string) => readonly string[];

export interface PinyinReadings {
  readonly pinyinOf: PinyinOf;
  readonly readingsOf: ReadingsOf | null;
}

export interface AidsState {
  readonly pinyinOf: PinyinOf | null;
  readonly readingsOf: ReadingsOf | null;
  readonly pinyinProblem: string | null;
  /** By document id (`doc.id`: a project's is distinct from every corpus document's). */
  readonly glossaries: ReadonlyMap<string, GlossaryState>;
}

export interface AidsActions {
  readonly loadPinyin: () => Promise<void>;
  /** A document's glossary: a corpus document's from its build file, a project's made in the worker. */
  readonly loadGlossary: (reading: ReaderDocument) => Promise<void>;
}

export type AidsStore = ReturnType<typeof createAidsStore>;

export interface AidsDeps {
  readonly fetchJson: FetchJson;
  /** A user's project's glossary, made from CC-CEDICT in the worker (a download of its own). */
  readonly projectGlossary: (doc: ProjectDocument) => Promise<Glossary | null>;
  /** Pinyin's readings: pinyin-pro in the app (`pinyin-pro.ts`), the file's own in a one-file reader. */
  /** The readings, loaded when first wanted: in context, and every reading of a character (null where there is no library to ask, as in a one-file reader). */
  readonly loadPinyin: () => Promise<PinyinReadings>;
}

export function createAidsStore(deps: AidsDeps) {
  let pinyinLoad: Promise<void> | null = null;
  return createStore<AidsState & AidsActions>()((set, get) => ({
    pinyinOf: null,
    readingsOf: null,
    pinyinProblem: null,
    glossaries: new Map(),
    loadPinyin: () =>
      (pinyinLoad ??= deps.loadPinyin().then(
        ({ pinyinOf, readingsOf }) => set({ pinyinOf, readingsOf, pinyinProblem: null }),
        (error: unknown) => {
          pinyinLoad = null;
          set({ pinyinProblem: `pinyin could not be loaded: ${(error as Error).message}` });
        },
      )),
    loadGlossary: async (reading) => {
      const id = reading.doc.id;
      if (get().glossaries.has(id)) return;
      const put = (state: GlossaryState) => set({ glossaries: new Map(get().glossaries).set(id, state) });
      put({ status: 'loading' });
      if (reading.kind === 'project') {
        try {
          const glossary = await deps.projectGlossary(reading.doc);
          put(glossary ? { status: 'ready', glossary } : { status: 'none', message: 'These texts have no Chinese to look up.' });
        } catch (error) {
          put({ status: 'none', message: `The dictionary could not be loaded: ${(error as Error).message}` });
        }
        return;
      }
      let file = `the glossary of ${id}`;
      try {
        file = glossaryFileName(id);
        const data = (await deps.fetchJson(file)) as Glossary;
        if (data?.version !== 1 || typeof data.entries !== 'object') throw new Error('not a glossary');
        put({ status: 'ready', glossary: data });
      } catch (error) {
        put({ status: 'none', message: describeLoadError(file, error) });
      }
    },
  }));
}
