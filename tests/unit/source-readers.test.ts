import { describe, expect, it } from 'vitest';
import { SOURCE_READERS } from '../../src/core/sources/index.ts';
import { SourceFormatError } from '../../src/core/sources/source-error.ts';
import { buildWitness } from '../../src/core/pipeline/build-witness.ts';
import type { WitnessSpec } from '../../src/core/sources/manifest.ts';

const spec = (format: WitnessSpec['format'], part?: string): WitnessSpec => ({
  id: 'w', lang: 'zh', script: 'hans', label: 'test', file: 'x.txt', format, ...(part ? { part } : {}),
});

/** The error a reader raises for `source`, as a message. */
function errorOf(format: WitnessSpec['format'], source: string): string {
  try {
    SOURCE_READERS[format](source, 'x.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(SourceFormatError);
    return (error as Error).message;
  }
  throw new Error('no error raised');
}

describe('source readers refuse text that is not their format, naming file, line and expectation', () => {
  it('treaty database without the disclaimer', () => {
    expect(errorOf('treaty-database', '\n\n毛泽东和赫鲁晓夫会谈公报\n')).toBe('x.txt:3: expected the disclaimer heading "免 责 条 款", found "毛泽东和赫鲁晓夫会谈公报"');
  });

  it('treaty database whose disclaimer paragraph is something else', () => {
    expect(errorOf('treaty-database', '免 责 条 款\n\n正文第一段。\n')).toMatch(/^x\.txt:3: expected the disclaimer paragraph/);
  });

  it("People's Daily bilingual archive without a header", () => {
    expect(errorOf('rmrb-bilingual', 'just text\n')).toBe('x.txt:1: expected a header field such as `Title: …`, found "just text"');
  });

  it("People's Daily bilingual archive without the Chinese part", () => {
    expect(errorOf('rmrb-bilingual', 'Title: T\n\nBody.\n')).toMatch(/^x\.txt:3: expected a `<hr \/>` line/);
  });

  it('tagged archive with a broken field', () => {
    expect(errorOf('tagged-archive', '〖BT/标题〗题〖-BT/标题〗\n〖RQ/日期〗1963\n')).toMatch(/^x\.txt:2: expected a field `〖XX\/名〗value〖-XX\/名〗`/);
  });

  it('tagged archive without its end marker', () => {
    expect(errorOf('tagged-archive', '〖ZW/正文〗\n    正文。\n')).toMatch(/^x\.txt:2: expected the end marker `〖-ZW\/正文〗`/);
  });

  it('metadata header without 正文：', () => {
    expect(errorOf('metadata-header', '标题：题\n日期：1963-11-29\n')).toMatch(/^x\.txt:2: expected the `正文：` label/);
  });

  it('metadata header that is prose', () => {
    expect(errorOf('metadata-header', '这是一段没有字段的文字。\n')).toMatch(/^x\.txt:1: expected a header field/);
  });

  it('a witness whose text is all boilerplate', () => {
    expect(() => buildWitness(spec('tagged-archive'), '〖BT/标题〗题〖-BT/标题〗\n〖ZW/正文〗\n   \n〖-ZW/正文〗\n')).toThrow(
      'x.txt: no text is left for witness w after removing headers and boilerplate',
    );
  });

  it('a part the format does not have', () => {
    expect(() => buildWitness(spec('metadata-header', 'en'), '标题：题\n正文：\n文字。\n')).toThrow('x.txt: a metadata-header source has parts main, not "en"');
  });
});

describe('source readers on well-formed text', () => {
  it('metadata header: a body on the same line as 正文：', () => {
    const w = buildWitness(spec('metadata-header'), '标题：题\n正文：第一句。第二句。\n');
    expect(w.text).toBe('第一句。第二句。');
    expect(w.segments).toHaveLength(2);
  });

  it('tagged archive: CRLF line ends are removed by a named rule, not lost', () => {
    const w = buildWitness(spec('tagged-archive'), '〖BT/标题〗题〖-BT/标题〗\r\n〖ZW/正文〗\r\n    第一句。\r\n    第二句。\r\n〖-ZW/正文〗\r\n');
    expect(w.text).toBe('第一句。\n第二句。');
    expect(w.removals.some((r) => r.rule === 'crlf')).toBe(true);
  });
});
