/**
 * Aligner speed and memory on generated Chinese/English text (dictionary words and their
 * glosses; nothing copyrighted): about 5,000 × 6,300 sentences, then twice that. Each size runs
 * in its own process, so its peak memory is its own. Prints figures; asserts nothing.
 *
 *   npx tsx bench/align-speed.ts            both sizes
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { alignChineseEnglish } from '../src/core/align/align-chinese-english.ts';
import { loadCedictLexicon, loadCedictMapLexicon } from '../src/cli/cedict.ts';
import type { LexiconEntry } from '../src/core/align/lexicon.ts';
import { generateParallelText } from '../tests/generators/parallel-text.ts';

const sizeArg = process.argv.indexOf('--size');
if (sizeArg > 0) {
  const zhSentences = Number(process.argv[sizeArg + 1]);
  const lexicon = loadCedictLexicon();
  // Entries made from the lexicon itself: the raw dictionary's parse would inflate the memory measured.
  const entries = [...loadCedictMapLexicon().glosses].map(([word, stems]): LexiconEntry => [word, word, '', [stems.join(' ')]]);
  const text = generateParallelText(entries, zhSentences, 7);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const alignment = alignChineseEnglish(text.zh, text.en, lexicon);
  const ms = performance.now() - started;
  const gold = new Set(text.gold.map(([a, b]) => `${a.join(',')}:${b.join(',')}`));
  const range = (s: number, e: number) => Array.from({ length: e - s }, (_, k) => s + k).join(',');
  const correct = alignment.beads.filter((b) => gold.has(`${range(b.aStart, b.aEnd)}:${range(b.bStart, b.bEnd)}`)).length;
  console.log(JSON.stringify({ zh: text.zh.length, en: text.en.length, ms, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, correct: correct / text.gold.length }));
} else {
  loadCedictLexicon(); // builds the lexicon cache once, so each measured run loads the compact cache
  const run = (n: number) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--size', String(n)], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const small = run(5000);
  const large = run(10000);
  for (const r of [small, large]) {
    console.log(`${r.zh} × ${r.en} sentences: ${(r.ms / 1000).toFixed(2)} s, peak RSS ${mb(r.peakRss)} (dictionary loaded: ${mb(r.rssBefore)}), beads right ${(100 * r.correct).toFixed(1)}%`);
  }
  console.log(`doubling the text: ${(large.ms / small.ms).toFixed(2)}× the time (target ≤ 2.3×); targets: < 5 s and < 400 MB at 5,000 × 6,300`);
}
