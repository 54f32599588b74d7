/**
 * How soon `align` starts, and what a batch saves: the dictionary's load in the process (the
 * indexed text against the maps it replaced), one `align` call on a two-line pair (node, tsx and
 * the dictionary: the cost paid before a byte of the texts is read), and 24 generated chapters
 * aligned as 24 calls against one `align --batch`. Prints figures; asserts nothing.
 *
 *   npx tsx bench/align-start.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCedictMapLexicon } from '../src/cli/cedict.ts';
import type { LexiconEntry } from '../src/core/align/lexicon.ts';
import { generateParallelText } from '../tests/generators/parallel-text.ts';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const node = (...args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// the load in a fresh process each time, so nothing is warm but the disk cache
const load = (form: 'indexed' | 'maps') =>
  median([0, 1, 2].map(() => Number(node('--import', 'tsx', '-e', `const c = await import('./src/cli/cedict.ts'); const t = performance.now(); c.${form === 'indexed' ? 'loadCedictLexicon' : 'loadCedictMapLexicon'}(); console.log(performance.now() - t);`).trim())));
node('--import', 'tsx', '-e', "const c = await import('./src/cli/cedict.ts'); c.loadCedictLexicon(); c.loadCedictMapLexicon();");
console.log(`dictionary load: indexed text ${load('indexed').toFixed(0)} ms; as maps (before) ${load('maps').toFixed(0)} ms (target < 200 ms)`);

const dir = mkdtempSync(join(tmpdir(), 'dz-align-start-'));
try {
  writeFileSync(join(dir, 'zh.txt'), '我们是朋友。\n');
  writeFileSync(join(dir, 'en.txt'), 'We are friends.\n');
  const call = median([0, 1, 2].map(() => time(() => node(...CLI, 'align', '--zh', join(dir, 'zh.txt'), '--en', join(dir, 'en.txt')))));
  const bare = median([0, 1, 2].map(() => time(() => node(...CLI, 'help'))));
  console.log(`one align call on a one-line pair: ${call.toFixed(0)} ms (node and tsx alone, \`help\`: ${bare.toFixed(0)} ms)`);

  const entries = [...loadCedictMapLexicon().glosses].map(([word, stems]): LexiconEntry => [word, word, '', [stems.join(' ')]]);
  const list: string[] = [];
  for (let k = 0; k < 24; k++) {
    const text = generateParallelText(entries, 120, k + 1);
    writeFileSync(join(dir, `ch${k}.zh.txt`), text.zh.join('\n'));
    writeFileSync(join(dir, `ch${k}.en.txt`), text.en.join('\n'));
    list.push(`ch${k}.zh.txt\tch${k}.en.txt\tout/ch${k}.tsv`);
  }
  writeFileSync(join(dir, 'list.tsv'), list.join('\n'));
  const calls = time(() => {
    for (let k = 0; k < 24; k++) node(...CLI, 'align', '--segmented', '--zh', join(dir, `ch${k}.zh.txt`), '--en', join(dir, `ch${k}.en.txt`), '--out', join(dir, `ch${k}.tsv`));
  });
  const batch = time(() => node(...CLI, 'align', '--segmented', '--batch', join(dir, 'list.tsv')));
  console.log(`24 chapters of 120 sentences: 24 calls ${(calls / 1000).toFixed(1)} s; one --batch ${(batch / 1000).toFixed(1)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
