import { describe, expect, it } from 'vitest';
import { isConfirmedRow, rowNotes, sameDocument, type ReaderDocument } from '../../src/core/reader/reader-document.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const corpus: ReaderDocument = { kind: 'corpus', id: doc.id, doc };
const rows = doc.rows.map((row, r) => ({ ...row, status: r === 1 ? ('confirmed' as const) : ('auto' as const), ...(r === 2 ? { note: 'a teacher’s note' } : {}) }));
const project: ReaderDocument = { kind: 'project', id: 'p1', doc: { ...doc, id: 'project:p1', rows } };

describe('the document the reader shows', () => {
  it('takes a project’s notes from its rows and a corpus document’s from what this browser saved', () => {
    expect([...rowNotes(project, new Map([[0, 'ignored']]))]).toEqual([[2, 'a teacher’s note']]);
    expect([...rowNotes(corpus, new Map([[5, 'saved']]))]).toEqual([[5, 'saved']]);
    expect(rowNotes(corpus, undefined).size).toBe(0);
  });

  it('calls a row confirmed where a person confirmed it: in a project, or in a corpus document the team checked by hand', () => {
    expect(isConfirmedRow(project, 1)).toBe(true);
    expect(isConfirmedRow(project, 0)).toBe(false);
    expect(isConfirmedRow(project, 10_000)).toBe(false);
    expect(isConfirmedRow(corpus, 1)).toBe(true);
    const unchecked: ReaderDocument = { kind: 'corpus', id: doc.id, doc: { ...doc, rows: doc.rows.map((row) => ({ cells: row.cells, confidence: row.confidence })) } };
    expect(isConfirmedRow(unchecked, 1)).toBe(false);
  });

  it('tells a project from a corpus document of the same id', () => {
    expect(sameDocument({ kind: 'project', id: doc.id }, corpus)).toBe(false);
    expect(sameDocument({ kind: 'corpus', id: doc.id }, corpus)).toBe(true);
    expect(sameDocument({ kind: 'project', id: 'p1' }, project)).toBe(true);
  });
});
