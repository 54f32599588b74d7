/**
 * Every real reading difference between the communiqué's two Chinese witnesses, as we read them
 * side by side (People's Daily 001 against the treaty database 000). Script-only differences
 * (澤/泽, 會/会, 談/谈, 於/于, 拚湊/拼凑 — OpenCC's traditional→simplified table joins 拚 and 拼 —
 * …) are many and never substantive; what is left is listed here, exactly.
 */
import { describe, expect, it } from 'vitest';
import { compareWitnesses } from '../../src/core/variants/index.ts';
import { toSimplified } from '../../src/core/text/opencc.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const variants = compareWitnesses(doc, 'zh-rmrb', 'zh-treaty');
const rmrb = doc.witnesses.find((w) => w.id === 'zh-rmrb')!;
const treaty = doc.witnesses.find((w) => w.id === 'zh-treaty')!;

describe('the communiqué: People’s Daily against the treaty database', () => {
  it('finds exactly the real differences, with their categories and rows (1-based)', () => {
    const real = variants.filter((v) => v.category !== 'script').map((v) => [v.category, v.row + 1, v.a, v.b]);
    expect(real).toEqual([
      ['numeral', 2, '1958年7月31日', '一九五八年七月三十一日'],
      ['numeral', 2, '8月3日', '八月三日'],
      ['substantive', 7, '利', '林'], // 马利诺夫斯基 / 馬林諾夫斯基: two transcriptions of Malinovsky
      ['substantive', 13, '和', 'and'], // 国家和人民 / 国家 and 人民: a stray English word in the database
      ['substantive', 33, '的', ''], // 任务的估计 / 任務估计
      ['substantive', 35, '和', 'and'], // 和平力量和社会主义力量 / 和平力量 and 社會主義力量
      ['moved', 45, '一九五八年八月三日于北京', '1958年8月3日于北京'], // the date line: after the signatures / before them
      ['substantive', 40, '', '(签字)'], // "(signed)", only in the database
      ['substantive', 44, '', '(签字)'],
    ]);
  });

  it('finds the date line as one move, linking its two rows', () => {
    const moves = variants.filter((v) => v.category === 'moved');
    expect(moves).toHaveLength(1);
    expect([moves[0]!.row + 1, moves[0]!.bRow! + 1]).toEqual([45, 36]);
  });

  it('calls every script-only difference script, never substantive', () => {
    const script = variants.filter((v) => v.category === 'script');
    expect(script.length).toBeGreaterThan(150);
    for (const v of script) expect(toSimplified(v.b)).toBe(toSimplified(v.a));
    for (const pair of [['泽', '澤'], ['会', '會'], ['谈', '談'], ['两', '兩'], ['于', '於']]) {
      expect(script.some((v) => v.a.includes(pair[0]!) && v.b.includes(pair[1]!))).toBe(true);
    }
  });

  it('places each difference on its spans in both texts', () => {
    for (const v of variants) {
      expect(rmrb.text.slice(v.aSpan.start, v.aSpan.end)).toBe(v.a);
      expect(treaty.text.slice(v.bSpan.start, v.bSpan.end)).toBe(v.b);
      const row = doc.rows[v.row]!;
      const cell = row.cells[0]!;
      if (v.a !== '') {
        expect(v.aSpan.start).toBeGreaterThanOrEqual(rmrb.segments[cell.start]!.start);
        expect(v.aSpan.end).toBeLessThanOrEqual(rmrb.segments[cell.end - 1]!.end);
      }
    }
  });
});
