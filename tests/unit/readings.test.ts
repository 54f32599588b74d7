/**
 * Readings a teacher can trust, and the student's vocabulary: every reading of a character in the
 * glossary, a teacher's corrections applied to pinyin (kept in the project file, undone like an
 * edit), and the vocabulary list as a text file Anki imports.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary, indexEntries } from '../../src/core/glossary/build-glossary.ts';
import { chineseWordSpans, entriesByUse } from '../../src/core/glossary/glossary.ts';
import { loadCedictEntriesCached, loadCedictLexicon } from '../../src/cli/cedict.ts';
import { createProject } from '../../src/core/project/create-project.ts';
import { projectDocument, type Project } from '../../src/core/project/project.ts';
import { parseProjectJson, projectToJson } from '../../src/core/project/project-file.ts';
import { correctPinyin, countPlaces, parseReading, readingAt } from '../../src/core/project/readings.ts';
import { setReading } from '../../src/core/project/reading-edit.ts';
import { perform, undo, redo } from '../../src/core/project/history.ts';
import { editApplies } from '../../src/core/project/apply-edit.ts';
import { ankiField, vocabularyTsv } from '../../src/core/export/vocabulary-tsv.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';
import { createVocabularyStore, parseVocabulary } from '../../src/app/classroom/vocabulary-store.ts';

const ANALECTS = '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？';
const ANALECTS_SIMPLIFIED = '学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？';
const meta = { id: 'analects', name: 'Analects 1.1', now: '2026-12-03T12:00:00.000Z' };
const classical = (): Project =>
  createProject(
    [
      { text: ANALECTS, lang: 'zh', fileName: 'lunyu.txt', encoding: 'utf-8' },
      { text: ANALECTS_SIMPLIFIED, lang: 'zh', fileName: 'lunyu-jian.txt', encoding: 'utf-8' },
    ],
    undefined,
    meta,
  );

describe('every reading of a character in the glossary', () => {
  const communique = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
  const glossary = buildGlossary(communique, loadCedictLexicon(), indexEntries(loadCedictEntriesCached()))!;

  it('a character that only stands inside longer words has all its CC-CEDICT readings', () => {
    const zh = communique.witnesses[0]!.text;
    // 行 stands in 举行 and 长 in 部长 and 首长, never alone as a word
    expect(zh).toContain('举行');
    expect(chineseWordSpans(zh, glossary).some((s) => s.word === '行')).toBe(false);
    expect(glossary.entries['行']!.map((e) => e.pinyin).sort()).toEqual(['hang2', 'heng2', 'xing2']);
    expect(glossary.entries['长']!.map((e) => e.pinyin).sort()).toEqual(['chang2', 'zhang3']);
    expect(glossary.entries['会']!.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['hui4', 'kuai4']));
    // every Han character of the texts has its entries (those CC-CEDICT has)
    const characters = new Set([...zh].filter((ch) => /\p{Script=Han}/u.test(ch)));
    const missing = [...characters].filter((ch) => !glossary.entries[ch]);
    expect(missing.length / characters.size).toBeLessThan(0.01);
    // the words are still read as words: the characters' entries do not cut them up
    expect(chineseWordSpans('举行了会谈', glossary).map((s) => s.word)).toEqual(['举行', '了', '会谈']);
  });

  it("a traditional text's character finds every reading of its simplified form: 說 shuō and shuì, 樂 lè and yuè", () => {
    const project = classical();
    const g = buildGlossary(projectDocument(project), loadCedictLexicon(), indexEntries(loadCedictEntriesCached()))!;
    expect(g.entries['說']!.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['shuo1', 'shui4']));
    expect(g.entries['樂']!.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['le4', 'yue4']));
  });
});

describe("a teacher's corrections of readings", () => {
  it('typed pinyin: tone numbers or marks, v for ü, one syllable a character, else the reason', () => {
    expect(parseReading('yue4', '說')).toEqual({ ok: true, pinyin: 'yuè' });
    expect(parseReading(' yuè ', '說')).toEqual({ ok: true, pinyin: 'yuè' });
    expect(parseReading('lv4', '律')).toEqual({ ok: true, pinyin: 'lǜ' });
    expect(parseReading('hang2 zhang3', '行长')).toEqual({ ok: true, pinyin: 'háng zhǎng' });
    expect(parseReading('hangzhang', '行长')).toMatchObject({ ok: false, reason: expect.stringMatching(/2 syllables/) });
    expect(parseReading('', '說')).toMatchObject({ ok: false });
    expect(parseReading('悦', '說')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a pinyin syllable/) });
  });

  it('a correction for every place and one for a single place change the pinyin there; a place wins over the word', () => {
    const text = '不亦說乎？說之。';
    const base = new Map([
      [2, 'shuō'],
      [5, 'shuō'],
      [6, 'zhī'],
    ]);
    const everywhere = [{ word: '說', pinyin: 'yuè' }];
    expect([...correctPinyin(base, text, 100, 'zh', everywhere)]).toEqual([
      [2, 'yuè'],
      [5, 'yuè'],
      [6, 'zhī'],
    ]);
    const withPlace = [...everywhere, { word: '說', pinyin: 'shuō', witness: 'zh', at: 105 }];
    expect(correctPinyin(base, text, 100, 'zh', withPlace).get(5)).toBe('shuō');
    expect(correctPinyin(base, text, 100, 'zh', withPlace).get(2)).toBe('yuè');
    // another text's place, or a word that does not stand there, changes nothing
    expect(correctPinyin(base, text, 100, 'zh-b', [{ word: '說', pinyin: 'shuì', witness: 'zh', at: 102 }]).get(2)).toBe('shuō');
    expect(readingAt(withPlace, 'zh', 105, '說')?.pinyin).toBe('shuō');
    expect(readingAt(withPlace, 'zh', 102, '說')?.pinyin).toBe('yuè');
    expect(correctPinyin(base, text, 100, 'zh', undefined)).toBe(base);
  });

  it('the classical text: 說 corrected to yuè is an edit, shown in the pinyin, kept in the project file, undone and redone', () => {
    const project = classical();
    const zh = project.witnesses[0]!;
    const at = zh.text.indexOf('說');
    const result = setReading(project, { word: '說', witness: zh.id, at }, 'yue4');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const done = perform(project, project.history, result.edit);
    const edited: Project = { ...project, rows: done.state.rows, witnesses: done.state.witnesses, history: done.history, readings: done.state.readings! };
    expect(edited.readings).toEqual([{ word: '說', pinyin: 'yuè', witness: zh.id, at }]);
    const pinyinPro = new Map([[at, 'shuō']]);
    expect(correctPinyin(pinyinPro, zh.text, 0, zh.id, edited.readings).get(at)).toBe('yuè');
    // the project's own file carries it, and reads it back
    const reread = parseProjectJson(projectToJson(edited), 'analects.duizhao.json');
    expect(reread.readings).toEqual(edited.readings);
    expect(projectDocument(reread).readings).toEqual(edited.readings);
    // undone, the reading is pinyin-pro's again; redone, the teacher's
    const undone = undo(done.state, done.history)!;
    expect(undone.state.readings).toEqual([]);
    expect(redo(undone.state, undone.history)!.state.readings).toEqual(edited.readings);
    // the same correction again is refused, and taking it back is an edit too
    expect(setReading(edited, { word: '說', witness: zh.id, at }, 'yuè')).toMatchObject({ ok: false });
    const back = setReading(edited, { word: '說', witness: zh.id, at }, null);
    expect(back.ok && editApplies(edited, back.edit)).toBe(true);
    expect(countPlaces([ANALECTS, ANALECTS_SIMPLIFIED], '乎')).toBe(6);
  });

  it('a project saved before corrections existed still opens; a damaged correction is refused with its place', () => {
    const project = classical();
    expect(parseProjectJson(projectToJson(project), 'old.json').readings).toBeUndefined();
    const bad = { ...project, readings: [{ word: '說', pinyin: 'yue4 le4' }] };
    expect(() => parseProjectJson(projectToJson(bad), 'bad.json')).toThrow(/bad\.json: not a valid Duizhao project at project.readings: .*one syllable for each character/);
    const misplaced = { ...project, readings: [{ word: '說', pinyin: 'yuè', witness: project.witnesses[0]!.id, at: 0 }] };
    expect(() => parseProjectJson(projectToJson(misplaced), 'bad.json')).toThrow(/does not stand at 0/);
  });
});

describe('the vocabulary list for Anki', () => {
  it('headers that fix tab and plain text, one line a word with its pinyin, gloss and sentence', () => {
    const tsv = vocabularyTsv([
      { word: '說', pinyin: 'yuè', gloss: 'pleased', sentence: '學而時習之，不亦說乎？', row: 0, savedAt: '2026-12-03T12:00:00.000Z' },
      { word: '会谈', pinyin: 'huì tán', gloss: 'talks; discussions', sentence: 'a\tb\nc "quoted" <b>', row: 1, savedAt: '2026-12-03T12:00:00.000Z' },
    ]);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Word\tPinyin\tGloss\tSentence']);
    expect(lines[3]).toBe('說\tyuè\tpleased\t學而時習之，不亦說乎？');
    expect(lines[4]!.split('\t')).toEqual(['会谈', 'huì tán', 'talks; discussions', '"a b c ""quoted"" <b>"']);
    expect(lines).toHaveLength(6); // and a final newline
    expect(ankiField('  x\r\ny  ')).toBe('x y');
  });
});

describe("the student's words kept in the browser", () => {
  const fakeStorage = () => {
    const data = new Map<string, string>();
    return { data, storage: { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) } as unknown as Storage };
  };
  const item = (word: string) => ({ word, pinyin: 'x', gloss: 'g', sentence: 's', row: 0, savedAt: '2026-12-03T12:00:00.000Z' });

  it('two tabs saving into one storage: nothing either saved is lost, a word is saved once', () => {
    const { storage } = fakeStorage();
    const a = createVocabularyStore(storage);
    const b = createVocabularyStore(storage);
    a.getState().load('doc');
    b.getState().load('doc');
    expect(a.getState().save('doc', item('会谈'))).toBe(true);
    expect(b.getState().save('doc', item('赫鲁晓夫'))).toBe(true); // b read the list before a saved
    expect(b.getState().save('doc', item('会谈'))).toBe(false);
    expect(b.getState().problem).toMatch(/in your list already/);
    a.getState().load('doc');
    expect(a.getState().byDocument.get('doc')!.map((i) => i.word)).toEqual(['会谈', '赫鲁晓夫']);
    a.getState().remove('doc', '会谈');
    b.getState().load('doc');
    expect(b.getState().byDocument.get('doc')!.map((i) => i.word)).toEqual(['赫鲁晓夫']);
  });

  it('a record that is not a list is set aside, not lost, and said', () => {
    const { storage, data } = fakeStorage();
    data.set('duizhao.vocabulary.doc', '{"not": "a list"}');
    const store = createVocabularyStore(storage);
    store.getState().load('doc');
    expect(store.getState().byDocument.get('doc')).toEqual([]);
    expect(store.getState().problem).toMatch(/set aside/);
    expect(data.get('duizhao.vocabulary-set-aside.doc')).toBe('{"not": "a list"}');
    expect(parseVocabulary([item('x')])).toEqual([item('x')]);
    expect(parseVocabulary([{ word: 'x' }])).toBeNull();
  });
});

describe("a character's entries on its card", () => {
  it('its own readings first, entries that only point to another form or are a surname after them', () => {
    const glossary = buildGlossary(buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!, loadCedictLexicon(), indexEntries(loadCedictEntriesCached()))!;
    const he = entriesByUse(glossary.entries['和']!);
    expect(he[0]!.glosses[0]).toMatch(/^\(joining two nouns\) and/);
    expect(he.slice(-2).map((e) => e.glosses[0])).toEqual(["old variant of 和[he2]", "surname He"]);
    expect(he).toHaveLength(glossary.entries['和']!.length);
  });
});
