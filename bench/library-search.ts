/**
 * Search across the library, index against scan: for the corpus (built from data/sources) and for
 * a large library (the corpus and five generated documents of 10,000 rows each), the time to build
 * the index, its serialised size (what the build writes; also, for comparison, what delta-encoded
 * postings would take), the time to read the file back as the page does, and the time of a query
 * answered from the index against find's scan, warm (folded texts already made) and cold (the
 * scan's first query folds every text). Prints figures; asserts nothing.
 *
 *   npx tsx bench/library-search.ts
 */
import { gzipSync } from 'node:zlib';
import type { BuiltDocument } from '../src/core/model.ts';
import { findInDocument } from '../src/core/reader/find.ts';
import { concordance, librarySearchFile, readLibrarySearchFile } from '../src/core/reader/library-search.ts';
import { buildSearchIndex, type SerialisedSearchIndex } from '../src/core/reader/search-index.ts';
import { searchable, type SearchableDocument } from '../src/core/reader/searchable.ts';
import { buildCorpusFromDisk } from '../tests/unit/load-corpus.ts';
import { generateDocument } from './reader/generate-document.ts';

const RUNS = 20;

/** The median of `runs` timings of `f`, in milliseconds. */
function time(f: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t < 10 ? t.toFixed(3) : t.toFixed(1)} ms`;

/** The bytes the postings would take as JSON arrays of gaps, one array per unit: what the folded text stands in for. */
function postingsBytes(index: SerialisedSearchIndex): number {
  const last = new Map<number, number>();
  let bytes = 0;
  let base = 0;
  for (const [text] of index.slots) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) continue;
      bytes += String(base + i - (last.get(c) ?? 0)).length + 1;
      last.set(c, base + i);
    }
    base += text.length;
  }
  return bytes + last.size * 12; // each unit's key and brackets
}

/** Every hit of `query` by find's scan, document by document, as concordance used to match. */
const scan = (documents: readonly SearchableDocument[], query: string) => documents.reduce((n, doc) => n + findInDocument(doc, query, doc.witnesses.map((w) => w.id)).length, 0);

function report(name: string, built: readonly BuiltDocument[], queries: readonly string[]): void {
  const documents = built.map((doc) => searchable({ kind: 'corpus', id: doc.id, doc }));
  const units = documents.reduce((n, d) => n + d.witnesses.reduce((m, w) => m + w.text.length, 0), 0);
  console.log(`\n${name}: ${documents.length} documents, ${documents.reduce((n, d) => n + d.witnesses.length, 0)} texts, ${(units / 1e6).toFixed(2)} M UTF-16 units, ${documents.reduce((n, d) => n + d.rows.length, 0)} rows`);

  // folding is cached per witness object (find's WeakMap): fresh copies keep each run cold
  const buildTime = time(() => buildSearchIndex(documents.map((d) => ({ ...d, witnesses: d.witnesses.map((w) => ({ ...w })) }))), 3);
  const file = librarySearchFile(built);
  const fileJson = JSON.stringify(file);
  const indexJson = JSON.stringify(file.index);
  const documentsJson = JSON.stringify(file.documents);
  console.log(`  index build (folding every text, then postings): ${ms(buildTime)}`);
  console.log(`  search file: ${kb(Buffer.byteLength(fileJson))} (${kb(gzipSync(fileJson).length)} gzipped); of it the index ${kb(Buffer.byteLength(indexJson))} (${kb(gzipSync(indexJson).length)} gzipped), the documents alone ${kb(Buffer.byteLength(documentsJson))}`);
  const offsets = file.index.slots.reduce((n, [, map]) => n + map.length / 3, 0);
  const folded = file.index.slots.reduce((n, [text]) => n + text.length, 0);
  console.log(`  offset map: ${offsets} exceptions for ${folded} folded units (${((100 * offsets) / Math.max(1, folded)).toFixed(2)}%); postings delta-encoded instead of the folded text would take ${kb(postingsBytes(file.index))}`);
  const loadTime = time(() => readLibrarySearchFile(JSON.parse(fileJson), 'library-search.json'), 5);
  const parseTime = time(() => JSON.parse(fileJson), 5);
  console.log(`  reading the file back (JSON.parse ${ms(parseTime)}, then checks and postings): ${ms(loadTime)}`);

  const index = readLibrarySearchFile(JSON.parse(fileJson), 'library-search.json');
  for (const query of queries) {
    const hits = scan(documents, query);
    const indexTime = time(() => index.documents.forEach((_, d) => index.find(d, query)));
    const coldDocs = () => documents.map((d) => ({ ...d, witnesses: d.witnesses.map((w) => ({ ...w })) }));
    const cold = coldDocs();
    const t0 = performance.now();
    scan(cold, query);
    const scanCold = performance.now() - t0;
    const scanWarm = time(() => scan(documents, query));
    const concordanceTime = time(() => concordance(index, query));
    console.log(`  “${query}” (${hits} hits): index ${ms(indexTime)}, scan ${ms(scanWarm)} warm, ${ms(scanCold)} cold; the whole concordance from the index ${ms(concordanceTime)}`);
  }
}

const corpus = buildCorpusFromDisk();
report('corpus', corpus, ['的', '赫鲁晓夫', '公报', 'peace', 'Molotov']);
const generated = [1, 2, 3, 4, 5].map((seed) => ({ ...generateDocument(10_000, seed), id: `generated-${seed}` }));
report('large library (corpus + 5 × 10,000 generated rows)', [...corpus, ...generated], ['国', '公报', '赫鲁晓夫', 'peace', 'cooperation']);
