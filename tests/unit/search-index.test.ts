/**
 * The search index answers as find does: for any documents and any query, the hits of
 * findInDocument, in its order, cut where it cuts; and its serialised form reads back to the same
 * answers, while a damaged one is refused with the file named.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BuiltDocument, Witness } from '../../src/core/model.ts';
import { findInDocument, MAX_HITS, type FindableDocument } from '../../src/core/reader/find.ts';
import { buildSearchIndex, loadSearchIndex, SearchIndexError } from '../../src/core/reader/search-index.ts';
import { corpusText } from './arbitraries.ts';

/** Pieces where folding does something: scripts and variants, astral characters, space in Chinese, case and diacritics. */
const ZH = ['毛泽东', '毛澤東', '赫魯晓夫', '赫鲁晓夫', '会談', '會谈', '着', '著', '国', '國', '囯', '𠀀', '𠮷', '𪚥', '的', ' ', '  ', '\u3000', '一九五 八', '。', '，', '\n'];
const EN = ['Mólotov', 'MOLOTOV', 'molotov', 'Zhou', 'ZHOU', 'e\u0301', 'é', 'É', 'ﬁne', 'fine', 'Ｆｕｌｌ', ' ', '   ', '\t', '\n', 'peace', 'Peace.', 'N.S. Khrushchev', '¨', 'ß', 'İ', '毛'];

const textOf = (pieces: readonly string[]) =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: corpusText }), { maxLength: 30 }).map((parts) => parts.join(''));

/** Cut points of a text at code point boundaries, as segments covering it in order. */
function segmentsOf(text: string, cuts: readonly number[]): Witness['segments'] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].filter((c) => c > 0 && c < text.length && !/[\udc00-\udfff]/u.test(text[c]!)).sort((a, b) => a - b);
  const bounds = [0, ...points, text.length];
  return bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end, kind: 'sentence' })) as unknown as Witness['segments'];
}

const witness = (id: string, lang: Witness['lang']) =>
  fc.record({ text: textOf(lang === 'zh' ? ZH : EN), cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), empty: fc.boolean() }).map(({ text, cuts, empty }) => ({
    id,
    lang,
    text,
    // now and then a witness without sentences, which find passes over
    segments: empty && text === '' ? [] : segmentsOf(text, cuts),
  }));

/** A document of two to four witnesses, its rows each taking the next few sentences of every witness (or none). */
const documentArb: fc.Arbitrary<FindableDocument> = fc
  .tuple(fc.constantFrom<readonly Witness['lang'][]>(['zh', 'en'], ['zh', 'zh', 'en'], ['en', 'zh'], ['zh', 'en', 'en', 'zh']), fc.integer({ min: 0, max: 1000 }))
  .chain(([langs, seed]) => fc.tuple(...langs.map((lang, k) => witness(`w${k}`, lang))).map((witnesses) => ({ witnesses, seed })))
  .map(({ witnesses, seed }) => {
    const rows: { cells: { start: number; end: number }[]; confidence: number }[] = [];
    const at = witnesses.map(() => 0);
    let r = seed;
    while (witnesses.some((w, k) => at[k]! < w.segments.length)) {
      rows.push({
        cells: witnesses.map((w, k) => {
          const take = Math.min(w.segments.length - at[k]!, (r = (r * 7 + 3) % 11) % 3);
          const cell = { start: at[k]!, end: at[k]! + take };
          at[k] = cell.end;
          return cell;
        }),
        confidence: 1,
      });
    }
    return { witnesses, rows: rows as unknown as BuiltDocument['rows'] };
  });

/** A query: a stretch of one of the texts (so that most queries find something), retouched, or a piece on its own. */
const queryFor = (docs: readonly FindableDocument[]) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('as is', 'upper', 'spaced', 'padded')).map(([w, start, length, how]) => {
      const texts = docs.flatMap((d) => d.witnesses.map((x) => x.text)).filter((t) => t !== '');
      if (texts.length === 0) return '的';
      const text = texts[w % texts.length]!;
      const s = start % text.length;
      const q = text.slice(s, s + 1 + length);
      if (how === 'upper') return q.toUpperCase();
      if (how === 'spaced') return [...q].join(' ');
      if (how === 'padded') return ` ${q}  `;
      return q;
    }),
    fc.constantFrom(...ZH, ...EN, '毛泽东', 'molotov', 'MÓLOTOV', 'fi', 'i', 'e', '𠀀', '\udc00', '', '  '),
  );

/** One sentence of `end` units. */
const one = (end: number) => [{ start: 0, end, kind: 'sentence' }] as unknown as Witness['segments'];

const shownOf = (doc: FindableDocument) => doc.witnesses.map((w) => w.id);

describe('the search index answers as find does', () => {
  it('the same hits as findInDocument, for any documents and query', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { minLength: 1, maxLength: 3 }).chain((docs) => fc.tuple(fc.constant(docs), fc.array(queryFor(docs), { minLength: 1, maxLength: 4 }))),
        ([docs, queries]) => {
          const index = buildSearchIndex(docs);
          const loaded = loadSearchIndex(docs, JSON.parse(JSON.stringify(index.serialise())), 'test.json');
          for (const query of queries) {
            docs.forEach((doc, d) => {
              const expected = findInDocument(doc, query, shownOf(doc));
              expect(index.find(d, query)).toEqual(expected);
              expect(loaded.find(d, query)).toEqual(expected);
              // the witnesses shown, in another order, or only some
              const some = shownOf(doc).reverse().slice(0, 2);
              expect(index.find(d, query, some)).toEqual(findInDocument(doc, query, some));
            });
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('stops where find stops: MAX_HITS per document, the first witness first', () => {
    const zh = '的'.repeat(MAX_HITS - 10);
    const en = 'a '.repeat(30);
    const doc: FindableDocument = {
      witnesses: [
        { id: 'zh', lang: 'zh', text: zh, segments: one(zh.length) },
        { id: 'zh2', lang: 'zh', text: zh, segments: one(zh.length) },
        { id: 'en', lang: 'en', text: en, segments: one(en.length) },
      ],
      rows: [{ cells: [{ start: 0, end: 1 }, { start: 0, end: 1 }, { start: 0, end: 1 }], confidence: 1 }] as unknown as BuiltDocument['rows'],
    };
    const index = buildSearchIndex([doc]);
    const hits = index.find(0, '的');
    expect(hits).toHaveLength(MAX_HITS);
    expect(hits).toEqual(findInDocument(doc, '的', shownOf(doc)));
    expect(index.find(0, 'A')).toEqual(findInDocument(doc, 'A', shownOf(doc)));
  });
});

describe('the serialised index', () => {
  const doc: FindableDocument = {
    witnesses: [
      { id: 'zh', lang: 'zh', text: '毛澤東 和 𠀀赫魯晓夫', segments: one(12) },
      { id: 'en', lang: 'en', text: 'Mao  and Mólotov', segments: one(16) },
    ],
    rows: [{ cells: [{ start: 0, end: 1 }, { start: 0, end: 1 }], confidence: 1 }] as unknown as BuiltDocument['rows'],
  };
  const serialised = buildSearchIndex([doc]).serialise();

  it('round-trips through JSON, and keeps only the offsets that are not the identity step', () => {
    const json = JSON.parse(JSON.stringify(serialised)) as typeof serialised;
    const loaded = loadSearchIndex([doc], json, 'library-search.json');
    expect(loaded.serialise()).toEqual(serialised);
    for (const q of ['泽东', '赫鲁', '𠀀', 'molotov', 'mao and']) expect(loaded.find(0, q)).toEqual(findInDocument(doc, q, ['zh', 'en']));
    // the Chinese: after each dropped space a jump, the astral character's two units each an exception (its first also the jump)
    expect(json.slots[0]![1].length / 3).toBe(3);
  });

  const damaged: [string, unknown][] = [
    ['not an object', 'oops'],
    ['another format', { ...serialised, format: 'something-else' }],
    ['another version', { ...serialised, version: 2 }],
    ['a text missing', { ...serialised, slots: serialised.slots.slice(1) }],
    ['a slot not a pair', { ...serialised, slots: [serialised.slots[0], 'x'] }],
    ['offsets not in threes', { ...serialised, slots: [[serialised.slots[0]![0], [1, 2]], serialised.slots[1]] }],
    ['offsets past the end', { ...serialised, slots: [[`${serialised.slots[0]![0]}多出来的字`, serialised.slots[0]![1]], serialised.slots[1]] }],
    ['offsets going back', { ...serialised, slots: [[serialised.slots[0]![0], [3, -3, 1]], serialised.slots[1]] }],
    ['a fractional offset', { ...serialised, slots: [[serialised.slots[0]![0], [1.5, 0, 1]], serialised.slots[1]] }],
  ];
  it.each(damaged)('a damaged index (%s) is refused, the file named', (_, data) => {
    expect(() => loadSearchIndex([doc], data, 'library-search.json')).toThrow(SearchIndexError);
    expect(() => loadSearchIndex([doc], data, 'library-search.json')).toThrow(/^library-search\.json: .*rebuild/u);
  });
});
