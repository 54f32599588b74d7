/**
 * Invariants of every comparison (fast-check): the two sides of the diff rebuild both witnesses,
 * a text against its own OpenCC conversion differs only in script or variant form, layout is
 * never a difference, and astral characters are never cut in half.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRows, type Variant } from '../../src/core/variants/index.ts';
import { compareTexts } from '../../src/core/pipeline/compare-texts.ts';
import { toSimplified } from '../../src/core/text/opencc.ts';

/** Simplified → traditional (checked below against OpenCC), for making traditional editions. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  泽: '澤', 鲁: '魯', 谈: '談', 谢: '謝', 书: '書', 记: '記', 马: '馬', 会: '會', 国: '國', 们: '們', 两: '兩',
  发: '發', 团: '團', 结: '結', 对: '對', 于: '於', 战: '戰', 争: '爭', 义: '義', 党: '黨', 苏: '蘇', 余: '餘',
};
const WORDS = ['和平', '力量', '日益', '壮大', '人民', '双方', '一致', '认为', '中近东', '地区', '完全', '相信', '伟大', '胜利', '会谈', '国家', '团结', '发展', '斗争', '于北京', '毛泽东', '马利诺夫斯基'];
const NUMERALS = ['1958年', '一九五八年', '7月31日', '七月三十一日', '两国', '三十一', '八月三日'];
const ASTRAL = ['𠀀', '𠀁', '𠮷', '𪚥', '𫝀']; // 𠀀 and 𠀁 share their high surrogate
const MARKS = ['，', '。', '、', '；', '：', ',', '·', '・', '“', '”', '「', '」', '(', ')'];
const LATIN = ['and', 'N.S.', 'OCR'];
const SPACE = [' ', '\n', '\u3000', '\t'];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMERALS) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
);
const sentences = fc.array(fc.array(piece, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 });

const EDITS = ['script', 'numeral', 'delete', 'insert', 'substitute', 'punctuation', 'space', 'move'] as const;
interface Edit {
  readonly kind: (typeof EDITS)[number];
  readonly at: number;
  readonly to: number;
  readonly piece: string;
  readonly flips: number;
}
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom(...EDITS), at: fc.nat(), to: fc.nat(), piece, flips: fc.nat() });

const traditional = (s: string, flips: number) => [...s].map((ch, k) => (ch in TRADITIONAL && (flips >> k % 16) & 1 ? TRADITIONAL[ch]! : ch)).join('');
const OTHER_FORM: Readonly<Record<string, string>> = { '1958年': '一九五八年', 一九五八年: '1958年', '7月31日': '七月三十一日', 七月三十一日: '7月31日', '，': ',', ',': '，', '·': '・', '“': '「', '”': '」' };

/** A second witness: the first with edits of every kind a transcription shows. */
function edited(text: readonly (readonly string[])[], edits: readonly Edit[]): string[][] {
  const out = text.map((s) => [...s]);
  for (const e of edits) {
    const s = out[e.at % out.length]!;
    const k = e.to % Math.max(1, s.length);
    switch (e.kind) {
      case 'script': s[k] = traditional(s[k] ?? '', e.flips); break;
      case 'numeral':
      case 'punctuation': s[k] = OTHER_FORM[s[k] ?? ''] ?? s[k] ?? ''; break;
      case 'delete': s.splice(k, 1); break;
      case 'insert': s.splice(k, 0, e.piece); break;
      case 'substitute': s[k] = e.piece; break;
      case 'space': s.splice(k, 0, SPACE[e.flips % SPACE.length]!); break;
      case 'move': if (out.length > 1) out.splice(e.to % out.length, 0, out.splice(e.at % out.length, 1)[0]!); break;
    }
  }
  return out;
}
const join = (text: readonly (readonly string[])[]) => text.map((s) => `${s.join('')}。`).join('\n');
const pair = sentences.chain((a) => fc.array(edit, { maxLength: 6 }).map((edits) => [join(a), join(edited(a, edits))] as const));

const HALF_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const insidePair = (text: string, at: number) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]!) && /[\uDC00-\uDFFF]/.test(text[at]!);

/**
 * Check that readings sit on their spans, whole, in order without overlap, so that the text
 * between the spans and the readings, concatenated, give the witness back; return that text
 * between the spans (without whitespace): what both witnesses have in common.
 */
function equalParts(text: string, variants: readonly Variant[], side: 'a' | 'b'): string {
  const spanOf = (v: Variant) => (side === 'a' ? v.aSpan : v.bSpan);
  const sorted = [...variants].sort((x, y) => spanOf(x).start - spanOf(y).start || spanOf(x).end - spanOf(y).end);
  const equal: string[] = [];
  let rebuilt = '';
  let at = 0;
  for (const v of sorted) {
    const span = spanOf(v);
    expect(span.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(span.start, span.end)).toBe(v[side]);
    expect(v[side]).not.toMatch(HALF_SURROGATE);
    expect(insidePair(text, span.start) || insidePair(text, span.end)).toBe(false);
    equal.push(text.slice(at, span.start));
    rebuilt += text.slice(at, span.start) + v[side];
    at = span.end;
  }
  equal.push(text.slice(at));
  expect(rebuilt + text.slice(at)).toBe(text);
  return equal.join('').replace(/\s/gu, '');
}

function expectRebuilds(aText: string, bText: string, variants: readonly Variant[]) {
  expect(equalParts(aText, variants, 'a')).toBe(equalParts(bText, variants, 'b'));
}

describe('variant comparison (properties)', () => {
  it('the two sides of the diff rebuild both witnesses (segmented and aligned texts)', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const result = compareTexts(a, b);
        expectRebuilds(result.aText, result.bText, result.variants);
      }),
      { numRuns: 200 },
    );
  });

  it('the two sides of the diff rebuild both witnesses (one row, no alignment)', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const variants = compareRows(a, b, [[{ start: 0, end: a.length }, { start: 0, end: b.length }]]);
        expectRebuilds(a, b, variants);
        expect(variants.every((v) => v.row === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a traditional text against its OpenCC simplified conversion differs only in script or variant form', () => {
    const TRADITIONAL_WORDS = ['乾淨', '鍊子', '頭髮', '著作', '發展著', '於是', '餘力', '後來', '裡面', '複雜', '藉口', '瞭解', '週末', '關係', '聯繫', '幹部', '乾隆', '颱風', '鬥爭', '衝突', '準備', '麵條', '拚命', '兩國', '澤東', '會談', '衞生'];
    const text = fc
      .array(fc.array(fc.oneof(fc.constantFrom(...TRADITIONAL_WORDS), fc.constantFrom(...ASTRAL, ...MARKS, ...NUMERALS)), { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 6 })
      .map(join);
    fc.assert(
      fc.property(text, (a) => {
        const b = toSimplified(a);
        const result = compareTexts(a, b);
        for (const v of result.variants) expect(['script', 'variant'], `${v.category} ${v.a}/${v.b}`).toContain(v.category);
        expectRebuilds(result.aText, result.bText, result.variants);
      }),
      { numRuns: 150 },
    );
  });

  it('a simplified text against a traditional edition of it differs only in script', () => {
    fc.assert(
      fc.property(sentences, fc.nat(), (s, flips) => {
        const a = join(s);
        const b = traditional(a, flips);
        const result = compareTexts(a, b);
        for (const v of result.variants) expect(v.category).toBe('script');
        expectRebuilds(result.aText, result.bText, result.variants);
      }),
      { numRuns: 150 },
    );
  });

  it('whitespace and line layout are never differences', () => {
    fc.assert(
      fc.property(sentences, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPACE)), { maxLength: 8 }), (s, spaces) => {
        const a = join(s);
        const chars = [...a];
        for (const [at, space] of spaces) chars.splice(at % (chars.length + 1), 0, space);
        expect(compareTexts(a, chars.join('')).variants).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
