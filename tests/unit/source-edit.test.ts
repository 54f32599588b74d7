import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REMOVAL_RULES } from '../../src/core/model.ts';
import { SourceEdit } from '../../src/core/normalize/source-edit.ts';
import { normalizeWhitespace } from '../../src/core/normalize/whitespace.ts';
import { joinPageBreaks } from '../../src/core/normalize/page-breaks.ts';
import { corpusText } from './arbitraries.ts';
import { expectTilesSource } from './lossless.ts';

/** Every source offset is covered once: by a kept run or a removal; kept text is source text. */
function expectLossless(source: string, edit: SourceEdit) {
  const finished = edit.finish();
  expectTilesSource(source, finished);
  return finished;
}

describe('SourceEdit', () => {
  it('keeps everything when nothing is removed', () => {
    const { text, removals } = new SourceEdit('毛泽东 𠀀').finish();
    expect(text).toBe('毛泽东 𠀀');
    expect(removals).toEqual([]);
  });

  it('names the rule of each removal, and the first rule to claim a character keeps it', () => {
    const edit = new SourceEdit('abcdef');
    edit.remove(1, 3, 'strip-disclaimer');
    edit.remove(2, 5, 'metadata-field');
    const { text, removals } = edit.finish();
    expect(text).toBe('af');
    expect(removals.map((r) => [r.rule, r.text])).toEqual([
      ['strip-disclaimer', 'bc'],
      ['metadata-field', 'de'],
    ]);
  });

  it('refuses a removal outside the source', () => {
    expect(() => new SourceEdit('abc').remove(2, 9, 'blank-lines')).toThrow(RangeError);
  });

  it('property: any removals leave kept runs and removals tiling the source, kept characters identical', () => {
    fc.assert(
      fc.property(
        corpusText,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...REMOVAL_RULES)), { maxLength: 8 }),
        (source, cuts) => {
          const edit = new SourceEdit(source);
          for (const [a, b, rule] of cuts) {
            const start = source.length === 0 ? 0 : a % (source.length + 1);
            const end = Math.min(source.length, start + (b % 12));
            edit.remove(start, end, rule);
          }
          expectLossless(source, edit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: whitespace normalisation and page-break repair lose nothing and alter no kept character', () => {
    fc.assert(
      fc.property(corpusText, (source) => {
        const edit = new SourceEdit(source);
        normalizeWhitespace(edit);
        joinPageBreaks(edit);
        const { text, removals } = expectLossless(source, edit);
        for (const r of removals) {
          // whitespace rules only ever remove whitespace (and the BOM)
          if (r.rule !== 'strip-bom') expect(r.text).toMatch(/^[\s\u3000]*$/u);
        }
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\n{3,}/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeWhitespace', () => {
  const normalised = (source: string) => {
    const edit = new SourceEdit(source);
    normalizeWhitespace(edit);
    return edit.finish();
  };

  it('joins a spaced signature into its characters (毛 澤 东)', () => {
    const { text, removals } = normalised('毛 澤 东\n');
    expect(text).toBe('毛澤东');
    expect(removals.filter((r) => r.rule === 'cjk-inner-space')).toHaveLength(2);
  });

  it('keeps a space between Chinese and Latin text (国家 and 人民)', () => {
    expect(normalised('国家 and 人民').text).toBe('国家 and 人民');
  });

  it('strips indentation and trailing spaces, collapses blank lines, removes CR of CRLF', () => {
    const { text, removals } = normalised('\ufeff    第一行。  \r\n\n\n\n\t第二行。\r\n');
    expect(text).toBe('第一行。\n\n第二行。');
    expect(new Set(removals.map((r) => r.rule))).toEqual(new Set(['strip-bom', 'strip-indent', 'trailing-space', 'crlf', 'blank-lines', 'trim-document']));
  });
});

describe('joinPageBreaks', () => {
  const repaired = (source: string) => {
    const edit = new SourceEdit(source);
    normalizeWhitespace(edit);
    joinPageBreaks(edit);
    return edit.finish();
  };

  it('joins a sentence cut by a page break inside a word (伊拉 / 克共和国)', () => {
    const { text, removals } = repaired('标题\n\n最近，美国和英国对于伊拉\n\n克共和国的武力威胁。');
    expect(text).toBe('标题\n\n最近，美国和英国对于伊拉克共和国的武力威胁。');
    expect(removals.map((r) => r.rule)).toEqual(['join-page-break']);
  });

  it('joins a cut after a single character (各 / 国的独立)', () => {
    expect(repaired('标题\n\n苏联政府的建议、保证中近东地区各\n\n国的独立和和平。').text).toBe('标题\n\n苏联政府的建议、保证中近东地区各国的独立和和平。');
  });

  it('keeps list items, the title, signatures and date lines on their own lines', () => {
    const source = '联合声明\n\n参加会談的有：国务院总理周恩来，\n\n国务院副总理陈毅。\n\n1958年2月19日于平壤\n\n中华人民共和国国务院总理\n\n周恩来';
    expect(repaired(source).text).toBe(source);
  });
});
