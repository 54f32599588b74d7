import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareTexts, type Variant } from '../../src/core/variants/index.ts';

/** Simplified → traditional pairs (from the communiqué's two witnesses), for making a traditional edition. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  泽: '澤', 鲁: '魯', 谈: '談', 谢: '謝', 书: '書', 记: '記', 马: '馬', 会: '會', 国: '國', 们: '們', 两: '兩',
  发: '發', 展: '展', 团: '團', 结: '結', 对: '對', 于: '於', 战: '戰', 争: '爭', 义: '義', 党: '黨', 苏: '蘇',
};
const SIMPLIFIED = Object.keys(TRADITIONAL);
const OTHER = [...'和平的力量日益壮大人民双方一致认为中近东地区完全相信取得伟大胜利'];
const ASTRAL = ['𠀀', '𠮷', '𪚥'];
const PUNCTUATION = ['，', '。', '、', '；', '：'];

const sentence = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SIMPLIFIED, ...OTHER) }, { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) }), {
    minLength: 4,
    maxLength: 30,
  })
  .map((chars) => `${chars.join('')}。`);
const text = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join('\n'));

const withoutSpans = (source: string, spans: readonly { start: number; end: number }[]) => {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    out += source.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  return (out + source.slice(at)).replace(/\s/g, '');
};

function expectWhole(v: Variant, a: string, b: string) {
  for (const [reading, span, source] of [[v.a, v.aSpan, a], [v.b, v.bSpan, b]] as const) {
    expect(source.slice(span.start, span.end)).toBe(reading);
    expect(reading).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

describe('variant comparison (properties)', () => {
  it('what is not a difference is the same in both texts: the two sides rebuild both witnesses', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const result = compareTexts(a, b);
        for (const v of result.variants) expectWhole(v, result.aText, result.bText);
        const aRest = withoutSpans(result.aText, result.variants.map((v) => v.aSpan));
        const bRest = withoutSpans(result.bText, result.variants.map((v) => v.bSpan));
        // apart from script, variant, numeral and punctuation differences (same key), the rest is equal
        const sameKeyed = result.variants.every((v) => v.category !== 'substantive' && v.category !== 'moved');
        if (sameKeyed) expect(aRest).toBe(bRest);
      }),
      { numRuns: 150 },
    );
  });

  it('a text against its traditional edition differs only in script', () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }), (a, flips) => {
        let k = 0;
        const b = [...a].map((ch) => (ch in TRADITIONAL && flips[k++ % flips.length] ? TRADITIONAL[ch]! : ch)).join('');
        const result = compareTexts(a, b);
        for (const v of result.variants) {
          expect(['script', 'variant']).toContain(v.category);
          expectWhole(v, result.aText, result.bText);
        }
        expect(withoutSpans(result.aText, result.variants.map((v) => v.aSpan))).toBe(withoutSpans(result.bText, result.variants.map((v) => v.bSpan)));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps astral characters whole in readings and spans', () => {
    const result = compareTexts('甲𠀀乙。丙丁戊己。', '甲𠮷乙。丙丁戊己。');
    expect(result.variants.map((v) => [v.category, v.a, v.b])).toEqual([['substantive', '𠀀', '𠮷']]);
  });
});

describe('compareTexts on texts users bring', () => {
  it('an OCR-damaged text against a clean one: substitutions substantive, the rest equal', () => {
    const clean = '亲爱的同志们，\n最近以来，在共产党的报刊上发表了一些文件。\n特别令人不安的是，意识形态问题上的分歧扩大到了国家之间的关系。';
    const ocr = '亲爱的同志门，\n最近以来，在共产党的报刊上发表了一些文件。\n特别合人不安的是，意罐形态问题上的分技扩大到了国家之间的关系。';
    const result = compareTexts(clean, ocr);
    expect(result.variants.map((v) => [v.category, v.a, v.b])).toEqual([
      ['substantive', '们', '门'],
      ['substantive', '令', '合'],
      ['substantive', '识', '罐'],
      ['substantive', '歧', '技'],
    ]);
  });

  it('numerals, full-width punctuation and variant forms are named as such', () => {
    const result = compareTexts('一九六三年三月九日，两国正在发展着。', '1963年3月9日,兩國正在發展著。');
    expect(result.variants.map((v) => [v.category, v.a, v.b])).toEqual([
      ['numeral', '一九六三年三月九日', '1963年3月9日'],
      ['punctuation', '，', ','],
      ['script', '两国', '兩國'],
      ['script', '发', '發'],
      ['variant', '着', '著'],
    ]);
  });
});
