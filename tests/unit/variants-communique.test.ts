/**
 * Every real reading difference between the communiqué's two Chinese witnesses, as read side by
 * side (People's Daily 001, zh-rmrb, as A; the treaty database 000, zh-treaty, as B), and the
 * complete output pinned as a fixture (tests/fixtures/variants/communique.json; rewrite it with
 * UPDATE_SNAPSHOT=1 and review the diff like code).
 *
 * Script-only differences (澤/泽, 會/会, 談/谈, 於/于, 湊/凑 …, about two hundred) are never
 * substantive. Pairs looked at closely:
 * - 于/於: script. 於 is how traditional orthography writes mainland 于 (對於/对于, 有利於/有利于);
 *   OpenCC converts it. The treaty's date line writes 于北京 itself, so no difference there.
 * - 拚湊/拼凑: 湊/凑 script; 拚/拼 variant: 拚 is a variant form of 拼 (1955 First List of Variant
 *   Characters), not its traditional form (traditional texts write 拼湊; OpenCC's cn→t does too).
 * - 余/餘, 着/著, 象/像: no difference in this text (both witnesses write 不遗余力/不遺余力,
 *   发展着/發展着, 沿着, 起着; neither has 象 or 像). Elsewhere 餘/余 is script, 著/着 and 象/像 variant.
 * - No punctuation differs: the treaty database's marks are the People's Daily's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWitnesses, type Variant } from '../../src/core/variants/index.ts';
import { toSimplified } from '../../src/core/text/opencc.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/variants/communique.json');

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const variants = compareWitnesses(doc, 'zh-rmrb', 'zh-treaty');
const [rmrbIndex, treatyIndex] = ['zh-rmrb', 'zh-treaty'].map((id) => doc.witnesses.findIndex((w) => w.id === id)) as [number, number];
const rmrb = doc.witnesses[rmrbIndex]!;
const treaty = doc.witnesses[treatyIndex]!;

/** [category, row (1-based, "A→B" for a move), reading in zh-rmrb, reading in zh-treaty] */
const REAL_DIFFERENCES = [
  ['numeral', '2', '1958年7月31日', '一九五八年七月三十一日'], // 从1958年7月31日到8月3日 / 从一九五八年七月三十一日到八月三日
  ['numeral', '2', '8月3日', '八月三日'],
  ['substantive', '7', '利', '林'], // 马利诺夫斯基 / 馬林諾夫斯基: two transcriptions of Malinovsky
  ['substantive', '13', '和', 'and'], // 国家和人民 / 国家 and 人民: a stray English word in the database
  ['variant', '16', '拼', '拚'], // 拼凑 / 拚湊 (湊/凑 is a script difference beside it)
  ['substantive', '33', '的', ''], // 任务的估计 / 任務估计
  ['substantive', '35', '和', 'and'], // 和平力量和社会主义力量 / 和平力量 and 社會主義力量
  ['substantive', '40', '', '(签字)'], // "(signed)" under Mao's name, only in the database
  ['substantive', '44', '', '(签字)'], // and under Khrushchev's
  ['moved', '45→36', '一九五八年八月三日于北京', '1958年8月3日于北京'], // the date line: last in People's Daily, before the signatures in the database
];

const rowLabel = (v: Variant) => (v.bRow !== undefined && v.bRow !== v.row ? `${v.row + 1}→${v.bRow + 1}` : String(v.row + 1));

describe('the communiqué: People’s Daily against the treaty database', () => {
  it('finds exactly the real differences, with their categories and rows', () => {
    expect(variants.filter((v) => v.category !== 'script').map((v) => [v.category, rowLabel(v), v.a, v.b])).toEqual(REAL_DIFFERENCES);
  });

  it('finds the date line as one move linking its two rows, as the alignment table does', () => {
    const moves = variants.filter((v) => v.category === 'moved');
    expect(moves).toHaveLength(1);
    expect(doc.rows[moves[0]!.row]!.movedTo).toBe(moves[0]!.bRow);
    expect(variants.some((v) => v.category !== 'moved' && (v.a.includes('于北京') || v.b.includes('于北京')))).toBe(false);
  });

  it('calls every script-only difference script, and only those', () => {
    const script = variants.filter((v) => v.category === 'script');
    expect(script.length).toBeGreaterThan(150);
    for (const v of script) {
      expect(v.a).not.toBe(v.b);
      expect(toSimplified(v.b)).toBe(toSimplified(v.a));
    }
    for (const [a, b] of [['泽', '澤'], ['会', '會'], ['谈', '談'], ['两', '兩'], ['于', '於'], ['凑', '湊'], ['义', '義']]) {
      expect(script.some((v) => v.a.includes(a!) && v.b.includes(b!)), `${a}/${b}`).toBe(true);
    }
    expect(variants.filter((v) => v.category === 'punctuation')).toEqual([]);
  });

  it('places each difference on its spans, inside its row’s cells', () => {
    for (const v of variants) {
      expect(rmrb.text.slice(v.aSpan.start, v.aSpan.end)).toBe(v.a);
      expect(treaty.text.slice(v.bSpan.start, v.bSpan.end)).toBe(v.b);
      for (const [witness, index, span, row] of [[rmrb, rmrbIndex, v.aSpan, v.row], [treaty, treatyIndex, v.bSpan, v.bRow ?? v.row]] as const) {
        const cell = doc.rows[row]!.cells[index]!;
        const start = cell.start < witness.segments.length ? witness.segments[cell.start]!.start : witness.text.length;
        const end = cell.end > cell.start ? witness.segments[cell.end - 1]!.end : start;
        expect(span.start).toBeGreaterThanOrEqual(start);
        expect(span.end).toBeLessThanOrEqual(end);
      }
    }
  });

  it('matches the reviewed fixture of every difference', () => {
    const lines = variants.map((v) => JSON.stringify({ category: v.category, row: rowLabel(v), a: v.a, b: v.b, aSpan: [v.aSpan.start, v.aSpan.end], bSpan: [v.bSpan.start, v.bSpan.end] }));
    const actual = `[\n${lines.join(',\n')}\n]\n`;
    if (process.env.UPDATE_SNAPSHOT) writeFileSync(FIXTURE, actual);
    expect(actual).toBe(readFileSync(FIXTURE, 'utf8'));
  });
});
