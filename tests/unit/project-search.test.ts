/**
 * The project worker's search, without a worker: each project indexed once per revision, a
 * project's texts asked for when the worker lacks them, its answers those of a concordance of the
 * same documents.
 */
import { describe, expect, it } from 'vitest';
import { concordance } from '../../src/core/reader/library-search.ts';
import { createProjectSearcher } from '../../src/core/reader/project-search.ts';
import { revisionOf, searchable, type SearchableDocument } from '../../src/core/reader/searchable.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();
const project = (id: string, docId: string): SearchableDocument => {
  const doc = corpus.find((d) => d.id === docId)!;
  return searchable({ kind: 'project', id, doc: { ...doc, id: `project:${id}`, rows: doc.rows.map((row) => ({ ...row, status: 'auto' as const })) } });
};
const sent = (doc: SearchableDocument) => ({ revision: revisionOf(doc), document: doc });
const key = (doc: SearchableDocument) => ({ id: doc.id, revision: revisionOf(doc) });

describe('search across the saved projects, as the worker does it', () => {
  const a = project('a', 'mao-khrushchev-1958');
  const b = project('b', 'prc-dprk-1958');

  it('answers as a concordance of the projects, in their order', () => {
    const searcher = createProjectSearcher();
    const result = searcher.search({ query: '赫鲁晓夫', projects: [key(b), key(a)], documents: [sent(a), sent(b)] });
    expect(result).toEqual({ groups: concordance([b, a], '赫鲁晓夫') });
    expect('groups' in result && result.groups.map((g) => g.source)).toEqual(expect.arrayContaining(['project']));
  });

  it('indexes a project once per revision: another query, or the same one, folds nothing again', () => {
    const searcher = createProjectSearcher();
    searcher.search({ query: 'peace', projects: [key(a), key(b)], documents: [sent(a), sent(b)] });
    expect(searcher.built).toBe(2);
    // the page sends no texts for projects it has sent at this revision
    const again = searcher.search({ query: '和平', projects: [key(a), key(b)], documents: [] });
    expect(again).toEqual({ groups: concordance([a, b], '和平') });
    // texts sent again at the same revision are not indexed again either
    searcher.search({ query: '和平', projects: [key(a), key(b)], documents: [sent(a)] });
    expect(searcher.built).toBe(2);
  });

  it('an edited project is indexed again; one it does not have is asked for', () => {
    const searcher = createProjectSearcher();
    searcher.search({ query: 'x', projects: [key(a)], documents: [sent(a)] });
    const edited: SearchableDocument = { ...a, witnesses: a.witnesses.map((w) => (w.lang === 'en' ? { ...w, text: w.text.replace('Khrushchev', 'Chruschtschow') } : w)) };
    expect(revisionOf(edited)).not.toBe(revisionOf(a));
    // a revision it has not seen, and a project never sent: the worker asks for both
    expect(searcher.search({ query: 'Chruschtschow', projects: [key(edited), key(b)], documents: [] })).toEqual({ missing: ['a', 'b'] });
    const result = searcher.search({ query: 'Chruschtschow', projects: [key(edited), key(b)], documents: [sent(edited), sent(b)] });
    expect(searcher.built).toBe(3);
    expect('groups' in result && result.groups.map((g) => [g.id, g.count])).toEqual([['a', 1]]);
  });

  it('forgets a project no longer listed (deleted), and asks for it if it comes back', () => {
    const searcher = createProjectSearcher();
    searcher.search({ query: 'x', projects: [key(a), key(b)], documents: [sent(a), sent(b)] });
    expect(searcher.search({ query: 'x', projects: [key(b)], documents: [] })).toEqual({ groups: [] });
    expect(searcher.search({ query: 'x', projects: [key(a), key(b)], documents: [] })).toEqual({ missing: ['a'] });
  });
});
