/**
 * The lesson's view kept with each document and project, in this browser: which texts are shown
 * and hidden, pinyin, words, layout, sync, the kinds of difference hidden and the text size. A
 * teacher who set a text up for a class finds it so when they reopen it, from the library or a
 * bare link. Kept apart from the project itself: changing the view is not an edit to undo, and
 * it never races another tab's save of the table.
 */
import { lessonViewOf, parseViewState, viewStateQuery, type LessonView, type TextSize, type ViewState } from '../../core/reader/view-state.ts';
import { sameDocument, type DocumentKey } from '../../core/reader/reader-document.ts';
import type { ReaderState, ReaderStore } from '../store/reader-store.ts';
import { readerViewState } from './reader-view.ts';

/** Where kept lessons live: localStorage, or a stand-in where the browser refuses it. */
export interface LessonStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LessonViews {
  /** The lesson kept for a document, or null. */
  get(key: DocumentKey): LessonView | null;
  /** Keep a document's lesson; false when the browser refused to store it (it holds for this page). */
  put(key: DocumentKey, lesson: LessonView): boolean;
  forget(key: DocumentKey): void;
}

const storageKey = (key: DocumentKey) => `duizhao.lesson.${key.kind}.${key.id}`;

/** Lessons kept in `storage`; what it refuses is kept in memory for the page's life. */
export function createLessonViews(storage: LessonStorage | null): LessonViews {
  const unsaved = new Map<string, string>();
  return {
    get: (key) => {
      const name = storageKey(key);
      let text = unsaved.get(name) ?? null;
      if (text === null) {
        try {
          text = storage?.getItem(name) ?? null;
        } catch {
          text = null;
        }
      }
      // kept as a query string, read by the same parser as a link: a damaged entry is no lesson
      return text === null ? null : lessonViewOf(parseViewState(text));
    },
    put: (key, lesson) => {
      const name = storageKey(key);
      const text = viewStateQuery(lesson);
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(name, text);
        unsaved.delete(name);
        return true;
      } catch {
        unsaved.set(name, text);
        return false;
      }
    },
    forget: (key) => {
      const name = storageKey(key);
      unsaved.delete(name);
      try {
        storage?.removeItem(name);
      } catch {
        // nothing kept to forget
      }
    },
  };
}

/** localStorage when the browser lets the page use it. */
export function browserLessonStorage(): LessonStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The parts of the reader's state a lesson is made of (each replaced, never changed in place, when it changes). */
const LESSON_INPUTS = ['document', 'shown', 'layout', 'sync', 'hiddenCategories', 'hiddenWitnesses', 'pinyin', 'words'] as const satisfies readonly (keyof ReaderState)[];

/** The lesson the reader shows now, and its document; null while no document is ready. */
export function lessonOfReader(state: ReaderState, size: TextSize): { readonly key: DocumentKey; readonly lesson: LessonView } | null {
  if (state.document.status !== 'ready') return null;
  const view = readerViewState(state, size);
  return view && { key: { kind: state.document.kind, id: state.document.id }, lesson: lessonViewOf(view) };
}

/** What the keeper needs of the page's text size (`text-size.ts`). */
export interface TextSizeControl {
  readonly current: () => TextSize;
  readonly set: (size: TextSize) => void;
  readonly onChange: (changed: () => void) => void;
}

/**
 * Keep each document's lesson as it changes, and restore its text size when it opens. `opening`
 * is told of the view a document is opened with (after `withLessonView`), so the size is set once
 * that document is shown, not while the one before it still is.
 */
export function keepLessonViews(reader: ReaderStore, lessons: LessonViews, size: TextSizeControl) {
  let pending: { key: DocumentKey; size: TextSize } | null = null;
  let last = '';
  const save = () => {
    const now = lessonOfReader(reader.getState(), size.current());
    if (!now) return;
    const text = `${storageKey(now.key)}?${viewStateQuery(now.lesson)}`;
    if (text === last) return;
    last = text;
    lessons.put(now.key, now.lesson);
  };
  reader.subscribe((state, previous) => {
    if (pending && state.document.status === 'ready' && sameDocument(state.document, pending.key)) {
      const wanted = pending.size;
      pending = null;
      size.set(wanted);
    }
    // the store changes with every hover and scroll: only a change of what the lesson holds is saved
    if (LESSON_INPUTS.some((field) => state[field] !== previous[field])) save();
  });
  size.onChange(save);
  return {
    opening: (key: DocumentKey, view: ViewState | undefined) => {
      pending = view?.size !== undefined ? { key, size: view.size } : null;
    },
  };
}
