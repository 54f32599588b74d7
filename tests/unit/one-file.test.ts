/**
 * The one-file reader's HTML as composed by the core: the data comes back exactly as it went in,
 * no text (a hostile one closing the script, a title with markup) can end the script or style
 * early or reach the page as markup, the file says what it is and where it came from, it may fetch
 * nothing, and the pinyin it carries reads back as the app's own.
 */
import { pinyin } from 'pinyin-pro';
import { readingsInContext } from '../../src/core/text/pinyin-readings.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltDocument } from '../../src/core/model.ts';
import { segmentText } from '../../src/core/model.ts';
import { composeOneFileHtml, jsonForScript, ONE_FILE_DATA_ID, oneFileDataOf, provenanceLine, readOneFileData, type OneFileSource } from '../../src/core/publish/one-file.ts';
import { decodeReadings, encodeReadings, pinyinOfTable, pinyinTableOf } from '../../src/core/publish/pinyin-table.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';
import { buildGlossary, indexEntries } from '../../src/core/glossary/build-glossary.ts';
import { loadCedictEntriesCached, loadCedictLexicon } from '../../src/cli/cedict.ts';
import { compactGlossary, expandGlossary } from '../../src/core/publish/compact-glossary.ts';

const HOSTILE = '</script><script>window.pwned = 1</script><!-- <img src=x onerror=alert(1)>';

/** pinyin-pro's readings as the app's reader makes them (src/app/classroom/pinyin-pro.ts). */
function readingsOf(text: string): Map<number, string> {
  return readingsInContext(pinyin, text);
}

/** The data script's text, as a browser's parser ends it: at the first `</script`. */
function dataScriptText(html: string): string {
  const open = `<script type="application/json" id="${ONE_FILE_DATA_ID}">`;
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

let communique: BuiltDocument;
beforeAll(() => {
  communique = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
});

/** The communiqué with a hostile sentence in its English, and everything a file carries. */
function hostileSource(): OneFileSource {
  // at the end of the English, its last sentence running on to the end: the segments still tile the text
  const witnesses = communique.witnesses.map((w) => (w.lang !== 'en' ? w : { ...w, text: w.text + HOSTILE, segments: w.segments.map((s, k) => (k === w.segments.length - 1 ? { ...s, end: s.end + HOSTILE.length } : s)) }));
  return {
    kind: 'corpus',
    id: communique.id,
    doc: { ...communique, title: { ...communique.title, zh: `${communique.title.zh} <b>&</b>` }, witnesses },
    threshold: 0.5,
    notes: new Map([[4, `a note ${HOSTILE}`]]),
    glossary: null,
    pinyin: pinyinTableOf(communique, readingsOf),
    view: { doc: 'elsewhere', newTexts: true, hidden: ['en'], pinyin: true, layout: 'interlinear', base: 'zh-treaty', handout: true },
    version: '9.8.7',
    madeAt: new Date('2026-03-04T05:06:07Z'),
  };
}

describe('composeOneFileHtml', () => {
  it('carries the document, notes and view through the script tag unchanged, whatever the text says', () => {
    const source = hostileSource();
    expect(source.doc.witnesses.find((w) => w.lang === 'en')!.text).toContain('</script>');
    const data = oneFileDataOf(source);
    const html = composeOneFileHtml({ script: 'console.log(1)', style: 'body{}', data });
    // a parser ends the data script only where the data ends: every `<` in it is escaped
    const text = dataScriptText(html);
    expect(text).not.toContain('<');
    const back = readOneFileData(text);
    // the document as it was, but for the way back to the source, which the reader never reads
    expect(back.doc).toEqual({ ...source.doc, witnesses: source.doc.witnesses.map((w) => ({ ...w, kept: [], removals: [] })) });
    expect(back.doc.witnesses.map((w) => w.text)).toEqual(source.doc.witnesses.map((w) => w.text));
    expect(back.notes).toEqual({ '4': `a note ${HOSTILE}` });
    expect(back.pinyin).toEqual(source.pinyin);
    // the view, without what names a page of the app or another comparison
    expect(back.view).toEqual({ hidden: ['en'], pinyin: true, layout: 'interlinear' });
    // two scripts in all, the data and the reader's: nothing else opens one
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  it('keeps the script and the style from closing their elements early', () => {
    const data = oneFileDataOf(hostileSource());
    const html = composeOneFileHtml({ script: 'const s = "</script><b>"; // <!-- x', style: 'a::after { content: "</style><b>" }', data });
    expect(html).toContain('const s = "<\\/script><b>"; // <\\!-- x');
    expect(html).toContain('content: "<\\/style><b>"');
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  it('says what it is and where it came from, in the page as text, and lets the page fetch nothing', () => {
    const data = oneFileDataOf(hostileSource());
    const html = composeOneFileHtml({ script: '', style: '', data });
    expect(provenanceLine(data.provenance)).toBe(`One-file reader made with Duizhao 9.8.7 from 毛泽东和赫鲁晓夫会谈公报 <b>&</b> on 2026-03-04`);
    expect(html).toContain('One-file reader made with Duizhao 9.8.7 from 毛泽东和赫鲁晓夫会谈公报 &lt;b&gt;&amp;&lt;/b&gt; on 2026-03-04');
    expect(html).toMatch(/<title>毛泽东和赫鲁晓夫会谈公报 &lt;b&gt;&amp;&lt;\/b&gt; · Duizhao<\/title>/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*">/);
    expect(html).toContain('<link rel="icon" href="data:,">');
  });
});

describe('the glossary a one-file reader carries', () => {
  it('comes back exactly, in less space', () => {
    const glossary = buildGlossary(communique, loadCedictLexicon(), indexEntries(loadCedictEntriesCached()))!;
    expect(Object.keys(glossary.entries).length).toBeGreaterThan(400);
    const html = composeOneFileHtml({ script: '', style: '', data: oneFileDataOf({ ...hostileSource(), glossary }) });
    expect(readOneFileData(dataScriptText(html)).glossary).toEqual(glossary);
    expect(JSON.stringify(compactGlossary(glossary)).length).toBeLessThan(0.85 * JSON.stringify(glossary).length);
    expect(expandGlossary({ ...compactGlossary(glossary), entries: { 好: [[0, 0, 3, []]] } })).toBeNull();
  });
});

describe('readOneFileData', () => {
  it('names what is wrong with data that is not a one-file reader’s', () => {
    expect(() => readOneFileData('{"format":')).toThrow(/not JSON/);
    expect(() => readOneFileData('{"format":"something-else"}')).toThrow(/no Duizhao one-file reader data/);
    expect(() => readOneFileData(jsonForScript({ ...oneFileDataOf(hostileSource()), version: 2 }))).toThrow(/version 2/);
    expect(() => readOneFileData(jsonForScript({ ...oneFileDataOf(hostileSource()), doc: { id: 'x' } }))).toThrow(/not a valid Duizhao build file/);
  });

  it('leaves out a view or notes it cannot read rather than failing', () => {
    const data = readOneFileData(jsonForScript({ ...oneFileDataOf(hostileSource()), view: { hidden: 'en', layout: 'sideways' }, notes: { x: 1, '3': 'kept' } }));
    expect(data.view).toEqual({});
    expect(data.notes).toEqual({ '3': 'kept' });
  });
});

describe('the pinyin a one-file reader carries', () => {
  it('reads back as the app reads each sentence, for every sentence of the communiqué', () => {
    const table = pinyinTableOf(communique, readingsOf);
    const pinyinOf = pinyinOfTable(communique, table);
    let sentences = 0;
    for (const w of communique.witnesses.filter((x) => x.lang === 'zh')) {
      for (const s of w.segments) {
        const text = segmentText(w.text, s);
        expect(pinyinOf(text)).toEqual(readingsOf(text));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(80);
    expect(table['en']).toBeUndefined();
  });

  it('keeps a reading on a character that is not Han, with its place', () => {
    const readings = new Map([[0, 'líng'], [2, 'yī']]);
    const encoded = encodeReadings('〇x一', readings);
    expect(encoded).toBe('líng yī');
    expect(decodeReadings('〇x一', encoded)).toEqual(readings);
    const odd = new Map([[1, 'ex']]);
    expect(decodeReadings('〇x一', encodeReadings('〇x一', odd))).toEqual(odd);
    // an astral Han character takes two code units: the next reading's offset follows it
    expect(decodeReadings('𠀀好', encodeReadings('𠀀好', new Map([[0, 'qiū'], [2, 'hǎo']])))).toEqual(new Map([[0, 'qiū'], [2, 'hǎo']]));
  });
});
