/**
 * The pure parts of the classroom tools: the glossary the build writes (on the communiqué), word
 * spans, the word-cut pieces a sentence is drawn from (they rebuild it exactly, marks whole),
 * tone marks, notes records and the view a link carries.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseWordSpans, englishWordSpans, stemsOfWord, wordsOfStem } from '../../src/core/glossary/glossary.ts';
import { buildGlossary, indexEntries } from '../../src/core/glossary/build-glossary.ts';
import { piecesWithWords, wordRanges } from '../../src/core/reader/text-runs.ts';
import { markPieces } from '../../src/core/reader/segment-marks.ts';
import { numberedToMarks } from '../../src/core/text/pinyin-marks.ts';
import { parseViewState, viewStateQuery } from '../../src/core/reader/view-state.ts';
import { parseNotes } from '../../src/app/classroom/notes-store.ts';
import { rowsWithNotesTsv } from '../../src/core/export/notes-export.ts';
import { loadCedictEntriesCached, loadCedictLexicon } from '../../src/cli/cedict.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';
import { corpusText } from './arbitraries.ts';

const communique = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const lexicon = loadCedictLexicon();
const glossary = buildGlossary(communique, lexicon, indexEntries(loadCedictEntriesCached()))!;

describe('the glossary of a document', () => {
  it('holds the words of its Chinese texts with their entries, and the English their glosses give', () => {
    expect(glossary.entries['会谈']![0]).toMatchObject({ simplified: '会谈', traditional: '會談', pinyin: 'hui4 tan2' });
    expect(glossary.entries['会谈']![0]!.glosses).toContain('talks');
    expect(stemsOfWord(glossary, '会谈').dictionary).toContain('talk');
    // names: their English spelling from the gloss, though the aligner's lexicon drops long glosses
    expect(glossary.stems['赫鲁晓夫']).toEqual(['nikita', 'khrushchev']);
    expect(glossary.stems['周恩来']).toEqual(['zhou', 'enlai']);
    // the treaty text's mixed-script form finds its entry by its simplified reading, under its own spelling
    expect(glossary.entries['赫魯晓夫']![0]).toMatchObject({ simplified: '赫鲁晓夫', traditional: '赫魯曉夫' });
    expect(glossary.stems['赫魯晓夫']).toEqual(['nikita', 'khrushchev']);
    // every word of the People's Daily text is a key (or a character CC-CEDICT lacks)
    const zh = communique.witnesses[0]!;
    const spans = chineseWordSpans(zh.text, glossary);
    const known = spans.filter((s) => glossary.entries[s.word]).length;
    expect(known / spans.length).toBeGreaterThan(0.97);
  });

  it('finds the Chinese words an English word points to, among those of a row', () => {
    expect(wordsOfStem(glossary, 'khrushchev', ['毛泽东', '赫鲁晓夫', '会谈'])).toEqual(['赫鲁晓夫']);
    expect(wordsOfStem(glossary, 'talk', ['赫鲁晓夫', '会谈'])).toEqual(['会谈']);
    expect(wordsOfStem(glossary, 'zzz', ['会谈'])).toEqual([]);
  });

  it('cuts Chinese by the glossary and English by letters, with offsets into the text', () => {
    const text = '毛泽东和赫鲁晓夫会谈。';
    expect(chineseWordSpans(text, glossary).map((s) => text.slice(s.start, s.end))).toEqual(['毛泽东', '和', '赫鲁晓夫', '会谈']);
    const en = "Mao Zedong's talks, in 1958.";
    expect(englishWordSpans(en).map((s) => [en.slice(s.start, s.end), s.stem])).toEqual([['Mao', 'mao'], ["Zedong's", 'zedong'], ['talks', 'talk'], ['in', null], ['1958', null]]);
  });
});

describe('a sentence cut into marked pieces and words', () => {
  it('property: the parts rebuild the text exactly, each within one piece, marks whole', () => {
    fc.assert(
      fc.property(corpusText, fc.array(fc.tuple(fc.nat(60), fc.nat(6)), { maxLength: 5 }), (text, cuts) => {
        // non-overlapping marks at the places given
        let at = 0;
        const marks = cuts.flatMap(([gap, length], variant) => {
          const start = Math.min(text.length, at + gap);
          const end = Math.min(text.length, start + length);
          at = end;
          return [{ start, end, variant, category: 'script' }];
        });
        const pieces = markPieces(text, 0, text.length, marks);
        const groups = piecesWithWords(pieces, 0, [...wordRanges(text, 0, text.length, 'zh', glossary), ...wordRanges(text, 0, text.length, 'en', null)].sort((a, b) => a.start - b.start).filter((w, i, all) => i === 0 || w.start >= all[i - 1]!.end));
        expect(groups.map((g) => g.parts.map((p) => p.text).join('')).join('')).toBe(text);
        groups.forEach((g, k) => {
          expect(g.parts.map((p) => p.text).join('')).toBe(pieces[k]!.text);
          expect(g.mark).toBe(pieces[k]!.mark);
        });
        for (const g of groups) for (const p of g.parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
      }),
      { numRuns: 300 },
    );
  });

  it('a word cut by a mark keeps its whole word on each part', () => {
    const text = '毛澤东会谈';
    const pieces = markPieces(text, 0, text.length, [{ start: 1, end: 2, variant: 0, category: 'script' }]);
    const groups = piecesWithWords(pieces, 0, [{ start: 0, end: 3, zh: '毛澤东' }, { start: 3, end: 5, zh: '会谈' }]);
    expect(groups.map((g) => [g.mark?.category ?? null, g.parts.map((p) => `${p.text}:${p.zh}`)])).toEqual([
      [null, ['毛:毛澤东']],
      ['script', ['澤:毛澤东']],
      [null, ['东:毛澤东', '会谈:会谈']],
    ]);
  });
});

describe('pinyin tone marks from CC-CEDICT numbers', () => {
  it('puts the mark on a or e, on the o of ou, else on the last vowel; ü from u:', () => {
    expect(numberedToMarks('Mao2 Ze2 dong1')).toBe('Máo Zé dōng');
    expect(numberedToMarks('hui4 tan2')).toBe('huì tán');
    expect(numberedToMarks('gou3 lu:4 nu:3 lu:e4')).toBe('gǒu lǜ nǚ lüè');
    expect(numberedToMarks('xiao3 fu5 Ou1')).toBe('xiǎo fu Ōu');
    expect(numberedToMarks('gui4 liu2')).toBe('guì liú');
  });
});

describe('notes and links', () => {
  it('exports the rows shown with their notes as TSV', () => {
    const tsv = rowsWithNotesTsv(communique, ['en', 'zh-rmrb'], new Map([[2, 'note\twith a tab']]), { from: 1, to: 2 }).split('\n');
    expect(tsv[0]).toBe('row\ten\tzh-rmrb\tnote');
    expect(tsv[1]).toMatch(/^2\tFrom July 31 .*\t从1958年7月31日到8月3日.*\t$/);
    expect(tsv[2]).toMatch(/^3\tThe Chinese side .*\t中国方面参加会谈的有.*\tnote\\twith a tab$/);
    expect(tsv).toHaveLength(4);
  });

  it('reads a notes record, refusing one that is not', () => {
    expect(parseNotes({ '0': 'first', '11': 'row 12' })).toEqual(new Map([[0, 'first'], [11, 'row 12']]));
    expect(parseNotes(undefined)).toEqual(new Map());
    expect(parseNotes({ x: 'no' })).toBeNull();
    expect(parseNotes({ '1': 5 })).toBeNull();
    expect(parseNotes(['a'])).toBeNull();
  });

  it('a link carries a range of rows, hidden texts, pinyin and the handout', () => {
    const view = { doc: 'mao-khrushchev-1958', range: { from: 12, to: 15 }, hidden: ['en'], pinyin: true, handout: true };
    const query = viewStateQuery(view);
    expect(query).toBe('?doc=mao-khrushchev-1958&rows=12-15&hidden=en&pinyin=on&handout');
    expect(parseViewState(query)).toEqual(view);
    expect(parseViewState('?rows=9-3')).toEqual({});
  });

  it("a link carries the handout's options, and reads back exactly what it wrote", () => {
    const view = {
      doc: 'mao-khrushchev-1958',
      hidden: ['en'],
      handout: true,
      handoutOptions: { texts: ['zh-rmrb', 'en'], hide: ['en'], key: true, pinyin: false, notes: false, rows: { from: 3, to: 9 } },
    };
    const query = viewStateQuery(view);
    expect(query).toBe('?doc=mao-khrushchev-1958&hidden=en&handout&htexts=zh-rmrb,en&hhide=en&key=on&hpinyin=off&hnotes=off&hrows=3-9');
    expect(parseViewState(query)).toEqual(view);
    // none hidden is said, and read back, as none (not as "what the view hides")
    const none = { doc: 'x', handout: true, handoutOptions: { hide: [] } };
    expect(viewStateQuery(none)).toBe('?doc=x&handout&hhide=none');
    expect(parseViewState(viewStateQuery(none))).toEqual(none);
    // every option on its own survives the round trip
    for (const handoutOptions of [{ texts: ['en'] }, { key: true }, { pinyin: true }, { pinyin: false }, { notes: false }, { rows: { from: 1, to: 1 } }]) {
      expect(parseViewState(viewStateQuery({ doc: 'x', handout: true, handoutOptions }))).toEqual({ doc: 'x', handout: true, handoutOptions });
    }
  });

  it("ignores handout options it cannot read, keeping the rest of the view", () => {
    expect(parseViewState('?doc=x&handout&hrows=9-3&key=yes&hpinyin=maybe&hnotes=on&htexts=,,&hhide=')).toEqual({ doc: 'x', handout: true });
    for (const rows of ['0-4', '-1-3', 'a-b', '3', '3-', '99999999-99999999', '1e3-2e3']) expect(parseViewState(`?doc=x&hrows=${rows}`)).toEqual({ doc: 'x' });
    expect(parseViewState('?doc=x&hrows=2-2&key=on').handoutOptions).toEqual({ rows: { from: 2, to: 2 }, key: true });
  });
});
