/**
 * Rows the team checked by hand: the communiqué's file agrees with the gold alignments the tests
 * hold, the build marks those rows confirmed, and a stale or malformed file is named and refused.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markCheckedRows, parseCheckedRows, type CheckedRows } from '../../src/core/pipeline/checked-rows.ts';
import { isConfirmedRow } from '../../src/core/reader/reader-document.ts';
import { buildCorpusFromDisk, SOURCES } from './load-corpus.ts';

const FILE = 'checked-mao-khrushchev-1958.json';
const data = JSON.parse(readFileSync(join(SOURCES, FILE), 'utf8')) as CheckedRows;
const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const gold = (zh: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../fixtures/communique/align-${zh}-en.json`), 'utf8')) as [number[], number[]][];
const range = ([start, end]: readonly [number, number]) => Array.from({ length: end - start }, (_, k) => start + k);

describe('the rows checked by hand', () => {
  it("the communiqué's checked rows are the gold alignments, each Chinese text with the English", () => {
    const en = data.witnesses.indexOf('en');
    for (const zh of ['zh-rmrb', 'zh-treaty']) {
      const w = data.witnesses.indexOf(zh);
      const beads = new Set(gold(zh).map((bead) => JSON.stringify(bead)));
      // a row with nothing of this Chinese text and nothing of the English says nothing of their pair
      const pairs = data.rows.map((row) => [range(row[w]!), range(row[en]!)]).filter(([a, b]) => a!.length + b!.length > 0);
      expect(pairs.filter((pair) => !beads.has(JSON.stringify(pair))), zh).toEqual([]);
      expect(pairs.length, zh).toBe(beads.size);
    }
  });

  it('the build marks every checked row confirmed, so the reader shows no row of it as unsure', () => {
    expect(doc.rows.filter((row) => row.status === 'confirmed')).toHaveLength(data.rows.length);
    const reading = { kind: 'corpus', id: doc.id, doc } as const;
    expect(doc.rows.every((_, r) => isConfirmedRow(reading, r))).toBe(true);
    // documents no one checked say nothing
    const other = buildCorpusFromDisk().find((d) => d.id === 'prc-dprk-1958')!;
    expect(other.rows.some((row) => row.status !== undefined)).toBe(false);
  });

  it('marks only the rows it lists', () => {
    const some = { ...data, rows: data.rows.slice(0, 3) };
    const unchecked = { ...doc, rows: doc.rows.map((row) => ({ cells: row.cells, confidence: row.confidence })) };
    const rows = markCheckedRows(unchecked, parseCheckedRows(some, FILE, doc), FILE);
    expect(rows.map((row) => row.status === 'confirmed')).toEqual(doc.rows.map((_, r) => r < 3));
  });

  it('a checked row the table no longer has fails, naming the row and its cells', () => {
    const stale = { ...data, rows: [data.rows[0]!, [[1, 3], [1, 2], [1, 2]]] };
    expect(() => markCheckedRows(doc, parseCheckedRows(stale, FILE, doc), FILE)).toThrow(/checked-mao-khrushchev-1958\.json: checked row 2 \(zh-rmrb 2–3, zh-treaty 2, en 2, segments counted from 1\) is not in the aligned table/);
  });

  it('refuses a file for another document, with unknown or missing witnesses, or malformed cells', () => {
    expect(() => parseCheckedRows({ ...data, document: 'prc-dprk-1958' }, FILE, doc)).toThrow(/lists rows of "prc-dprk-1958"/);
    expect(() => parseCheckedRows({ ...data, witnesses: ['zh-rmrb', 'zh-ocr', 'en'] }, FILE, doc)).toThrow(/witness "zh-ocr"/);
    expect(() => parseCheckedRows({ ...data, witnesses: ['zh-rmrb', 'en'] }, FILE, doc)).toThrow(/must list each/);
    expect(() => parseCheckedRows({ ...data, rows: [[[2, 1], [0, 1], [0, 1]]] }, FILE, doc)).toThrow(/at rows\.0\.0/);
    expect(() => parseCheckedRows({ ...data, rows: [[[0, 1], [0, 1]]] }, FILE, doc)).toThrow(/row 1 has 2 cells for 3 witnesses/);
    expect(() => parseCheckedRows({ format: 'other' }, FILE, doc)).toThrow(/not a checked-rows file/);
  });
});
