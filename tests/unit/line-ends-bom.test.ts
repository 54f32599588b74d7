/**
 * Losslessness for sources as files come: with a byte-order mark, with CR-only (old Mac) and mixed
 * line ends. From the bytes through decoding, normalisation and segmentation, every character of
 * the decoded source is kept or removed by a named rule, and a lone `\r` is a line break.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUserBytes } from '../../src/core/text/decode-text.ts';
import { buildWitness } from '../../src/core/pipeline/build-witness.ts';
import { segmentText, segmentTilingProblem, type Lang, type Witness } from '../../src/core/model.ts';
import { sourceOffsetOf } from '../../src/core/normalize/source-edit.ts';
import { corpusText } from './arbitraries.ts';
import { expectTilesSource } from './lossless.ts';

const spec = (lang: Lang) => ({ id: lang, lang, script: lang === 'en' ? 'latn' : 'hans', label: 'test', file: 'test.txt', format: 'plain-text' }) as const;

/** Every offset of `source` is kept or removed exactly once, kept characters unchanged, and the segments tile the text. */
function expectLossless(source: string, witness: Witness): void {
  expectTilesSource(source, witness);
  expect(segmentTilingProblem(witness.text, witness.segments)).toBeNull();
}

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
};
const withUtf8Bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

/** The same text with each line break written `\n`, `\r\n` or `\r` as `ends` says (cycling). */
const withLineEnds = (text: string, ends: readonly string[]) => {
  let k = 0;
  return text.replace(/\r\n|\r|\n/g, () => ends[k++ % ends.length]!);
};
/** Sentences as a reader sees them: trimmed, with any line break read as `\n`. */
const sentences = (w: Witness) => w.segments.map((s) => segmentText(w.text, s).replace(/\r\n?/g, '\n'));

const ZH = '毛泽东和赫鲁晓夫会谈公报\n\n双方就当前国际形势进行了全面的讨论。会谈是在诚挚友好的气氛中进行的。\n\n一九五八年八月三日于北京\n';
const EN = 'Communiqué on the Talks\n\nThe two sides held talks. They were cordial.\nBoth agreed.\n\nBeijing, August 3, 1958\n';

describe('a byte-order mark is kept by the decoder and recorded by the strip-bom rule', () => {
  for (const [label, encode] of [['UTF-8', withUtf8Bom], ['UTF-16LE', utf16le]] as const) {
    it(`${label}: the mark is the source's first character, removed by strip-bom; offsets stay exact`, () => {
      const { text: source } = decodeUserBytes(encode(ZH), 'zh.txt');
      expect(source.charCodeAt(0)).toBe(0xfeff);
      const witness = buildWitness(spec('zh'), source);
      expect(witness.removals[0]).toMatchObject({ sourceStart: 0, sourceEnd: 1, rule: 'strip-bom' });
      expectLossless(source, witness);
      // the first kept character is 毛, at source offset 1
      expect(source[sourceOffsetOf(witness.kept, 0)]).toBe('毛');
    });
  }

  it('property: any text, with a BOM, decoded and built, loses nothing', () => {
    fc.assert(
      fc.property(corpusText, fc.constantFrom<Lang>('zh', 'en'), fc.boolean(), (body, lang, sixteen) => {
        const text = `${body}甲。`;
        const { text: source } = decodeUserBytes(sixteen ? utf16le(text) : withUtf8Bom(text), 'f.txt');
        expectLossless(source, buildWitness(spec(lang), source));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CR-only and mixed line ends are line breaks', () => {
  for (const [lang, text] of [['zh', ZH], ['en', EN]] as const) {
    it(`${lang}: CR-only, CRLF and mixed line ends segment as LF does`, () => {
      const lf = buildWitness(spec(lang), text);
      for (const ends of [['\r'], ['\r\n'], ['\n', '\r', '\r\n']]) {
        const source = withLineEnds(text, ends);
        const witness = buildWitness(spec(lang), source);
        expectLossless(source, witness);
        expect(sentences(witness), JSON.stringify(ends)).toEqual(sentences(lf));
        expect(witness.segments.map((s) => [s.kind, s.paragraph]), JSON.stringify(ends)).toEqual(lf.segments.map((s) => [s.kind, s.paragraph]));
      }
    });
  }

  it('a first line ended by a lone \\r is a title, as with \\n', () => {
    const witness = buildWitness(spec('zh'), withLineEnds(ZH, ['\r']), { titleLine: true });
    expect(witness.segments[0]!.kind).toBe('heading');
    expect(segmentText(witness.text, witness.segments[0]!)).toBe('毛泽东和赫鲁晓夫会谈公报');
  });

  it('property: any text with its line breaks written any way loses nothing, and segments as with \\n', () => {
    fc.assert(
      fc.property(corpusText, fc.array(fc.constantFrom('\n', '\r', '\r\n'), { minLength: 1, maxLength: 4 }), fc.constantFrom<Lang>('zh', 'en'), (body, ends, lang) => {
        const text = `${body}\n甲。`;
        const source = withLineEnds(text, ends);
        const witness = buildWitness(spec(lang), source);
        expectLossless(source, witness);
        expect(sentences(witness)).toEqual(sentences(buildWitness(spec(lang), withLineEnds(text, ['\n']))));
      }),
      { numRuns: 400 },
    );
  });
});
