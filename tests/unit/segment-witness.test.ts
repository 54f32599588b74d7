import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentTilingProblem, type Section } from '../../src/core/model.ts';
import { segmentWitness } from '../../src/core/segment/segment-witness.ts';
import { chineseSentenceStarts } from '../../src/core/segment/chinese-sentences.ts';
import { SourceEdit } from '../../src/core/normalize/source-edit.ts';
import { normalizeWhitespace } from '../../src/core/normalize/whitespace.ts';
import { corpusText } from './arbitraries.ts';

const oneSection = (text: string, title = ''): Section[] => [{ title, start: 0, end: text.length }];
const sentences = (text: string) => {
  const cuts = [0, ...chineseSentenceStarts(text), text.length];
  return cuts.slice(0, -1).map((c, i) => text.slice(c, cuts[i + 1]).trim());
};
const segmentsOf = (text: string, lang: 'zh' | 'en', title = '') =>
  segmentWitness(text, lang, oneSection(text, title)).map((s) => [s.kind, text.slice(s.start, s.end).trim()]);

describe('Chinese sentences (golden cases)', () => {
  it('ends at 。！？', () => {
    expect(sentences('两国的经济都在飞跃发展。两国的力量日益强大！真的吗？是的')).toEqual([
      '两国的经济都在飞跃发展。', '两国的力量日益强大！', '真的吗？', '是的',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('我们同意你们的意见，“特别重要的是立刻采取具体的实际步骤。”我们认为如此。')).toEqual([
      '我们同意你们的意见，“特别重要的是立刻采取具体的实际步骤。”', '我们认为如此。',
    ]);
  });

  it('keeps a quotation of several sentences whole (「」)', () => {
    expect(sentences('他说：「天塌不下来。草照样长。」然后走了。')).toEqual(['他说：「天塌不下来。草照样长。」', '然后走了。']);
  });

  it('keeps ——…—— asides inside the sentence', () => {
    const s = '同共产主义运动中的主要危险修正主义——这种修正主义明显地表现在南斯拉夫共产主义者联盟的纲领中——进行毫不调和的斗争。';
    expect(sentences(s)).toEqual([s]);
  });

  it('does not end a sentence at ；', () => {
    const s = '中国人民志愿军继续守卫和平防线；朝鲜人民高度赞扬这种功绩。';
    expect(sentences(s)).toEqual([s]);
  });

  it('ends after a run of marks (！？)', () => {
    expect(sentences('真的吗？！不。')).toEqual(['真的吗？！', '不。']);
  });

  it('never cuts an astral character in two', () => {
    const text = '𠀀。𠮷𠮷？𪚥';
    for (const start of chineseSentenceStarts(text)) expect(text.codePointAt(start)).toBeGreaterThan(0xffff);
  });
});

describe('segmentWitness (golden cases)', () => {
  it('makes each list line a list item, and the short line closing the list too', () => {
    const text = '标题\n中国方面参加会谈的有：国务院总理周恩来，\n国务院副总理兼外交部长陈毅，\n中共中央书记处书记王稼祥。\n会谈双方在极其诚恳、亲切的气氛中进行了全面的讨论，并且取得了完全一致的意见。';
    expect(segmentsOf(text, 'zh', '标题').map(([k]) => k)).toEqual(['heading', 'list-item', 'list-item', 'list-item', 'sentence']);
  });

  it('does not take a salutation followed by prose for a list', () => {
    const text = '亲爱的同志们，\n最近以来，在共产党的报刊上发表了一些文件，在这些文件中，各国马克思列宁主义的党公开说明了他们对已经展开的争论中提出的国际共产主义运动的根本问题所持的立场。';
    expect(segmentsOf(text, 'zh').map(([k]) => k)).toEqual(['sentence', 'sentence']);
  });

  it('splits a title glued to the first line of a letter', () => {
    const text = '中共中央致苏共中央的信苏联共产党中央委员会亲爱的同志们：\n中国共产党中央委员会收到了来信。';
    expect(segmentsOf(text, 'zh', '中共中央致苏共中央的信')).toEqual([
      ['heading', '中共中央致苏共中央的信'],
      ['sentence', '苏联共产党中央委员会亲爱的同志们：'],
      ['sentence', '中国共产党中央委员会收到了来信。'],
    ]);
  });

  it('makes the closing block signatures and a date line, in either order', () => {
    const text = '双方表示完全相信，和平力量一定能够取得伟大的胜利。\n1958年8月3日于北京\n中国共产党中央委员会主席\n毛澤东\n(签字)';
    expect(segmentsOf(text, 'zh').map(([k]) => k)).toEqual(['sentence', 'date-line', 'signature', 'signature', 'signature']);
    const rmrb = '双方表示完全相信，和平力量一定能够取得伟大的胜利。\n中国共产党中央委员会主席\n毛泽东\n一九五八年八月三日于北京';
    expect(segmentsOf(rmrb, 'zh').map(([k]) => k)).toEqual(['sentence', 'signature', 'signature', 'date-line']);
  });

  it('reads an English closing block', () => {
    const text = 'They will achieve great victories.\n\nChairman of the People’s Republic of China\nMao Zedong\nAugust 3, 1958, in Beijing';
    expect(segmentsOf(text, 'en').map(([k]) => k)).toEqual(['sentence', 'signature', 'signature', 'date-line']);
  });

  it('numbers paragraphs by blank lines where the text has them, else by lines', () => {
    const blank = segmentWitness('甲。乙。\n丙。\n\n丁。', 'zh', oneSection('甲。乙。\n丙。\n\n丁。'));
    expect(blank.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
    const lines = segmentWitness('甲。乙。\n丙。', 'zh', oneSection('甲。乙。\n丙。'));
    expect(lines.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('gives no segments to an empty text', () => {
    expect(segmentWitness('', 'zh', oneSection(''))).toEqual([]);
  });
});

describe('segmentation is lossless (properties)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the segments tile any text exactly`, () => {
      fc.assert(
        fc.property(corpusText, fc.nat(), (text, titleLength) => {
          const title = text.slice(0, titleLength % 6);
          const segments = segmentWitness(text, lang, oneSection(text, title));
          if (text.trim() === '') return;
          expect(segmentTilingProblem(text, segments)).toBeNull();
          expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        }),
        { numRuns: 500 },
      );
    });

    it(`${lang}: after normalisation, every segment starts on a code-point boundary and holds text`, () => {
      fc.assert(
        fc.property(corpusText, (source) => {
          const edit = new SourceEdit(source);
          normalizeWhitespace(edit);
          const { text } = edit.finish();
          const segments = segmentWitness(text, lang, oneSection(text));
          expect(segmentTilingProblem(text, segments)).toBeNull();
          for (const s of segments) {
            const code = text.charCodeAt(s.start);
            expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
            expect(text.slice(s.start, s.end).trim()).not.toBe('');
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('sections split the segments: each segment lies in one section', () => {
    fc.assert(
      fc.property(corpusText, corpusText, (a, b) => {
        const text = `${a.trim() || '甲。'}\n${b.trim() || '乙。'}`;
        const cut = text.indexOf('\n') + 1;
        const sections: Section[] = [{ title: '', start: 0, end: cut }, { title: '', start: cut, end: text.length }];
        const segments = segmentWitness(text, 'zh', sections);
        expect(segmentTilingProblem(text, segments)).toBeNull();
        for (const s of segments) {
          const section = sections[s.section]!;
          expect(s.start === 0 || s.start >= section.start).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
