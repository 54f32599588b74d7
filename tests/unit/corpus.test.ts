/**
 * The five documents as built from data/sources: nothing lost, nothing extra, and the
 * communiqué's sentences exactly as we read them (tests/fixtures/communique/*.json, reviewed by
 * hand; regenerate with UPDATE_SNAPSHOT=1 and review the diff like code).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuiltDocument, segmentText, segmentTilingProblem } from '../../src/core/model.ts';
import { sourceOffsetOf } from '../../src/core/normalize/source-edit.ts';
import { buildCorpusFromDisk, readSource, witnessOf } from './load-corpus.ts';

const docs = buildCorpusFromDisk();
const DOC = 'mao-khrushchev-1958';
const squeeze = (s: string) => s.replace(/\s+/gu, '');
const FIXTURES = join(import.meta.dirname, '../fixtures/communique');

describe('every document', () => {
  it('builds all four documents and six witnesses', () => {
    expect(docs.map((d) => d.id)).toEqual(['mao-khrushchev-1958', 'prc-dprk-1958', 'cpsu-letter-1963-11', 'ccp-cpsu-letters-1963']);
    expect(docs.flatMap((d) => d.witnesses.map((w) => `${d.id}/${w.id}`))).toHaveLength(6);
  });

  for (const doc of docs) {
    for (const w of doc.witnesses) {
      it(`${doc.id}/${w.id}: segments tile the text; kept runs and removals tile the source; kept characters are the source's`, () => {
        expect(segmentTilingProblem(w.text, w.segments)).toBeNull();
        const source = readSource(w.sourceFile);
        const covered = [
          ...w.kept.map((r) => [r.sourceStart, r.sourceStart + r.length] as const),
          ...w.removals.map((r) => [r.sourceStart, r.sourceEnd] as const),
        ].sort((a, b) => a[0] - b[0]);
        let at = 0;
        for (const [start, end] of covered) {
          expect(start).toBe(at);
          at = end;
        }
        expect(at).toBe(source.length);
        for (let i = 0; i < w.text.length; i++) expect(source[sourceOffsetOf(w.kept, i)]).toBe(w.text[i]);
        for (const r of w.removals) expect(source.slice(r.sourceStart, r.sourceEnd)).toBe(r.text);
      });

      it(`${doc.id}/${w.id}: removes nothing but whitespace outside the named structural rules`, () => {
        const structural = new Set(['strip-disclaimer', 'metadata-field', 'other-witness', 'section-separator']);
        for (const r of w.removals) if (!structural.has(r.rule) && r.rule !== 'strip-bom') expect(r.text).toMatch(/^\s+$/u);
      });
    }
    it(`${doc.id}: passes the build schema after a JSON round trip`, () => {
      expect(() => parseBuiltDocument(JSON.parse(JSON.stringify(doc)), doc.id)).not.toThrow();
    });
  }
});

describe('the communiqué', () => {
  const rmrb = witnessOf(docs, DOC, 'zh-rmrb');
  const treaty = witnessOf(docs, DOC, 'zh-treaty');
  const en = witnessOf(docs, DOC, 'en');
  const source001 = readSource('001_6560fbd3ee40b5f5.txt');
  const source000 = readSource('000_1a9f24a81ee45699.txt');

  it("People's Daily: holds its whole body, and its title once", () => {
    const body = source001.slice(source001.indexOf('    毛泽东和赫鲁晓夫会谈公报'));
    expect(squeeze(rmrb.text)).toBe(squeeze(body));
    expect(rmrb.text.split('毛泽东和赫鲁晓夫会谈公报')).toHaveLength(2);
    expect(rmrb.metadata).toMatchObject({ title: '毛泽东和赫鲁晓夫会谈公报', date: '1958-08-04', page: '1' });
    expect(rmrb.removals.filter((r) => r.rule === 'metadata-field').map((r) => r.text).join('')).toContain('### 毛泽东和赫鲁晓夫会谈公报');
  });

  it('treaty: holds every character of its body and none of the disclaimer', () => {
    const body = source000.slice(source000.indexOf('毛澤东和赫魯晓夫会談公报'));
    expect(squeeze(treaty.text)).toBe(squeeze(body));
    expect(treaty.text).not.toContain('免责');
    expect(treaty.text).not.toContain('免 责');
    expect(treaty.text).not.toContain('数据库');
    const disclaimer = treaty.removals.filter((r) => r.rule === 'strip-disclaimer');
    expect(disclaimer).toHaveLength(1);
    expect(squeeze(disclaimer[0]!.text)).toMatch(/^免责条款我们努力提供准确的条约信息.*感谢您的理解和支持。$/u);
  });

  it('treaty: joins the page breaks that cut a word and keeps list lines as lines', () => {
    expect(treaty.text).toContain('他們对于伊拉克共和国');
    expect(treaty.text).toContain('善良愿望和他們單方面的努力');
    expect(treaty.removals.filter((r) => r.rule === 'join-page-break')).toHaveLength(2);
    expect(treaty.text).toContain('国务院总理周恩来，\n\n国务院副总理');
  });

  it('treaty: a spaced signature keeps its characters (毛 澤 东)', () => {
    const signature = treaty.segments.find((s) => s.kind === 'signature' && segmentText(treaty.text, s).startsWith('毛'));
    expect(signature && segmentText(treaty.text, signature)).toBe('毛澤东');
    const spaces = treaty.removals.filter((r) => r.rule === 'cjk-inner-space');
    expect(spaces.map((r) => source000.slice(r.sourceStart - 1, r.sourceEnd + 1))).toEqual(['毛 澤', '澤 东']);
  });

  it('English: holds its title and its whole body; the header fields are metadata (the title keeps its copy there)', () => {
    const body = source001.slice(source001.indexOf('From July 31'), source001.indexOf('<hr />'));
    expect(squeeze(en.text)).toBe(squeeze(`Communiqué on Talks Between Mao Zedong and Khrushchev\n\n${body}`));
    expect(en.segments[0]).toMatchObject({ kind: 'heading', start: 0, end: 'Communiqué on Talks Between Mao Zedong and Khrushchev\n\n'.length });
    expect(en.metadata).toMatchObject({ title: 'Communiqué on Talks Between Mao Zedong and Khrushchev', date: '1958-08-04', page: '1' });
  });

  for (const w of [rmrb, treaty, en]) {
    it(`${w.id}: every sentence is as read by hand (fixture)`, () => {
      const actual = w.segments.map((s) => ({ kind: s.kind, text: segmentText(w.text, s) }));
      const path = join(FIXTURES, `${w.id}.json`);
      if (process.env.UPDATE_SNAPSHOT) {
        mkdirSync(FIXTURES, { recursive: true });
        writeFileSync(path, JSON.stringify(actual, null, 1) + '\n');
      }
      expect(existsSync(path), `${path} is missing: run with UPDATE_SNAPSHOT=1 and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});

describe('the other documents', () => {
  it('PRC–DPRK statement: title without its stray space, four page breaks joined, signatures kept', () => {
    const w = witnessOf(docs, 'prc-dprk-1958', 'zh-treaty');
    expect(w.metadata.title).toBe('中华人民共和国政府和朝鲜民主主义人民共和国政府联合声明');
    expect(w.removals.filter((r) => r.rule === 'join-page-break')).toHaveLength(4);
    for (const joined of ['牢不可破的友好', '中近东地区各国的独立', '美国的原子基地', '过去任何时候更为强大']) expect(w.text).toContain(joined);
    expect(w.segments.filter((s) => s.kind === 'signature').map((s) => segmentText(w.text, s))).toEqual([
      '中华人民共和国国务院总理', '朝鲜民主主义人民共和国内阁首相', '周恩来', '金日成', '(签字)', '(签字)',
    ]);
    expect(w.metadata.date).toBe('1958-02-19');
  });

  it('CPSU letter (OCR): metadata from the header, OCR damage kept as the source has it', () => {
    const w = witnessOf(docs, 'cpsu-letter-1963-11', 'zh-ocr');
    expect(w.metadata).toMatchObject({ title: '苏共中央一九六三年十一月二十九日给中共中央的信', date: '1963-11-29', author: '赫鲁晓夫', source: '红旗一九六四年第九期' });
    expect(w.metadata.extra).toMatchObject({ id: '3383ff062d', 标签: '工业战线,书信' });
    for (const damaged of ['中央姿黄会', '亲爱的同志门', '■', '一北大三年十一月二十九日']) expect(w.text).toContain(damaged);
    expect(w.text).not.toContain('正文：');
    expect(w.text).not.toContain('描述：');
    expect(w.segments[0]!.kind).toBe('heading');
    expect(w.segments.at(-1)!.kind).toBe('date-line');
  });

  it('CCP–CPSU letters: tagged fields as metadata, two letters as two sections', () => {
    const w = witnessOf(docs, 'ccp-cpsu-letters-1963', 'zh-rmrb');
    expect(w.metadata).toMatchObject({ title: '中苏两党为举行双边会谈交换的信件', date: '1963-03-14', page: '1', column: '头版' });
    expect(w.metadata.extra).toMatchObject({ 总期: '2066', 条号: '1', 关键: '中苏关系/双边会谈信件', 体裁: '公文' });
    expect(w.sections.map((s) => s.title)).toEqual(['中共中央致苏共中央的信', '苏共中央致中共中央的信']);
    expect(w.text.slice(w.sections[1]!.start).startsWith('中国共产党中央委员会\n亲爱的同志们！')).toBe(true);
    expect(w.text).not.toContain('〖');
    const lastOfFirst = w.segments.filter((s) => s.section === 0).at(-1)!;
    expect([lastOfFirst.kind, segmentText(w.text, lastOfFirst)]).toEqual(['date-line', '一九六三年三月九日']);
    expect(segmentText(w.text, w.segments.at(-1)!)).toBe('一九六三年二月二十一日，莫斯科');
  });
});
