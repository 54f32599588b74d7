/**
 * Find in a document: every row; Chinese without regard to script, variant forms or spacing;
 * English without case or diacritics; each match mapped back to the characters it covers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInDocument, foldQuery, MAX_HITS } from '../../src/core/reader/find.ts';
import type { BuiltDocument, Witness } from '../../src/core/model.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const all = doc.witnesses.map((w) => w.id);
const textOf = (id: string) => doc.witnesses.find((w) => w.id === id)!.text;

/** A one-row document of one witness, its text one segment (or a segment per line). */
function tiny(text: string, lang: Witness['lang'] = 'zh'): BuiltDocument {
  const lines = text.split(/(?<=\n)/u);
  let at = 0;
  const segments = lines.map((line) => {
    const s = { start: at, end: at + line.length, kind: 'sentence' as const };
    at += line.length;
    return s;
  });
  const witness = { id: 'w', lang, label: 'w', script: lang === 'en' ? 'latn' : 'hant', text, segments, metadata: {} } as unknown as Witness;
  return { id: 't', title: { zh: 't' }, date: '', credits: '', witnesses: [witness], rows: segments.map((_, k) => ({ cells: [{ start: k, end: k + 1 }], confidence: 1 })) } as unknown as BuiltDocument;
}

describe('find in a document', () => {
  it('a simplified query finds the traditional witness too (泽东 → 澤東), in every row, in reading order', () => {
    const hits = findInDocument(doc, '毛泽东', all);
    const witnesses = new Set(hits.map((h) => h.witness));
    expect(witnesses).toEqual(new Set(['zh-rmrb', 'zh-treaty']));
    const treaty = hits.filter((x) => x.witness === 'zh-treaty').map((h) => textOf('zh-treaty').slice(h.start, h.end));
    expect(treaty).toContain('毛澤东'); // the treaty transcription mixes its scripts
    for (const found of treaty) expect(foldQuery(found, 'zh')).toBe('毛泽东');
    // reading order: rows never go back
    expect(hits.map((h) => h.row)).toEqual([...hits.map((h) => h.row)].sort((x, y) => x - y));
    // the last rows are found as well as the first (no window): 的 in every row that has it
    const rmrb = doc.witnesses.find((w) => w.id === 'zh-rmrb')!;
    const rowsWith = new Set(doc.rows.flatMap((r, k) => (rmrb.text.slice(rmrb.segments[r.cells[0]!.start]?.start ?? 0, rmrb.segments[r.cells[0]!.end - 1]?.end ?? 0).includes('的') ? [k] : [])));
    expect(new Set(findInDocument(doc, '的', ['zh-rmrb']).map((h) => h.row))).toEqual(rowsWith);
    expect(Math.max(...rowsWith)).toBeGreaterThan(30);
  });

  it('ignores spacing and line breaks inside Chinese, and finds variant forms by their standard form', () => {
    const d = tiny('一九五\n八年，其字曰著也。');
    const [year] = findInDocument(d, '一九五八', ['w']);
    expect(d.witnesses[0]!.text.slice(year!.start, year!.end)).toBe('一九五\n八');
    expect(findInDocument(d, '曰着', ['w'])).toHaveLength(1);
    expect(findInDocument(d, '曰著', ['w'])).toHaveLength(1);
  });

  it('English without case or diacritics, a run of spaces as one', () => {
    const d = tiny('Vyacheslav Mólotov  and ZHOU Enlai.', 'en');
    const [m] = findInDocument(d, 'molotov and zhou', ['w']);
    expect(d.witnesses[0]!.text.slice(m!.start, m!.end)).toBe('Mólotov  and ZHOU');
    expect(findInDocument(d, '  ', ['w'])).toEqual([]);
    expect(findInDocument(doc, 'KHRUSHCHEV', ['en'])).toHaveLength(textOf('en').match(/khrushchev/giu)!.length);
  });

  it('finds only in the witnesses shown, and lists at most MAX_HITS', () => {
    expect(findInDocument(doc, '毛泽东', ['zh-rmrb']).every((h) => h.witness === 'zh-rmrb')).toBe(true);
    expect(findInDocument(tiny('的'.repeat(MAX_HITS + 10)), '的', ['w'])).toHaveLength(MAX_HITS);
  });

  it('property: every match covers text that folds to the query, within the segment it names', () => {
    const treaty = textOf('zh-treaty');
    fc.assert(
      fc.property(fc.nat({ max: treaty.length - 8 }), fc.integer({ min: 1, max: 6 }), (start, length) => {
        const query = treaty.slice(start, start + length);
        if (foldQuery(query, 'zh') === '') return;
        const hits = findInDocument(doc, query, ['zh-treaty']);
        expect(hits.length).toBeGreaterThan(0);
        for (const h of hits) {
          expect(foldQuery(treaty.slice(h.start, h.end), 'zh')).toBe(foldQuery(query, 'zh'));
          const seg = doc.witnesses.find((w) => w.id === 'zh-treaty')!.segments[h.segment]!;
          expect(h.start).toBeGreaterThanOrEqual(seg.start);
          expect(h.start).toBeLessThan(seg.end);
        }
      }),
      { numRuns: 60 },
    );
  });
});
