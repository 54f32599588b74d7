/**
 * How long `build` takes on the whole corpus, and whether the pipeline stays linear as a source
 * grows. Prints figures only; it asserts nothing (timings depend on the machine).
 *
 *   npx tsx bench/build.ts
 *
 * 1. In process: `runBuild` as the CLI calls it (read, build, validate, write atomically),
 *    20 timed runs after 3 warm-ups.
 * 2. The command a user types, `npm run -s cli -- build`, as wall time (the target is well under
 *    2 s), with the process-start costs it carries shown beside it.
 * 3. Scaling: the core's `buildWitness` on a generated treaty-database source of 1,000 and 10,000
 *    paragraphs; a linear pipeline takes about 10× as long for 10× the text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBuild } from '../src/cli/build-command.ts';
import { buildWitness } from '../src/core/pipeline/build-witness.ts';
import type { WitnessSpec } from '../src/core/sources/manifest.ts';

const SOURCES = 'data/sources';

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, at)]!;
}

function stats(samples: readonly number[]): { median: number; p90: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0]!, max: sorted.at(-1)! };
}

/** Milliseconds, with one decimal below 10 ms so small figures still say something. */
function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function row(label: string, figures: string): void {
  console.log(`  ${label.padEnd(44)} ${figures}`);
}

// ---- 1. in process ----

function benchInProcess(tmp: string): void {
  const out = join(tmp, 'in-process', 'build');
  // The first build in a process pays what the CLI pays on every run: JIT warm-up and loading
  // the CC-CEDICT lexicon for the bilingual document (kept in memory after that).
  const rssBefore = process.memoryUsage().rss;
  let summary: ReturnType<typeof runBuild> | undefined;
  const cold = time(() => void (summary = runBuild(SOURCES, out)));
  for (let i = 1; i < 3; i++) runBuild(SOURCES, out);
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) samples.push(time(() => void runBuild(SOURCES, out)));
  const s = stats(samples);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  if (summary) console.log(`whole corpus: ${summary.documents} documents, ${summary.segments} segments, ${summary.files.length} files`);
  row('first in-process build (cold: JIT, lexicon):', `${ms(cold)} ms`);
  row('in-process build (runBuild, 20 runs, warm):', `median ${ms(s.median)} ms, p90 ${ms(s.p90)} ms (min ${ms(s.min)}, max ${ms(s.max)})`);
  row('peak RSS of this process so far:', `${peakMb.toFixed(0)} MB (${(rssBefore / 2 ** 20).toFixed(0)} MB before the first build)`);
}

// ---- 2. the command line ----

interface Spawned {
  readonly wallMs: number;
  readonly stdout: string;
}

function spawnTimed(command: string, args: readonly string[]): Spawned {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wallMs, stdout: result.stdout };
}

function medianOf(runs: number, spawn: () => Spawned): { median: number; runs: Spawned[] } {
  const all = Array.from({ length: runs }, spawn);
  return { median: stats(all.map((r) => r.wallMs)).median, runs: all };
}

function benchCommandLine(tmp: string): void {
  const out = join(tmp, 'cli', 'build');
  const node = medianOf(5, () => spawnTimed(process.execPath, ['-e', '0']));
  const tsx = medianOf(5, () => spawnTimed('node_modules/.bin/tsx', ['src/cli/main.ts', 'help']));
  const cli = medianOf(5, () => spawnTimed('npm', ['run', '-s', 'cli', '--', 'build', '--out', out]));
  // The CLI reports its own build time ("... in 48 ms"): the part that is not process start.
  const reported = cli.runs.map((r) => Number(/ in (\d+) ms/.exec(r.stdout)?.[1] ?? Number.NaN));
  row('node start (node -e 0, 5 runs):', `median ${ms(node.median)} ms`);
  row('tsx start + CLI modules (cli help, 5 runs):', `median ${ms(tsx.median)} ms`);
  row('CLI build (npm + tsx + build, 5 runs):', `median ${ms(cli.median)} ms  (target: well under 2000 ms)`);
  row('  of which the build itself, as the CLI says:', `median ${ms(stats(reported).median)} ms`);
}

// ---- 3. scaling ----

const SPEC: WitnessSpec = {
  id: 'zh-treaty',
  lang: 'zh',
  script: 'mixed',
  label: 'Synthetic treaty database source',
  file: 'synthetic-treaty.txt',
  format: 'treaty-database',
};

const CLAUSES = [
  '双方一致认为，必须进一步加强两国在政治、经济和文化方面的合作',
  '会谈是在热烈友好的气氛中进行的，双方就当前国际形势交换了意见',
  '缔约双方同意在平等互利的基础上发展两国之间的贸易关系',
  '本协定自签字之日起生效，有效期为五年',
];

/**
 * A treaty-database source of `n` body paragraphs: the 免 责 条 款 disclaimer, a title, then
 * paragraphs of two or three sentences; every seventh paragraph is cut by a page break in
 * mid-sentence (a blank line inside it), as the database's transcriptions are.
 */
function treatySource(n: number): string {
  const parts = [
    '免 责 条 款',
    '我们努力提供准确的条约信息，但仍难以保证数据库中的条约信息与条约正式文本完全一致。',
    '中 华 人 民 共 和 国 政 府 和 某 国 政 府 联 合 公 报',
  ];
  for (let i = 0; i < n; i++) {
    const a = CLAUSES[i % CLAUSES.length]!;
    const b = CLAUSES[(i + 1) % CLAUSES.length]!;
    const paragraph = `第${i + 1}条　${a}。${b}；${CLAUSES[(i + 2) % CLAUSES.length]}。`;
    if (i % 7 === 3) {
      const cut = paragraph.indexOf('；') + 4;
      parts.push(paragraph.slice(0, cut), paragraph.slice(cut));
    } else parts.push(paragraph);
  }
  parts.push('一九五八年八月三日于北京', '甲方代表　　　乙方代表');
  return parts.join('\n\n') + '\n';
}

function benchScaling(): void {
  const sizes = [1_000, 10_000] as const;
  const results = sizes.map((n) => {
    const source = treatySource(n);
    const segments = buildWitness(SPEC, source).segments.length;
    // Warm-ups until the JIT has settled; then the minimum is the figure least moved by other
    // load on the machine, and the median is shown beside it.
    for (let i = 0; i < (n <= 1_000 ? 10 : 2); i++) buildWitness(SPEC, source);
    const runs = n <= 1_000 ? 15 : 5;
    const s = stats(Array.from({ length: runs }, () => time(() => void buildWitness(SPEC, source))));
    return { n, chars: source.length, segments, runs, ...s };
  });
  for (const r of results) {
    row(
      `buildWitness, ${r.n.toLocaleString('en')} paragraphs (${r.runs} runs):`,
      `min ${ms(r.min)} ms, median ${ms(r.median)} ms  (${r.chars.toLocaleString('en')} chars, ${r.segments.toLocaleString('en')} segments)`,
    );
  }
  const [small, large] = results;
  if (small && large) {
    const ratios = `${(large.min / small.min).toFixed(1)}× by min, ${(large.median / small.median).toFixed(1)}× by median`;
    row('time ratio, 10× the paragraphs:', `${ratios}  (linear ≈ 10×, quadratic ≈ 100×)`);
  }
}

function main(): void {
  const tmp = mkdtempSync(join(tmpdir(), 'duizhao-bench-'));
  try {
    console.log(`Duizhao build benchmark (node ${process.version}, ${process.platform}/${process.arch})`);
    benchInProcess(tmp);
    benchCommandLine(tmp);
    console.log('scaling (core pipeline on one generated treaty-database source):');
    benchScaling();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
