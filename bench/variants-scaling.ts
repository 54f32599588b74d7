/**
 * How the comparison of two Chinese texts grows with their size, where it used to be quadratic:
 * two dissimilar texts with no sentence break to cut them into rows (one long row, diffed whole),
 * and linking moved rows in a long table. Each at 1×, 2× and 4×, with the ratios: near-linear
 * means about 2× the time for 2× the size. Generated text only. Prints figures; asserts nothing.
 *
 *   npx tsx bench/variants-scaling.ts
 */
import { performance } from 'node:perf_hooks';
import { compareTexts } from '../src/core/pipeline/compare-texts.ts';
import { linkMovedRows, type Row } from '../src/core/align/alignment-table.ts';
import { seededRandom } from '../tests/generators/parallel-text.ts';

const WORDS = '中国 苏联 双方 会谈 人民 和平 团结 发展 经济 合作 国际 形势 关系 社会主义 斗争 胜利 政府 代表 问题 意见 一致 认为 支持 反对 帝国主义 侵略 独立 民族 运动 世界 两国 友好 互助 同盟 努力 加强'.split(' ');

/** `chars` characters of words in random order, with no sentence punctuation. */
function run(chars: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    parts.push(word);
    length += word.length;
  }
  return parts.join('');
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = f();
  return { ms: performance.now() - started, value };
}

function report(label: string, sizes: readonly number[], unit: string, measure: (size: number) => number): void {
  const times = sizes.map((size) => {
    const ms = Math.min(measure(size), measure(size)); // the better of two: the machine is shared
    console.log(`${label}, ${size.toLocaleString('en')} ${unit}: ${(ms / 1000).toFixed(2)} s`);
    return ms;
  });
  const ratios = times.slice(1).map((t, k) => (t / times[k]!).toFixed(2));
  console.log(`${label}: doubling the size takes ${ratios.join('×, ')}× the time (quadratic would be 4×)`);
}

report('two dissimilar texts compared (compareTexts)', [25_000, 50_000, 100_000], 'characters each', (n) => timed(() => compareTexts(run(n, 1), run(n, 2))).ms);

/** A table of `n` rows over two Chinese witnesses, every tenth passage at another row in the other. */
function movedTable(n: number): { rows: Row[]; text: (row: number, witness: number) => string } {
  const random = seededRandom(n);
  const passages = Array.from({ length: n }, (_, k) => `${WORDS[k % WORDS.length]}${k}${WORDS[Math.floor(random() * WORDS.length)]}`);
  const cells: [string, string][] = [];
  for (let k = 0; k < n; k++) {
    if (k % 10 === 5 && k + 3 < n) cells.push([passages[k]!, ''], ['', passages[k]!]);
    else cells.push([passages[k]!, passages[k]!]);
  }
  const at = [0, 0];
  const rows = cells.map((pair) => ({
    confidence: 1,
    cells: pair.map((text, w) => {
      const cell = { start: at[w]!, end: at[w]! + (text === '' ? 0 : 1) };
      at[w] = cell.end;
      return cell;
    }),
  }));
  return { rows, text: (row, witness) => cells[row]![witness]! };
}

report('moved rows linked (linkMovedRows)', [16_000, 32_000, 64_000], 'rows', (n) => {
  const { rows, text } = movedTable(n);
  return timed(() => linkMovedRows(rows, [0, 1], text)).ms;
});
