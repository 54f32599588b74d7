/**
 * Search across the library: a concordance of every match, its sentence cut around it, the row's
 * counterparts beside it (the translation first), grouped by document with counts.
 */
import { describe, expect, it } from 'vitest';
import { findInDocument } from '../../src/core/reader/find.ts';
import { concordance, librarySearchFile, readLibrarySearchFile, searchable } from '../../src/core/reader/library-search.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();
const file = librarySearchFile(corpus);

describe('a concordance of the library', () => {
  it('a Chinese term: each match in its sentence, the English of its row beside it', () => {
    const groups = concordance(file.documents, '赫鲁晓夫');
    const communique = groups.find((g) => g.id === 'mao-khrushchev-1958')!;
    expect(communique.count).toBe(communique.lines.length);
    const first = communique.lines[0]!;
    expect(first.sentence.match).toBe('赫鲁晓夫');
    expect(`${first.sentence.before}${first.sentence.match}${first.sentence.after}`).toContain('毛泽东和赫鲁晓夫会谈公报');
    // a Chinese match: the translation comes first among its counterparts
    expect(first.counterparts[0]).toMatchObject({ witness: 'en', lang: 'en' });
    expect(first.counterparts[0]!.text).toContain('Khrushchev');
    // the traditional transcription is found by the simplified query too
    expect(communique.lines.some((l) => l.witness === 'zh-treaty')).toBe(true);
  });

  it('an English word: the Chinese of its row beside it; the documents without it are left out', () => {
    const groups = concordance(file.documents, 'PEACE');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.count).toBeGreaterThan(0);
      for (const line of g.lines) {
        expect(line.sentence.match.toLowerCase()).toBe('peace');
        expect(line.lang).toBe('en');
        // an English match: the Chinese texts of its row come first
        expect(line.counterparts[0]!.lang).toBe('zh');
      }
    }
    expect(concordance(file.documents, 'no such word anywhere')).toEqual([]);
  });

  it('counts every match, and lists at most the lines asked for', () => {
    const [all] = concordance(file.documents, '的');
    const [cut] = concordance(file.documents, '的', 3);
    expect(cut!.count).toBe(all!.count);
    expect(cut!.lines).toHaveLength(3);
    expect(all!.count).toBeGreaterThan(3);
  });

  it('a project is searched as the corpus is, and named as a project', () => {
    const doc = corpus.find((d) => d.id === 'mao-khrushchev-1958')!;
    const rows = doc.rows.map((row) => ({ ...row, status: 'auto' as const }));
    const [group] = concordance([searchable({ kind: 'project', id: 'mine', doc: { ...doc, id: 'project:mine', rows } })], 'Khrushchev');
    expect(group).toMatchObject({ id: 'mine', source: 'project' });
  });

  it('the search file read back answers as its documents do, each count the number find gives', () => {
    const read = readLibrarySearchFile(JSON.parse(JSON.stringify(file)), 'library-search.json');
    for (const q of ['赫鲁晓夫', '的', 'PEACE', 'Mólotov', '一九五八', '无此词语']) {
      const groups = concordance(read, q);
      expect(groups).toEqual(concordance(file.documents, q));
      for (const g of groups) {
        const doc = file.documents.find((d) => d.id === g.id)!;
        expect(g.count).toBe(findInDocument(doc, q, doc.witnesses.map((w) => w.id)).length);
      }
    }
  });

  it('a damaged search file is refused, the file named', () => {
    expect(() => readLibrarySearchFile({ documents: 'oops' }, 'library-search.json')).toThrow(/^library-search\.json: it does not hold a list of documents/u);
    // a file from before the index
    expect(() => readLibrarySearchFile({ documents: file.documents }, 'library-search.json')).toThrow(/^library-search\.json: the search index is missing/u);
    const [first, ...rest] = file.documents;
    const broken = { ...first!, witnesses: first!.witnesses.map((w, k) => (k === 0 ? { ...w, segments: [{ ...w.segments[0]!, end: w.text.length + 1 }] } : w)) };
    expect(() => readLibrarySearchFile({ ...file, documents: [broken, ...rest] }, 'library-search.json')).toThrow(/^library-search\.json: document 1 has a sentence outside its text/u);
  });
});
