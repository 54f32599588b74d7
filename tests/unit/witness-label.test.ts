/**
 * Witness labels: the readable default a file's name gives (hostile names included), a user's
 * rename as one undoable edit checked like any label, old saved projects (labelled with the file
 * name) given the default on reading, and the labels carried by the project file and the exports.
 */
import { describe, expect, it } from 'vitest';
import { cleanLabel, defaultWitnessLabel, defaultWitnessLabels, labelProblem, MAX_LABEL_LENGTH } from '../../src/core/project/witness-label.ts';
import { createProject } from '../../src/core/project/create-project.ts';
import { renameTexts } from '../../src/core/project/table-operations.ts';
import { perform, undo, redo } from '../../src/core/project/history.ts';
import { editApplies, invertEdit } from '../../src/core/project/apply-edit.ts';
import { parseProjectFile, parseProjectJson, projectFileData, projectToJson } from '../../src/core/project/project-file.ts';
import { importAligned } from '../../src/core/project/import-aligned.ts';
import { pairJson, pairTsv, toTmx, type PairSide } from '../../src/core/export/pair-export.ts';
import { tableRows } from '../../src/core/export/table-rows.ts';
import { projectDocument, type Project } from '../../src/core/project/project.ts';

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
const meta = { id: 'p1', name: 'Analects', now: '2026-12-01T12:00:00.000Z' };
const analects = (): Project =>
  createProject(
    [
      { text: '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？\n', lang: 'zh', fileName: 'ANALECTS-ZH-BIG5.TXT', encoding: 'big5' },
      { text: '学而时习之，不亦说乎？有朋自远方来，不亦乐乎？\n', lang: 'zh', fileName: 'C:\\texts\\analects_simplified.utf8.txt', encoding: 'utf-8' },
    ],
    undefined,
    meta,
  );

describe('the default label from a file name', () => {
  it('leaves out folders, the extension, encoding and language tokens, title-cases the rest and says the language', () => {
    expect(defaultWitnessLabel('ANALECTS-ZH-BIG5.TXT', 'zh')).toBe('Analects (Chinese)');
    expect(defaultWitnessLabel('analects_legge_en.txt', 'en')).toBe('Analects Legge (English)');
    expect(defaultWitnessLabel('/home/me/the-art-of-war.utf-8.txt', 'en')).toBe('The Art of War (English)');
    expect(defaultWitnessLabel('C:\\Users\\me\\lunyu.gb18030.txt', 'zh')).toBe('Lunyu (Chinese)');
    expect(defaultWitnessLabel('Book II of the Odes.txt', 'en')).toBe('Book II of the Odes (English)');
    expect(defaultWitnessLabel('McDonald iPhone notes.TXT', 'en')).toBe('McDonald iPhone Notes (English)');
    expect(defaultWitnessLabel('论语 中文.txt', 'zh')).toBe('论语 (Chinese)');
    expect(defaultWitnessLabel('primer.zh-CN.tmx', 'zh')).toBe('Primer (Chinese)');
  });

  it('gives a name by the language to what has no usable name: empty, only an extension, only tokens, pasted', () => {
    expect(defaultWitnessLabel('', 'zh')).toBe('Chinese text');
    expect(defaultWitnessLabel('.txt', 'en')).toBe('English translation');
    expect(defaultWitnessLabel('zh-CN.utf-8.txt', 'zh')).toBe('Chinese text');
    expect(defaultWitnessLabel('   ', 'en')).toBe('English translation');
    expect(defaultWitnessLabel('/', 'en')).toBe('English translation');
    expect(defaultWitnessLabel('Pasted chinese text', 'zh', true)).toBe('Chinese text');
  });

  it('keeps right-to-left text and emoji whole, drops control and bidi-override characters, and cuts a long name to the limit', () => {
    expect(defaultWitnessLabel('שלום עולם.txt', 'en')).toBe('שלום עולם (English)');
    expect(defaultWitnessLabel('📚 my book 👩‍👩‍👧.txt', 'zh')).toBe('📚 My Book 👩‍👩‍👧 (Chinese)');
    expect(defaultWitnessLabel('\u202Eevil\u202C\u0007.txt', 'en')).toBe('Evil (English)');
    const long = defaultWitnessLabel(`${'chapter '.repeat(60)}.txt`, 'en');
    expect(graphemes(long)).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(long).toMatch(/^Chapter Chapter .*… \(English\)$/);
    // an emoji at the cut is never split
    const emoji = defaultWitnessLabel('👩‍👩‍👧'.repeat(100), 'zh');
    expect(graphemes(emoji)).toBe(MAX_LABEL_LENGTH);
    expect(emoji.replace('… (Chinese)', '').replaceAll('👩‍👩‍👧', '')).toBe('');
    expect(labelProblem(long)).toBeNull();
  });

  it('makes the labels of one project distinct', () => {
    expect(defaultWitnessLabels([{ fileName: 'a.txt', lang: 'zh' }, { fileName: 'a-big5.txt', lang: 'zh' }, { fileName: 'a.txt', lang: 'en' }])).toEqual(['A (Chinese)', 'A (Chinese 2)', 'A (English)']);
  });

  it('a new project labels its texts so', () => {
    expect(analects().witnesses.map((w) => w.label)).toEqual(['Analects (Chinese)', 'Analects (Chinese 2)']);
  });
});

describe('renaming the texts', () => {
  it('is one edit, undone and redone exactly, the rows untouched', () => {
    const project = analects();
    const result = renameTexts(project, ['  Analects,\n traditional  ', 'Analects (Chinese 2)']);
    if (!result.ok) throw new Error(result.reason);
    expect(result.edit.label).toBe('Rename “Analects (Chinese)” to “Analects, traditional”');
    const done = perform(project, project.history, result.edit);
    expect(done.state.witnesses.map((w) => w.label)).toEqual(['Analects, traditional', 'Analects (Chinese 2)']);
    expect(done.state.rows).toBe(project.rows);
    const back = undo(done.state, done.history)!;
    expect(back.state.witnesses.map((w) => w.label)).toEqual(['Analects (Chinese)', 'Analects (Chinese 2)']);
    expect(editApplies(done.state, invertEdit(result.edit))).toBe(true);
    expect(editApplies(project, invertEdit(result.edit))).toBe(false);
    expect(redo(back.state, back.history)!.state.witnesses[0]!.label).toBe('Analects, traditional');
  });

  it('refuses an empty or too long name, and a rename that changes nothing', () => {
    const project = analects();
    expect(renameTexts(project, [' \u200F ', 'x'])).toEqual({ ok: false, reason: 'a text needs a name' });
    expect(renameTexts(project, ['x'.repeat(MAX_LABEL_LENGTH + 1), 'x'])).toEqual({ ok: false, reason: `a text's name can be at most ${MAX_LABEL_LENGTH} characters (this one has ${MAX_LABEL_LENGTH + 1})` });
    expect(renameTexts(project, project.witnesses.map((w) => w.label))).toEqual({ ok: false, reason: 'the names are unchanged' });
    expect(renameTexts(project, ['Lunyu', ' Lunyu '])).toEqual({ ok: false, reason: 'two texts cannot both be called “Lunyu”' });
    expect(renameTexts(project, ['one'])).toMatchObject({ ok: false });
    expect(cleanLabel('a\tb\u202E c\n')).toBe('a b c');
  });
});

describe('labels in the project file', () => {
  const renamed = () => {
    const project = analects();
    const result = renameTexts(project, ['學而 (Legge’s source)', 'Lunyu, simplified']);
    if (!result.ok) throw new Error(result.reason);
    const done = perform(project, project.history, result.edit);
    return { ...project, witnesses: done.state.witnesses, rows: done.state.rows, history: done.history };
  };

  it('are kept by the JSON export and import, with the rename in the history', () => {
    const back = parseProjectJson(projectToJson(renamed()), 'p.duizhao.json');
    expect(back.witnesses.map((w) => w.label)).toEqual(['學而 (Legge’s source)', 'Lunyu, simplified']);
    expect(back.history.done[0]!.labels).toEqual([
      { witness: 0, before: 'Analects (Chinese)', after: '學而 (Legge’s source)' },
      { witness: 1, before: 'Analects (Chinese 2)', after: 'Lunyu, simplified' },
    ]);
  });

  it('an old project, its texts labelled with their file names, opens with the readable default', () => {
    const project = analects();
    const old = { ...project, witnesses: project.witnesses.map((w, i) => ({ ...w, label: project.sources[i]!.fileName })) };
    expect(old.witnesses[1]!.label).toBe('C:\\texts\\analects_simplified.utf8.txt');
    expect(parseProjectFile(projectFileData(old), 'old').witnesses.map((w) => w.label)).toEqual(['Analects (Chinese)', 'Analects (Chinese 2)']);
  });

  it('so does an old table imported English first, its sources listed in the file’s column order', () => {
    const imported = importAligned('Good morning.\t早上好。\nThank you.\t谢谢。\n', { id: 'p4', now: meta.now, fileName: 'primer.tsv' });
    const columns = ['primer.tsv (column 1)', 'primer.tsv (column 2)'];
    const old = { ...imported, sources: columns.map((fileName) => ({ fileName, encoding: 'utf-8' })), witnesses: imported.witnesses.map((w) => ({ ...w, label: w.lang === 'zh' ? columns[1]! : columns[0]! })) };
    expect(parseProjectFile(projectFileData(old), 'old').witnesses.map((w) => w.label)).toEqual(['Primer (Chinese)', 'Primer (English)']);
  });

  it('a label that is empty or too long is refused where the file comes in, named', () => {
    const project = analects();
    const bad = (label: string) => ({ ...project, witnesses: project.witnesses.map((w, i) => (i === 1 ? { ...w, label } : w)) });
    expect(() => parseProjectFile(projectFileData(bad('')), 'p.json')).toThrow('p.json: not a valid Duizhao project at project.witnesses.1.label: a text needs a name');
    expect(() => parseProjectFile(projectFileData(bad('y'.repeat(200))), 'p.json')).toThrow(/at project\.witnesses\.1\.label: a text's name can be at most 80 characters/);
  });
});

describe('labels in the exports', () => {
  const project = analects();
  // the two texts' scripts said, so that their TMX languages differ (zh-TW, zh-CN), as an importer tells them apart
  const sides = project.witnesses.map((w, i): PairSide => ({ id: w.id, lang: w.lang, script: i === 0 ? 'hant' : 'hans', label: i === 0 ? 'Lunyu <traditional> & “Legge”' : w.label }));
  const rows = tableRows(projectDocument(project), 0, 1);

  it('TMX names each text in its <tuv>s, escaped; JSON beside its id; the TSV header keeps the ids', () => {
    const tmx = toTmx(rows, sides[0]!, sides[1]!, { toolVersion: 't' });
    expect(tmx).toContain('<tuv xml:lang="zh-TW"><prop type="x-label">Lunyu &lt;traditional&gt; &amp; “Legge”</prop><seg>');
    expect(tmx.match(/<prop type="x-label">Analects \(Chinese 2\)<\/prop>/g)).toHaveLength(rows.filter((r) => r.a.length > 0 && r.b.length > 0).length);
    expect(JSON.parse(pairJson(rows, sides[0]!, sides[1]!)).a.label).toBe('Lunyu <traditional> & “Legge”');
    expect(pairTsv(rows, sides[0]!, sides[1]!).split('\n')[0]).toBe('row\tzh-a\tzh-b');
  });

  it('a TMX exported here opens with its texts so named', () => {
    const back = importAligned(toTmx(rows, sides[0]!, sides[1]!, { toolVersion: 't' }), { id: 'p2', now: meta.now, fileName: 'lesson.tmx' });
    expect(back.witnesses.map((w) => w.label)).toEqual(['Lunyu <traditional> & “Legge”', 'Analects (Chinese 2)']);
    // another tool's TMX names no text: the file's name does
    const plain = importAligned('<tmx><body><tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>', { id: 'p3', now: meta.now, fileName: 'PRIMER_2024.tmx' });
    expect(plain.witnesses.map((w) => w.label)).toEqual(['Primer 2024 (Chinese)', 'Primer 2024 (English)']);
  });
});
