/**
 * Projects from texts a user brings: built by the corpus pipeline, written to and read from the
 * project's own JSON, with bad files named and refused.
 */
import { describe, expect, it } from 'vitest';
import { rowTilingProblem, segmentText } from '../../src/core/model.ts';
import { inputShapeProblem, projectDocument, type Project, type ProjectInput } from '../../src/core/project/project.ts';
import { createProject, type ProjectProgress } from '../../src/core/project/create-project.ts';
import { parseProjectFile, parseProjectJson, projectToJson } from '../../src/core/project/project-file.ts';
import { mergeWithNext } from '../../src/core/project/table-operations.ts';
import { perform } from '../../src/core/project/history.ts';
import { tableRows } from '../../src/core/export/table-rows.ts';
import { readPlainText, titleLine } from '../../src/core/sources/plain-text.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';
import { buildCorpusFromDisk, witnessOf } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();
const textOf = (witness: string) => witnessOf(corpus, 'mao-khrushchev-1958', witness).text;
const input = (witness: string, lang: 'zh' | 'en', fileName: string): ProjectInput => ({ text: textOf(witness), lang, fileName, encoding: 'utf-8' });
const meta = { id: 'p1', name: 'Communiqué', now: '2026-12-01T12:00:00.000Z' };

describe('a project from texts a user brings', () => {
  const lexicon = loadCedictLexicon();

  it('a Chinese text and its English: aligned as the corpus build aligns them, every sentence in a row, progress reported in order', () => {
    const progress: ProjectProgress[] = [];
    const project = createProject([input('en', 'en', 'en.txt'), input('zh-rmrb', 'zh', 'rmrb.txt')], lexicon, meta, (p) => progress.push(p));
    expect(project.witnesses.map((w) => w.id)).toEqual(['zh', 'en']);
    expect(project.sources.map((s) => s.fileName)).toEqual(['rmrb.txt', 'en.txt']);
    expect(rowTilingProblem(project.rows, project.witnesses.map((w) => w.segments.length))).toBeNull();
    expect(project.rows.every((r) => r.status === 'auto')).toBe(true);
    expect(project.variants).toBeUndefined();
    // the People's Daily text read as plain text still has its sentences, and the date line
    // finds its English counterpart
    const rows = tableRows(projectDocument(project), 0, 1);
    const dateRow = rows.find((r) => r.a.some((s) => s.includes('一九五八年八月三日')));
    expect(dateRow?.b.join(' ')).toMatch(/August 3, 1958/);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThan(2);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBeLessThanOrEqual(1);
    expect(progress.map((p) => p.stage)).toContain('aligning');
  });

  it('a first line that reads as a title is a heading of its own, not part of the first sentence', () => {
    const project = createProject([input('zh-rmrb', 'zh', 'rmrb.txt'), input('en', 'en', 'en.txt')], lexicon, meta);
    const zh = project.witnesses[0]!;
    expect(zh.segments[0]!.kind).toBe('heading');
    expect(segmentText(zh.text, zh.segments[0]!)).toBe('毛泽东和赫鲁晓夫会谈公报');
    expect(titleLine('Communiqué on the Talks\nFrom July 31 to August 3, 1958, they met.')).toBe('Communiqué on the Talks');
    expect(titleLine('毛 泽 东 会 谈\n正文。')).toBe('毛泽东会谈');
    expect(titleLine('From July 31 to August 3, 1958, they met.\nMore.')).toBeNull(); // a sentence
    expect(titleLine('一个标题')).toBeNull(); // nothing after it
    // only for texts brought to read: elsewhere line layout never changes how a text is cut
    expect(readPlainText('一个标题\n正文。')[0]!.sections[0]!.title).toBe('');
    expect(readPlainText('一个标题\n正文。', { titleLine: true })[0]!.sections[0]!.title).toBe('一个标题');
  });

  it('two Chinese texts and the English: three panes, the Chinese compared', () => {
    const project = createProject([input('zh-rmrb', 'zh', 'a.txt'), input('zh-treaty', 'zh', 'b.txt'), input('en', 'en', 'en.txt')], lexicon, meta);
    expect(project.witnesses.map((w) => w.id)).toEqual(['zh-a', 'zh-b', 'en']);
    expect(project.variants?.items.some((v) => v.category === 'script')).toBe(true);
    expect(project.variants?.items.some((v) => v.category === 'substantive' && v.a === '利' && v.b === '林')).toBe(true);
  });

  it('refuses texts that cannot make a project, saying why', () => {
    expect(inputShapeProblem(['en', 'en'])).toMatch(/both texts are English/);
    expect(inputShapeProblem(['zh'])).toMatch(/needs a second text/);
    expect(inputShapeProblem(['zh', 'zh', 'zh', 'zh', 'zh'])).toMatch(/at most 4 Chinese/);
    expect(inputShapeProblem(['zh', 'en'])).toBeNull();
    expect(() => createProject([input('en', 'en', 'a.txt'), input('en', 'en', 'b.txt')], lexicon, meta)).toThrow(/both texts are English/);
  });

  it('round-trips through its JSON file, history and all; a broken file is named and refused', () => {
    const project = createProject([input('zh-rmrb', 'zh', 'rmrb.txt'), input('en', 'en', 'en.txt')], lexicon, meta);
    const merged = mergeWithNext(project, 3);
    if (!merged.ok) throw new Error(merged.reason);
    const { state, history } = perform(project, project.history, merged.edit);
    const edited: Project = { ...project, ...state, history };
    const back = parseProjectJson(projectToJson(edited), 'mine.json');
    expect(back).toEqual(edited);
    expect(back.witnesses[0]!.segments.map((s) => segmentText(back.witnesses[0]!.text, s))).toEqual(edited.witnesses[0]!.segments.map((s) => segmentText(edited.witnesses[0]!.text, s)));

    expect(() => parseProjectJson('{"format": "something-else"}', 'x.json')).toThrow(/^x\.json: not a Duizhao project file/);
    expect(() => parseProjectJson('not json', 'x.json')).toThrow(/^x\.json: not a Duizhao project file: not JSON/);
    const data = JSON.parse(projectToJson(edited)) as { project: { rows: unknown[] } };
    data.project.rows.pop();
    expect(() => parseProjectFile(data, 'cut.json')).toThrow(/^cut\.json: not a valid Duizhao project at project\.rows: rows hold/);
  });

  describe('validation refuses what the app cannot show', () => {
    const three = createProject([input('zh-rmrb', 'zh', 'a.txt'), input('zh-treaty', 'zh', 'b.txt'), input('en', 'en', 'en.txt')], lexicon, meta);
    type Data = { project: Record<string, unknown> & { witnesses: { id: string; lang: string; segments: unknown[]; text: string }[]; sources: unknown[]; rows: { cells: unknown[] }[]; variants?: { a: string; b: string; items: { row: number; aSpan: { start: number; end: number } }[] }; history: { done: { label: string; before: { cells: unknown[] }[] }[]; undone: unknown[] } } };
    const fileOf = (project: Project) => JSON.parse(projectToJson(project)) as Data;
    /** The file with the English text alone: witnesses, sources and cells cut to it. */
    const englishOnly = () => {
      const data = fileOf(three);
      const p = data.project;
      p.witnesses = [p.witnesses[2]!];
      p.sources = [p.sources[2]];
      p.rows = p.rows.map((r) => ({ ...r, cells: [r.cells[2]] })).filter((r) => (r.cells[0] as { start: number; end: number }).end > (r.cells[0] as { start: number }).start);
      delete p.variants;
      return data;
    };

    it('accepts the project as written', () => {
      expect(parseProjectFile(fileOf(three), 'ok.json')).toEqual(three);
    });

    it.each<[string, (d: Data) => void, RegExp]>([
      ['no Chinese text', () => undefined, /at project\.witnesses: a project needs a Chinese text$/],
      ['a text with no segments', (d) => (d.project.witnesses[0]!.segments = [], d.project.witnesses[0]!.text = ''), /witness en: no text$/],
    ])('refuses a file with %s, naming the place', (_, damage, message) => {
      const data = englishOnly();
      damage(data);
      expect(() => parseProjectFile(data, 'bad.json')).toThrow(message);
    });

    it.each<[string, (d: Data) => void, RegExp]>([
      ['the English before the Chinese', (d) => {
        const p = d.project;
        p.witnesses = [p.witnesses[2]!, p.witnesses[0]!, p.witnesses[1]!];
        p.sources = [p.sources[2], p.sources[0], p.sources[1]];
        p.rows = p.rows.map((r) => ({ ...r, cells: [r.cells[2], r.cells[0], r.cells[1]] }));
        p.history = { done: [], undone: [] };
      }, /at project\.witnesses: the Chinese texts must come before the English$/],
      ['two texts with one id', (d) => (d.project.witnesses[1]!.id = d.project.witnesses[0]!.id, delete d.project.variants), /at project\.witnesses\.1\.id: two texts have the id "zh-a"$/],
      ['differences between texts it does not have', (d) => (d.project.variants!.b = 'nowhere'), /at project\.variants: the differences compare "zh-a" with "nowhere", which are not its Chinese texts$/],
      ['a difference past the end of its text', (d) => (d.project.variants!.items[0]!.aSpan = { start: 0, end: 1e9 }), /difference 0 runs past text zh-a$/],
    ])('refuses a file with %s', (_, damage, message) => {
      const data = fileOf(three);
      expect(data.project.variants?.items.length).toBeGreaterThan(0);
      damage(data);
      expect(() => parseProjectFile(data, 'bad.json')).toThrow(message);
    });

    it('refuses an edit in the history that does not fit the texts (undo would break the table)', () => {
      const merged = mergeWithNext(three, 3);
      if (!merged.ok) throw new Error(merged.reason);
      const { state, history } = perform(three, three.history, merged.edit);
      const data = fileOf({ ...three, ...state, history });
      data.project.history.done[0]!.before = [{ cells: [{ start: 0, end: 1 }], confidence: 1, status: 'auto' } as never];
      expect(() => parseProjectFile(data, 'bad.json')).toThrow(/at project\.history\.done\.0: edit ".*" does not fit the project's 3 texts$/);
    });
  });
});

describe('a brought text\'s script', () => {
  it('is found in the text, and the user\'s word overrides it', () => {
    const found = createProject([input('zh-rmrb', 'zh', 'a.txt'), input('zh-treaty', 'zh', 'b.txt')], undefined, meta);
    expect(found.witnesses.map((w) => w.script)).toEqual(['hans', 'mixed']);
    const said = createProject([{ ...input('zh-rmrb', 'zh', 'a.txt'), script: 'hant' }, input('zh-treaty', 'zh', 'b.txt')], undefined, meta);
    expect(said.witnesses.map((w) => w.script)).toEqual(['hant', 'mixed']);
  });
});
