/**
 * Aligner speed and memory on generated Chinese/English text (dictionary words and their
 * glosses; nothing copyrighted): about 5,000 × 6,300 sentences, then twice that. Each size runs
 * in its own process, so its peak memory is its own. Prints figures; asserts nothing.
 *
 *   npx tsx bench/align-speed.ts            both sizes
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignChineseEnglish } from '../src/core/align/align-chinese-english.ts';
import { loadCedictLexicon, loadCedictMapLexicon } from '../src/cli/cedict.ts';
import type { LexiconEntry } from '../src/core/align/lexicon.ts';
import { generateParallelText } from '../tests/generators/parallel-text.ts';

const textArg = process.argv.indexOf('--text');
if (textArg > 0) {
  // the child: the lexicon the command line uses, and the text the parent generated
  const lexicon = loadCedictLexicon();
  const text = JSON.parse(readFileSync(process.argv[textArg + 1]!, 'utf8')) as ReturnType<typeof generateParallelText>;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const alignment = alignChineseEnglish(text.zh, text.en, lexicon);
  const ms = performance.now() - started;
  const gold = new Set(text.gold.map(([a, b]) => `${a.join(',')}:${b.join(',')}`));
  const range = (s: number, e: number) => Array.from({ length: e - s }, (_, k) => s + k).join(',');
  const correct = alignment.beads.filter((b) => gold.has(`${range(b.aStart, b.aEnd)}:${range(b.bStart, b.bEnd)}`)).length;
  console.log(JSON.stringify({ zh: text.zh.length, en: text.en.length, ms, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, correct: correct / text.gold.length }));
} else {
  // Entries made from the lexicon itself (the raw dictionary's parse is not what is measured);
  // the texts are made here, so the measured process holds only what `align` holds.
  const entries = [...loadCedictMapLexicon().glosses].map(([word, stems]): LexiconEntry => [word, word, '', [stems.join(' ')]]);
  loadCedictLexicon(); // builds the indexed lexicon's cache once, so each measured run loads it
  const dir = mkdtempSync(join(tmpdir(), 'dz-align-speed-'));
  const run = (n: number) => {
    const file = join(dir, `${n}.json`);
    writeFileSync(file, JSON.stringify(generateParallelText(entries, n, 7)));
    return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--text', file], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  };
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  try {
    const small = run(5000);
    const large = run(10000);
    for (const r of [small, large]) {
      console.log(`${r.zh} × ${r.en} sentences: ${(r.ms / 1000).toFixed(2)} s, peak RSS ${mb(r.peakRss)} (dictionary and text loaded: ${mb(r.rssBefore)}), beads right ${(100 * r.correct).toFixed(1)}%`);
    }
    console.log(`doubling the text: ${(large.ms / small.ms).toFixed(2)}× the time (target ≤ 2.2×); targets: < 5 s and < 400 MB at 5,000 × 6,300`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
