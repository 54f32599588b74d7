/**
 * How time and memory grow with the size of the texts `align` is given, up to the limit Duizhao
 * sets (MAX_TEXT_BYTES, src/core/limits.ts), so that README.md can state what a user meets. The
 * texts are generated (dictionary words and their glosses; nothing copyrighted), written to files,
 * and aligned through the CLI's own path (read, decode, segment, align, write TSV), each size in
 * a process of its own so that its peak memory is its own. Prints figures; asserts nothing.
 *
 *   npx tsx bench/size-limits.ts                 the larger text (the English) 1, 2, 4 and 8 MB
 *   npx tsx bench/size-limits.ts --mb 2 8        other sizes
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCedictMapLexicon } from '../src/cli/cedict.ts';
import { runAlign } from '../src/cli/align-command.ts';
import { MAX_TEXT_BYTES, megabytes } from '../src/core/limits.ts';
import type { LexiconEntry } from '../src/core/align/lexicon.ts';
import { generateParallelText } from '../tests/generators/parallel-text.ts';

const alignArg = process.argv.indexOf('--align');
if (alignArg > 0) {
  // the child: align the two files as `duizhao align` does, and report its own time and peak memory
  const [zh, en, out] = process.argv.slice(alignArg + 1);
  const started = performance.now();
  runAlign({ zh: zh!, en: en!, out: out!, format: 'tsv', segmented: false });
  console.log(JSON.stringify({ ms: performance.now() - started, peakRss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const mbArg = process.argv.indexOf('--mb');
  const sizes = mbArg > 0 ? process.argv.slice(mbArg + 1).map(Number) : [1, 2, 4, 8];
  const entries = [...loadCedictMapLexicon().glosses].map(([word, stems]): LexiconEntry => [word, word, '', [stems.join(' ')]]);
  const dir = mkdtempSync(join(tmpdir(), 'dz-size-'));
  try {
    const results: { mb: number; ms: number; peakRss: number }[] = [];
    for (const mb of sizes) {
      // the English is the larger file, about 300 bytes per Chinese sentence generated; kept under the limit
      const sentences = Math.floor(Math.min(mb * 2 ** 20, MAX_TEXT_BYTES * 0.97) / 300);
      const text = generateParallelText(entries, sentences, 11);
      const zhPath = join(dir, `zh-${mb}.txt`);
      const enPath = join(dir, `en-${mb}.txt`);
      writeFileSync(zhPath, text.zh.join('\n'));
      writeFileSync(enPath, text.en.join('\n'));
      const zhBytes = statSync(zhPath).size;
      const enBytes = statSync(enPath).size;
      let child: string;
      try {
        child = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--align', zhPath, enPath, join(dir, 'out.tsv')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
      } catch (error) {
        const stderr = String((error as { stderr?: string }).stderr ?? '').trim().split('\n');
        console.log(`${megabytes(zhBytes)} Chinese + ${megabytes(enBytes)} English: failed (${stderr.slice(0, 2).join(' / ')})`);
        continue;
      }
      const { ms, peakRss } = JSON.parse(child.trim().split('\n').at(-1)!) as { ms: number; peakRss: number };
      results.push({ mb: (zhBytes + enBytes) / 2 ** 20, ms, peakRss });
      console.log(`${megabytes(zhBytes)} Chinese (${text.zh.length} sentences) + ${megabytes(enBytes)} English: ${(ms / 1000).toFixed(1)} s, peak RSS ${megabytes(peakRss)}`);
    }
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1]!, results[i]!];
      console.log(`${a.mb.toFixed(1)} → ${b.mb.toFixed(1)} MB of text in all (${(b.mb / a.mb).toFixed(1)}×): ${(b.ms / a.ms).toFixed(2)}× the time, ${(b.peakRss / a.peakRss).toFixed(2)}× the memory`);
    }
    console.log(`limit: ${megabytes(MAX_TEXT_BYTES)} a text; larger files are refused before they are read`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
