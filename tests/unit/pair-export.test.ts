import { describe, expect, it } from 'vitest';
import { pairJson, pairTsv, toTmx, xmlText, type PairRow } from '../../src/core/export/pair-export.ts';

const zh = { id: 'zh-rmrb', lang: 'zh' } as const;
const en = { id: 'en', lang: 'en' } as const;
const rows: PairRow[] = [
  { row: 1, a: ['毛泽东和赫鲁晓夫会谈公报'], b: [], confidence: 1 },
  { row: 2, a: ['中国方面参加会谈的有：'], b: ['The Chinese side included:', 'Premier Zhou Enlai,'], confidence: 0.7 },
  { row: 3, a: ['<img src=x onerror=alert(1)>与“引号”&'], b: ['Tom\'s "quote"\tand\nnewline <script>'], confidence: 0.5 },
];

describe('TMX 1.4b', () => {
  const tmx = toTmx(rows, zh, en, { toolVersion: '0.1.0' });

  it('has the required header attributes', () => {
    expect(tmx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
    for (const attribute of ['creationtool="Duizhao"', 'creationtoolversion="0.1.0"', 'segtype="sentence"', 'o-tmf="Duizhao"', 'adminlang="en"', 'srclang="zh-CN"', 'datatype="plaintext"']) {
      expect(tmx).toContain(attribute);
    }
  });

  it('writes one <tu> per row with text on both sides, two <tuv> with one <seg> each, and the row number', () => {
    const units = tmx.match(/<tu>[\s\S]*?<\/tu>/g) ?? [];
    expect(units).toHaveLength(2);
    for (const unit of units) {
      expect(unit.match(/<tuv /g)).toHaveLength(2);
      expect(unit.match(/<seg>/g)).toHaveLength(2);
      expect(unit).toMatch(/<tuv xml:lang="zh-CN"><seg>[^<]*<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>[^<]*<\/seg><\/tuv>/);
    }
    expect(units.map((u) => /<prop type="x-row">(\d+)<\/prop>/.exec(u)?.[1])).toEqual(['2', '3']);
    expect(units[0]).toContain('<seg>The Chinese side included: Premier Zhou Enlai,</seg>');
  });

  it('escapes markup, quotes and ampersands, and keeps no raw control characters', () => {
    expect(tmx).toContain('&lt;img src=x onerror=alert(1)&gt;与“引号”&amp;');
    expect(tmx).toContain('Tom&apos;s &quot;quote&quot; and newline &lt;script&gt;');
    expect(tmx).not.toMatch(/<(img|script)/);
    expect(xmlText('a\u0001b\u000bc\uffff')).toBe('abc');
  });
});

describe('TSV and JSON', () => {
  it('TSV: a header, one line per row, empty cells empty, tabs and newlines escaped', () => {
    const lines = pairTsv(rows, zh, en).trimEnd().split('\n');
    expect(lines[0]).toBe('row\tzh-rmrb\ten');
    expect(lines[1]).toBe('1\t毛泽东和赫鲁晓夫会谈公报\t');
    expect(lines[3]!.split('\t')).toEqual(['3', '<img src=x onerror=alert(1)>与“引号”&', 'Tom\'s "quote"\\tand\\nnewline <script>']);
    expect(lines).toHaveLength(4);
  });

  it('JSON: both sides named, rows with their sentences', () => {
    const data = JSON.parse(pairJson(rows, zh, en, 'doc'));
    expect(data.document).toBe('doc');
    expect(data.a).toEqual(zh);
    expect(data.rows[1]).toEqual({ row: 2, a: ['中国方面参加会谈的有：'], b: ['The Chinese side included:', 'Premier Zhou Enlai,'], confidence: 0.7 });
  });
});
