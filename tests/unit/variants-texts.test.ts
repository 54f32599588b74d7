/** `compareTexts` on hand-made pairs of the kinds users bring: editions in two scripts, OCR against clean text, moved passages. */
import { describe, expect, it } from 'vitest';
import { compareRows } from '../../src/core/variants/index.ts';
import { compareTexts } from '../../src/core/pipeline/compare-texts.ts';

const readings = (a: string, b: string) => compareTexts(a, b).variants.map((v) => [v.category, v.a, v.b]);

describe('compareTexts on texts users bring', () => {
  it('finds nothing between a text and itself, or the same text laid out differently', () => {
    const text = '双方一致认为，苏联和中国同社会主义阵营其他各国一道。\n一九五八年八月三日于北京';
    expect(readings(text, text)).toEqual([]);
    expect(readings(text, text.replace('，', '，\n  ').replace('一九五八', '一九五\n八').replace(/(.)/gu, '$1 '))).toEqual([]);
  });

  it('an OCR-damaged text against a clean one: substitutions substantive, the rest equal', () => {
    const clean = '亲爱的同志们，\n最近以来，在共产党的报刊上发表了一些文件。\n特别令人不安的是，意识形态问题上的分歧扩大到了国家之间的关系。';
    const ocr = '亲爱的同志门，\n最近以来，在共产党的报刊上发表了一些文件。\n特别合人不安的是，意罐形态问题上的分技扩大到了国家之间的关系。';
    expect(readings(clean, ocr)).toEqual([
      ['substantive', '们', '门'],
      ['substantive', '令', '合'],
      ['substantive', '识', '罐'],
      ['substantive', '歧', '技'],
    ]);
  });

  it('a traditional edition against a simplified one: script, with OpenCC’s phrases (乾淨 is 干净, not 乾净)', () => {
    expect(readings('他們的頭髮乾淨，鍊子斷了。', '他们的头发干净，链子断了。')).toEqual([
      ['script', '們', '们'],
      ['script', '頭髮乾淨', '头发干净'],
      ['script', '鍊', '链'],
      ['script', '斷', '断'],
    ]);
  });

  it('numerals, full-width punctuation and variant forms are named as such', () => {
    expect(readings('一九六三年三月九日，两国正在发展着。', '1963年3月9日,兩國正在發展著。')).toEqual([
      ['numeral', '一九六三年三月九日', '1963年3月9日'],
      ['punctuation', '，', ','],
      ['script', '两国', '兩國'],
      ['script', '发', '發'],
      ['variant', '着', '著'],
    ]);
    expect(readings('它们拼凑侵略集团，好像一个整体。', '它們拚湊侵略集團，好象一個整體。')).toEqual([
      ['script', '们', '們'],
      ['variant', '拼', '拚'],
      ['script', '凑', '湊'],
      ['script', '团', '團'],
      ['variant', '像', '象'],
      ['script', '个', '個'],
      ['script', '体', '體'],
    ]);
  });

  it('punctuation: a mark missing, a middle dot of another code, quotes of the other script', () => {
    expect(readings('尼·谢·赫鲁晓夫说：“双方一致认为，苏联是朋友。”', '尼・谢・赫鲁晓夫说：「双方一致认为苏联是朋友。」')).toEqual([
      ['punctuation', '·', '・'],
      ['punctuation', '·', '・'],
      ['punctuation', '“', '「'],
      ['punctuation', '，', ''],
      ['punctuation', '”', '」'],
    ]);
  });

  it('keeps characters outside the BMP whole, even two that share their first UTF-16 unit', () => {
    expect('𠀀'.charCodeAt(0)).toBe('𠀁'.charCodeAt(0));
    const result = compareTexts('甲𠀀乙丙丁。戊己庚辛。', '甲𠀁乙丙丁。戊己𠀀庚辛。');
    expect(result.variants.map((v) => [v.category, v.a, v.b, v.aSpan, v.bSpan])).toEqual([
      ['substantive', '𠀀', '𠀁', { start: 1, end: 3 }, { start: 1, end: 3 }],
      ['substantive', '', '𠀀', { start: 9, end: 9 }, { start: 9, end: 11 }],
    ]);
  });

  it('finds a passage written elsewhere, and differently, as one move', () => {
    const a = '双方表示完全相信，和平力量一定能够取得伟大的胜利。\n中国共产党中央委员会主席毛泽东。\n一九五八年八月三日于北京。';
    const b = '双方表示完全相信，和平力量一定能够取得伟大的胜利。\n1958年8月3日于北京。\n中国共产党中央委员会主席毛泽东。';
    const result = compareTexts(a, b);
    expect(result.variants.map((v) => [v.category, v.a, v.b])).toEqual([['moved', '一九五八年八月三日于北京。', '1958年8月3日于北京。']]);
    const [move] = result.variants;
    expect(result.rows[move!.row]![0].start).toBeLessThanOrEqual(move!.aSpan.start);
    expect(result.rows[move!.bRow!]![1].end).toBeGreaterThanOrEqual(move!.bSpan.end);
  });

  it('places every difference in its row', () => {
    const result = compareTexts('中苏两国坚决支持阿拉伯各国人民的正义斗争。\n殖民主义时代已经一去不复返了。', '中蘇兩國堅決支持阿拉伯各國人民的正義鬥爭。\n殖民主义时代已经一去不返了。');
    expect(result.variants.map((v) => v.category)).toEqual(['script', 'script', 'script', 'substantive']);
    for (const v of result.variants) {
      const [aCell, bCell] = result.rows[v.row]!;
      expect(v.aSpan.start).toBeGreaterThanOrEqual(aCell.start);
      expect(v.aSpan.end).toBeLessThanOrEqual(aCell.end);
      expect(v.bSpan.start).toBeGreaterThanOrEqual(bCell.start);
      expect(v.bSpan.end).toBeLessThanOrEqual(bCell.end);
    }
    expect(result.variants.at(-1)).toMatchObject({ category: 'substantive', a: '复', b: '', row: 1 });
  });

  it('finds a move inside one row, and takes rows the table links as one move however they differ', () => {
    const a = '甲乙兩國同盟丙丁戊己庚辛壬癸。';
    const b = '甲乙丙丁戊己庚辛壬癸两国同盟。';
    expect(compareRows(a, b, [[{ start: 0, end: a.length }, { start: 0, end: b.length }]]).map((v) => [v.category, v.a, v.b, v.row, v.bRow])).toEqual([
      ['moved', '兩國同盟', '两国同盟', 0, 0],
    ]);
    // the date line after the signature in A, before it (and with 市) in B; rows 0 and 2 linked
    const x = '毛泽东\n一九五八年八月三日于北京';
    const y = '1958年8月3日於北京市\n毛泽东';
    const rows = [
      [{ start: 0, end: 0 }, { start: 0, end: 14 }],
      [{ start: 0, end: 4 }, { start: 14, end: 17 }],
      [{ start: 4, end: 16 }, { start: 17, end: 17 }],
    ] as const;
    expect(compareRows(x, y, rows, [2, undefined, 0]).map((v) => [v.category, v.a, v.b, v.row, v.bRow])).toEqual([
      ['moved', '一九五八年八月三日于北京', '1958年8月3日於北京市', 2, 0],
    ]);
    // without the link, the passage is still found moved: its keys agree but for a word at an end (市)
    expect(compareRows(x, y, rows).map((v) => [v.category, v.a, v.b])).toEqual([['moved', '一九五八年八月三日于北京', '1958年8月3日於北京市']]);
    // a passage that differs more is no move
    expect(compareRows('毛泽东\n甲乙丙丁戊', '己庚辛壬癸\n毛泽东', [[{ start: 0, end: 0 }, { start: 0, end: 6 }], [{ start: 0, end: 4 }, { start: 6, end: 9 }], [{ start: 4, end: 9 }, { start: 9, end: 9 }]] as const).map((v) => v.category)).toEqual(['substantive', 'substantive']);
  });
});
