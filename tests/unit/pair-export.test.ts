import { describe, expect, it } from 'vitest';
import { alignmentRows, pairJson, pairTsv, toTmx, xmlText, type PairRow } from '../../src/core/export/pair-export.ts';

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/**
 * A tiny XML reader, enough to check the TMX is well formed: tags nest and close, attribute values
 * are quoted, `&` only starts one of the five entities, no raw `<` or control characters in text.
 */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  const root: XmlElement = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  for (const token of body.match(/<[^<>]*>|[^<>]+|[<>]/g) ?? []) {
    const top = stack.at(-1)!;
    if (!token.startsWith('<')) {
      expect(token).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
      top.text += token;
      continue;
    }
    const close = /^<\/([\w:-]+)>$/.exec(token);
    if (close) {
      expect(close[1], `</${close[1]}> closes <${top.name}>`).toBe(top.name);
      stack.pop();
      continue;
    }
    const open = /^<([\w:-]+)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>$/.exec(token);
    expect(open, `malformed tag ${token}`).not.toBeNull();
    const attributes = Object.fromEntries([...open![2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const element: XmlElement = { name: open![1]!, attributes, children: [], text: '' };
    top.children.push(element);
    if (open![3] !== '/') stack.push(element);
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

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

  it('is well-formed XML: every <tu> has its props and two <tuv>, each with exactly one <seg>', () => {
    const tmx = parseXml(toTmx([...rows, { row: 4, a: ['控制\u0000字符\u0007'], b: ['bell\u0007 and \uD800 lone'], confidence: 0.25 }], zh, en, { toolVersion: '1 & <2>' }));
    expect(tmx.name).toBe('tmx');
    expect(tmx.attributes.version).toBe('1.4');
    const [header, body] = tmx.children;
    expect(header!.name).toBe('header');
    expect(header!.attributes.creationtoolversion).toBe('1 &amp; &lt;2&gt;');
    expect(body!.name).toBe('body');
    expect(body!.children.map((tu) => tu.name)).toEqual(['tu', 'tu', 'tu']);
    for (const tu of body!.children) {
      expect(tu.children.map((c) => c.name)).toEqual(['prop', 'prop', 'tuv', 'tuv']);
      expect(tu.children.slice(2).map((tuv) => tuv.attributes['xml:lang'])).toEqual(['zh-CN', 'en']);
      for (const tuv of tu.children.slice(2)) {
        expect(tuv.children.map((c) => c.name)).toEqual(['seg']);
        expect(tuv.children[0]!.text).not.toBe('');
      }
    }
    const [, , third] = body!.children;
    expect(third!.children.map((c) => [c.attributes.type, c.text]).slice(0, 2)).toEqual([['x-row', '4'], ['x-confidence', '0.250']]);
    expect(unescape(third!.children[2]!.children[0]!.text)).toBe('控制字符');
    expect(unescape(third!.children[3]!.children[0]!.text)).toBe('bell and  lone');
    expect(unescape(body!.children[1]!.children[2]!.children[0]!.text)).toBe('<img src=x onerror=alert(1)>与“引号”&');
  });

  it('takes srclang from side A unless given', () => {
    expect(toTmx(rows, en, zh, { toolVersion: '0' })).toContain('srclang="en"');
    expect(toTmx(rows, zh, en, { toolVersion: '0', srcLang: '*all*' })).toContain('srclang="*all*"');
    expect(toTmx([], zh, en, { toolVersion: '0' })).toContain('<body>\n  </body>');
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
    expect(pairTsv([{ row: 1, a: ['a\\b'], b: ['x\r\ny'], confidence: 1 }], zh, en)).toBe('row\tzh-rmrb\ten\n1\ta\\\\b\tx\\r\\ny\n');
  });

  it('numbers rows from 1, one per bead, with the sentences of each side', () => {
    const beads = [
      { aStart: 0, aEnd: 1, bStart: 0, bEnd: 0, confidence: 0.9 },
      { aStart: 1, aEnd: 3, bStart: 0, bEnd: 1, confidence: 0.8 },
      { aStart: 3, aEnd: 3, bStart: 1, bEnd: 2, confidence: 0.7 },
    ];
    expect(alignmentRows({ beads }, ['一', '二', '三'], ['One two.', 'Three.'])).toEqual([
      { row: 1, a: ['一'], b: [], confidence: 0.9 },
      { row: 2, a: ['二', '三'], b: ['One two.'], confidence: 0.8 },
      { row: 3, a: [], b: ['Three.'], confidence: 0.7 },
    ]);
    const lines = pairTsv(alignmentRows({ beads }, ['一', '二', '三'], ['One two.', 'Three.']), zh, en).split('\n');
    expect(lines.slice(1, 4)).toEqual(['1\t一\t', '2\t二三\tOne two.', '3\t\tThree.']);
  });

  it('JSON: both sides named, rows with their sentences', () => {
    const data = JSON.parse(pairJson(rows, zh, en, 'doc'));
    expect(data.document).toBe('doc');
    expect(data.a).toEqual(zh);
    expect(data.rows[1]).toEqual({ row: 2, a: ['中国方面参加会谈的有：'], b: ['The Chinese side included:', 'Premier Zhou Enlai,'], confidence: 0.7 });
  });
});
