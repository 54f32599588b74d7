/**
 * Up to four Chinese witnesses: each compared with the chosen base, the differences gathered into
 * places where every witness's reading is given, and the TEI apparatus holding them all.
 */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/core/project/create-project.ts';
import { inputShapeProblem, projectDocument, type ProjectInput } from '../../src/core/project/project.ts';
import { documentShapeProblem } from '../../src/core/model.ts';
import { placesOfVariation, readingAt, witnessOf } from '../../src/core/variants/collation.ts';
import { collate } from '../../src/core/variants/collate.ts';
import { toTeiApparatus } from '../../src/core/export/tei-apparatus.ts';

// a classical sentence in four editions: B adds a particle, C reads 即 for 則, D reads otherwise twice
const EDITIONS = {
  A: '天下有道，則禮樂征伐自天子出。天下無道，則禮樂征伐自諸侯出。',
  B: '天下有道，則禮樂征伐自天子出焉。天下無道，則禮樂征伐自諸侯出。',
  C: '天下有道，即禮樂征伐自天子出。天下無道，則禮樂征伐自諸侯出。',
  D: '天下有道，則禮樂征伐自王者出。天下無道，則禮樂征伐自大夫出。',
};
const input = (name: keyof typeof EDITIONS): ProjectInput => ({ text: EDITIONS[name], lang: 'zh', fileName: `${name}.txt`, encoding: 'utf-8', script: 'hant' });
const meta = { id: 'four', name: 'Four editions', now: '2026-12-02T00:00:00.000Z' };
const four = (base?: number) => createProject([input('A'), input('B'), input('C'), input('D')], undefined, base === undefined ? meta : { ...meta, base });

describe('a collation of four Chinese witnesses', () => {
  it('takes two to four Chinese texts, and refuses a fifth', () => {
    expect(inputShapeProblem(['zh', 'zh', 'zh', 'zh'])).toBeNull();
    expect(inputShapeProblem(['zh', 'zh', 'zh', 'zh', 'en'])).toBeNull();
    expect(inputShapeProblem(['zh', 'zh', 'zh', 'zh', 'zh'])).toBe('a project compares at most 4 Chinese texts');
  });

  it('compares every other witness with the base, each difference naming its witness', () => {
    const project = four();
    expect(project.witnesses.map((w) => w.id)).toEqual(['zh-a', 'zh-b', 'zh-c', 'zh-d']);
    const variants = project.variants!;
    expect(variants.a).toBe('zh-a');
    expect(variants.compared).toEqual(['zh-b', 'zh-c', 'zh-d']);
    const by = (w: string) => variants.items.filter((v) => witnessOf(variants, v) === w).map((v) => [v.category, v.a, v.b]);
    expect(by('zh-b')).toEqual([['substantive', '', '焉']]);
    expect(by('zh-c')).toEqual([['substantive', '則', '即']]);
    expect(by('zh-d')).toEqual([
      ['substantive', '天子', '王者'],
      ['substantive', '諸侯', '大夫'],
    ]);
    // one reading order for all: by place in the base
    const starts = variants.items.map((v) => v.aSpan.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    expect(documentShapeProblem(project.witnesses, project.rows.length, variants)).toBeNull();
  });

  it('gathers overlapping differences into one place with every witness\'s reading', () => {
    const d = projectDocument(four());
    const variants = d.variants!;
    const base = d.witnesses[0]!.text;
    const places = placesOfVariation(variants);
    const readings = places.map((p) => ['zh-a', 'zh-b', 'zh-c', 'zh-d'].map((w) => readingAt(variants, base, p, w)));
    expect(readings).toEqual([
      ['則', '則', '即', '則'],
      ['天子', '天子', '天子', '王者'],
      ['', '焉', '', ''],
      ['諸侯', '諸侯', '諸侯', '大夫'],
    ]);
  });

  it('a place where two witnesses differ over overlapping stretches is one place', () => {
    const variants = {
      a: 'A',
      b: 'B',
      compared: ['B', 'C'],
      items: [
        { category: 'substantive' as const, a: '乙丙', b: '丁', row: 0, aSpan: { start: 1, end: 3 }, bSpan: { start: 1, end: 2 }, witness: 'B' },
        { category: 'substantive' as const, a: '丙戊', b: '己', row: 0, aSpan: { start: 2, end: 4 }, bSpan: { start: 2, end: 3 }, witness: 'C' },
      ],
    };
    const places = placesOfVariation(variants);
    expect(places).toEqual([{ start: 1, end: 4, row: 0, items: [0, 1] }]);
    expect(['A', 'B', 'C'].map((w) => readingAt(variants, '甲乙丙戊庚', places[0]!, w))).toEqual(['乙丙戊', '丁戊', '乙己']);
  });

  it('the base is the user\'s choice: another base, other readings as "a"', () => {
    const project = four(3);
    expect(project.variants!.a).toBe('zh-d');
    expect(project.variants!.compared).toEqual(['zh-a', 'zh-b', 'zh-c']);
    expect(project.variants!.items.filter((v) => v.witness === 'zh-a').map((v) => [v.a, v.b])).toEqual([
      ['王者', '天子'],
      ['大夫', '諸侯'],
    ]);
    expect(() => collate(project, 'en')).toThrow(/the base "en" is not one of the Chinese texts/);
  });

  it('TEI: one app per place, one rdg per witness, a listWit naming all four', () => {
    const d = projectDocument(four());
    const tei = toTeiApparatus({ title: 'Four', witnesses: d.witnesses.map((w) => ({ id: w.id, label: w.label })), baseText: d.witnesses[0]!.text, variants: d.variants! });
    // a project's texts are named by their labels, not their file names
    expect(tei).toContain('<listWit><witness xml:id="zh-a">A (Chinese)</witness><witness xml:id="zh-b">B (Chinese)</witness><witness xml:id="zh-c">C (Chinese)</witness><witness xml:id="zh-d">D (Chinese)</witness></listWit>');
    expect(tei.match(/<app /g)).toHaveLength(4);
    expect(tei).toContain('<app type="substantive" n="1"><rdg wit="#zh-a">天子</rdg><rdg wit="#zh-b">天子</rdg><rdg wit="#zh-c">天子</rdg><rdg wit="#zh-d">王者</rdg>');
    expect(tei).toContain('<rdg wit="#zh-a"/><rdg wit="#zh-b">焉</rdg><rdg wit="#zh-c"/><rdg wit="#zh-d"/>');
    // the base's readings with the text between the apps give the base text back
    const ab = /<ab>\n([\s\S]*)\n<\/ab>/.exec(tei)![1]!;
    const baseBack = ab.replace(/<app [^>]*><rdg wit="#zh-a"(?:\/>|>([^<]*)<\/rdg>)[\s\S]*?<\/app>/g, (_, a: string | undefined) => a ?? '').replace(/<lb\/>\n/g, '\n');
    expect(baseBack).toBe(d.witnesses[0]!.text);
  });

  it('refuses a difference of a witness that is not compared', () => {
    const project = four();
    const bad = { ...project.variants!, items: [{ ...project.variants!.items[0]!, witness: 'zh-z' }] };
    expect(documentShapeProblem(project.witnesses, null, bad)?.message).toBe('difference 0 is of "zh-z", which is not compared');
  });
});
