/**
 * Open what others aligned: Duizhao's own TMX and TSV come back as the table they were made from
 * (rows, confirmations, confidence, notes); another tool's TMX (inline codes, TMX 1.1's `lang`,
 * traditional Chinese as zh-TW) and a plain two-column TSV become projects with their rows as
 * given; a file that is neither says which file and which line.
 */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/core/project/create-project.ts';
import { importAligned, ImportError, parseAlignedTsv, parseTmx } from '../../src/core/project/import-aligned.ts';
import { applyEdit } from '../../src/core/project/apply-edit.ts';
import { setNote, setStatus } from '../../src/core/project/table-operations.ts';
import { tableRows } from '../../src/core/export/table-rows.ts';
import { pairTsv, toTmx } from '../../src/core/export/pair-export.ts';
import { segmentText, rowTilingProblem } from '../../src/core/model.ts';
import type { Project } from '../../src/core/project/project.ts';
import type { TableState } from '../../src/core/project/types.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';

const ZH = '今天天气很好。我们去公园散步。\n公园里有很多人，孩子们在放风筝。\n晚上我们回家吃饭。\n';
const EN = 'The weather is fine today. We go for a walk in the park.\nThere are many people in the park. The children are flying kites.\nIn the evening we go home for dinner.\n';
const made = createProject(
  [
    { lang: 'zh', text: ZH, fileName: 'zh.txt', encoding: 'utf-8' },
    { lang: 'en', text: EN, fileName: 'en.txt', encoding: 'utf-8' },
  ],
  loadCedictLexicon(),
  { id: 'p', name: 'p', now: '2026-12-03T00:00:00Z' },
);
let worked: TableState = made;
for (const result of [setStatus(made, 0, 2, 'confirmed'), setNote(made, 2, 'the kites: 风筝')]) {
  if (!result.ok) throw new Error(result.reason);
  worked = applyEdit(worked, result.edit);
}
const project: Project = { ...made, ...worked };

/** The table as sentences: each row's sentences per text, its status and note. */
const sentencesOf = (p: Pick<Project, 'witnesses' | 'rows'>) =>
  p.rows.map((row) => ({
    cells: row.cells.map((c, w) => p.witnesses[w]!.segments.slice(c.start, c.end).map((s) => segmentText(p.witnesses[w]!.text, s))),
    status: row.status,
    note: row.note,
  }));
const sides = [
  { id: 'zh', lang: 'zh', script: 'hans' },
  { id: 'en', lang: 'en' },
] as const;
const meta = (fileName: string) => ({ id: 'imported', now: '2026-12-03T01:00:00Z', fileName });

describe('import an aligned file', () => {
  it('round trip: a project exported as TMX and imported again is the same table, confirmations, confidence and notes kept', () => {
    const tmx = toTmx(tableRows(project, 0, 1), sides[0], sides[1], { toolVersion: 'test' });
    expect(tmx).toContain('<prop type="x-status">confirmed</prop>');
    const back = importAligned(tmx, meta('lesson.tmx'));
    expect(sentencesOf(back)).toEqual(sentencesOf(project));
    expect(back.rows.map((r) => r.confidence.toFixed(3))).toEqual(project.rows.map((r) => r.confidence.toFixed(3)));
    expect(rowTilingProblem(back.rows, back.witnesses.map((w) => w.segments.length))).toBeNull();
    expect(back.witnesses.map((w) => w.lang)).toEqual(['zh', 'en']);
  });

  it('round trip: the TSV export comes back with its rows and notes (a TSV carries no confirmation)', () => {
    const back = importAligned(pairTsv(tableRows(project, 0, 1), sides[0], sides[1]), meta('lesson.tsv'));
    expect(sentencesOf(back)).toEqual(sentencesOf(project).map((r) => ({ ...r, status: 'auto' })));
  });

  it('another tool’s TMX: TMX 1.1 lang, inline codes left out, entities read, traditional Chinese as zh-TW, a one-sided unit as a row with an empty cell', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="zh-TW" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="OmegaT" creationtoolversion="6" adminlang="en"/>
<body>
<tu><tuv lang="ZH-TW"><seg>學而時習之，不亦說乎？</seg></tuv><tuv lang="EN-US"><seg>Is it not a pleasure <bpt i="1">&lt;i&gt;</bpt>to learn<ept i="1">&lt;/i&gt;</ept> &amp; practise?</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg>有朋自遠方來，不亦樂乎？</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg><![CDATA[人不知而不慍，不亦君子乎？]]></seg></tuv><tuv xml:lang="en-US"><seg>Is he not a man of virtue?<ph x="1"/></seg></tuv></tu>
</body></tmx>`;
    const table = parseTmx(tmx, 'analects.tmx');
    expect(table.columns.map((c) => [c.lang, c.script])).toEqual([['zh', 'hant'], ['en', undefined]]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['學而時習之，不亦說乎？', 'Is it not a pleasure to learn & practise?'],
      ['有朋自遠方來，不亦樂乎？', ''],
      ['人不知而不慍，不亦君子乎？', 'Is he not a man of virtue?'],
    ]);
    const p = importAligned(tmx, meta('analects.tmx'));
    expect(p.rows).toHaveLength(3);
    expect(p.rows.every((r) => r.status === 'auto')).toBe(true);
    expect(p.witnesses[0]!.script).toBe('hant');
    expect(p.rows[1]!.cells[1]).toEqual({ start: 1, end: 1 });
    // exported again, the traditional text is tagged zh-TW
    expect(toTmx(tableRows(p, 0, 1), { id: 'zh', lang: 'zh', script: 'hant' }, { id: 'en', lang: 'en' }, { toolVersion: 't' })).toContain('<tuv xml:lang="zh-TW"><seg>學而時習之，不亦說乎？</seg>');
  });

  it('a plain two-column TSV, English first: the columns’ languages told by their characters, Chinese first in the project', () => {
    const p = importAligned('Good morning.\t早上好。\nThank you. Goodbye.\t谢谢。再见。\n', meta('primer.tsv'));
    expect(p.witnesses.map((w) => w.lang)).toEqual(['zh', 'en']);
    expect(sentencesOf(p).map((r) => r.cells)).toEqual([
      [['早上好。'], ['Good morning.']],
      [['谢谢。', '再见。'], ['Thank you.', 'Goodbye.']],
    ]);
  });

  it('says which file and which line when it cannot read one', () => {
    expect(() => parseTmx('<tmx version="1.4"><body></body></tmx>', 'a.tmx')).toThrow(/^a\.tmx: the TMX file has no translation units/);
    expect(() => parseTmx('<html></html>', 'b.tmx')).toThrow(/b\.tmx: not a TMX file/);
    expect(() => parseTmx('<tmx>\n<body>\n<tu><tuv xml:lang="fr"><seg>x</seg></tuv><tuv xml:lang="de"><seg>y</seg></tuv></tu></body></tmx>', 'c.tmx')).toThrow(/c\.tmx: the language "fr" is not Chinese or English/);
    expect(() => parseTmx('<tmx>\n\n<body><tu><tuv xml:lang="zh"><seg>&nbsp;</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu></body></tmx>', 'd.tmx')).toThrow(/d\.tmx, line 3: unknown entity &nbsp;/);
    expect(() => parseAlignedTsv('一\tone\n二\n', 'e.tsv')).toThrow(/^e\.tsv, line 2: expected 2 columns, found 1$/);
    expect(() => parseAlignedTsv('only one column\n', 'f.tsv')).toThrow(/f\.tsv, line 1: expected two or three columns/);
    expect(() => importAligned('one\ttwo\n', meta('g.tsv'))).toThrow(ImportError);
  });
});
