import { describe, expect, it } from 'vitest';
import { createReaderStore } from '../../src/app/store/reader-store.ts';
import { createLessonViews, keepLessonViews, type LessonStorage } from '../../src/app/reader/lesson-views.ts';
import { lessonViewOf, parseViewState, viewStateQuery, withLessonView, type TextSize } from '../../src/core/reader/view-state.ts';
import { parseProjectFileWithView, projectToJson } from '../../src/core/project/project-file.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';
import { createProject } from '../../src/core/project/create-project.ts';

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const fetchDoc = async () => JSON.parse(JSON.stringify(doc)) as unknown;
const corpus = { kind: 'corpus', id: 'mao-khrushchev-1958' } as const;

function memoryStorage(refuse = false): LessonStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

function textSize(start: TextSize = 1) {
  let size = start;
  const listeners: (() => void)[] = [];
  return {
    current: () => size,
    set: (next: TextSize) => {
      size = next;
      for (const l of listeners) l();
    },
    onChange: (changed: () => void) => void listeners.push(changed),
  };
}

describe('the view in a link: words and text size', () => {
  it('round-trips words and a size the reader offers, and ignores a size it does not', () => {
    const query = viewStateQuery({ doc: 'd', words: true, size: 1.35, pinyin: true });
    expect(query).toBe('?doc=d&pinyin=on&words=on&size=1.35');
    expect(parseViewState(query)).toEqual({ doc: 'd', words: true, size: 1.35, pinyin: true });
    for (const bad of ['size=1.3', 'size=', 'size=-1', 'size=1e0', 'size=Infinity']) expect(parseViewState(`?doc=d&${bad}`), bad).toEqual({ doc: 'd' });
  });

  it('fills a bare view from the kept lesson, and leaves a view that says how to show the texts as it is', () => {
    const lesson = { hidden: ['en'], pinyin: true, size: 1.2 } as const;
    expect(withLessonView({ doc: 'd', row: 4 }, lesson)).toEqual({ doc: 'd', row: 4, hidden: ['en'], pinyin: true, size: 1.2 });
    expect(withLessonView(undefined, lesson)).toEqual(lesson);
    expect(withLessonView({ doc: 'd', layout: 'flow' }, lesson)).toEqual({ doc: 'd', layout: 'flow' });
    expect(withLessonView({ doc: 'd' }, null)).toEqual({ doc: 'd' });
    // where the reader is is not part of the lesson
    expect(lessonViewOf({ doc: 'd', row: 3, range: { from: 1, to: 2 }, hidden: ['en'], handout: true })).toEqual({ hidden: ['en'] });
  });
});

describe('lessons kept in the browser', () => {
  it('keeps a lesson per document, apart for a project and a corpus document of the same id', () => {
    const lessons = createLessonViews(memoryStorage());
    lessons.put(corpus, { hidden: ['en'], words: true });
    expect(lessons.get(corpus)).toEqual({ hidden: ['en'], words: true });
    expect(lessons.get({ kind: 'project', id: corpus.id })).toBeNull();
    lessons.forget(corpus);
    expect(lessons.get(corpus)).toBeNull();
  });

  it('holds a lesson the browser refuses to store for the page, and says it was not stored', () => {
    const lessons = createLessonViews(memoryStorage(true));
    expect(lessons.put(corpus, { pinyin: true })).toBe(false);
    expect(lessons.get(corpus)).toEqual({ pinyin: true });
    expect(createLessonViews(null).put(corpus, { pinyin: true })).toBe(false);
  });

  it('reads a damaged entry as what it can make of it, never throwing', () => {
    const storage = memoryStorage();
    storage.items.set('duizhao.lesson.corpus.mao-khrushchev-1958', '%%%\u0000layout=sideways&pinyin=on&size=99');
    expect(createLessonViews(storage).get(corpus)).toEqual({ pinyin: true });
  });

  it('saves the lesson as the reader changes and brings its size back when the document opens again', async () => {
    const storage = memoryStorage();
    const lessons = createLessonViews(storage);
    const size = textSize();
    const reader = createReaderStore();
    keepLessonViews(reader, lessons, size);
    await reader.getState().openDocument(corpus.id, fetchDoc);
    reader.getState().toggleHidden('en');
    reader.getState().setPinyin(true);
    reader.getState().setWords(true);
    size.set(1.5);
    expect(lessons.get(corpus)).toMatchObject({ hidden: ['en'], pinyin: true, words: true, size: 1.5 });

    // another session, at the usual size: the document is reopened from the library
    const laterSize = textSize(1);
    const again = createReaderStore();
    const keeper2 = keepLessonViews(again, lessons, laterSize);
    const view = withLessonView(undefined, lessons.get(corpus));
    keeper2.opening(corpus, view);
    await again.getState().openDocument(corpus.id, fetchDoc, view);
    const state = again.getState();
    expect([...state.hiddenWitnesses]).toEqual(['en']);
    expect(state.pinyin).toBe(true);
    expect(state.words).toBe(true);
    expect(laterSize.current()).toBe(1.5);
    expect(lessons.get(corpus)).toMatchObject({ size: 1.5 });
  });
});

describe('a project file carries its lesson', () => {
  it('round-trips the view, and an old file without one opens with none', () => {
    const noDictionary = { glosses: new Map(), names: new Map(), maxWordLength: 1 };
    const texts = [
      { text: '學而時習之，不亦說乎？', lang: 'zh', fileName: 'lunyu.txt', encoding: 'utf-8' },
      { text: 'Is it not pleasant to learn with a constant perseverance and application?', lang: 'en', fileName: 'legge.txt', encoding: 'utf-8' },
    ] as const;
    const project = createProject(texts, noDictionary, { id: 'p1', name: 'Analects', now: '2026-12-03T12:00:00.000Z' });
    const read = parseProjectFileWithView(projectToJson(project, '?hidden=en&pinyin=on'), 'lesson.duizhao.json');
    expect(read.project).toEqual(project);
    expect(read.view).toBe('?hidden=en&pinyin=on');
    expect(parseProjectFileWithView(projectToJson(project), 'old.duizhao.json').view).toBeNull();
  });
});
