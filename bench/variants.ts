/**
 * Variant comparison speed: two generated Chinese witnesses of about 1 MB each (UTF-8), the
 * second a traditional-script edition with changed numerals, a few deletions and insertions and
 * one moved passage. Prints the time to segment, align and compare them (`compareTexts`, what
 * `variants --a --b` does) and the comparison alone on given rows; then four such witnesses (a
 * project of four Chinese texts): built, aligned and collated against the base, and the collation
 * alone. Asserts nothing.
 *
 *   npx tsx bench/variants.ts
 */
import { performance } from 'node:perf_hooks';
import { compareRows } from '../src/core/variants/index.ts';
import { compareTexts } from '../src/core/pipeline/compare-texts.ts';
import { seededRandom } from '../tests/generators/parallel-text.ts';
import { createProject } from '../src/core/project/create-project.ts';
import { collate } from '../src/core/variants/collate.ts';

const TRADITIONAL: Readonly<Record<string, string>> = {
  会: '會', 谈: '談', 国: '國', 们: '們', 两: '兩', 发: '發', 团: '團', 结: '結', 对: '對', 于: '於', 战: '戰', 争: '爭', 义: '義', 党: '黨', 苏: '蘇', 关: '關', 经: '經', 济: '濟',
};
const WORDS = '中国 苏联 双方 会谈 人民 和平 团结 发展 经济 合作 国际 形势 关系 社会主义 斗争 胜利 政府 代表 问题 意见 一致 认为 支持 反对 帝国主义 侵略 独立 民族 运动 世界 两国 友好 互助 同盟 努力 加强'.split(' ');

function generate(bytes: number, seed: number): string[] {
  const random = seededRandom(seed);
  const sentences: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words = Array.from({ length: 8 + Math.floor(random() * 20) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    if (random() < 0.1) words.splice(2, 0, `${1950 + Math.floor(random() * 20)}年${1 + Math.floor(random() * 12)}月`);
    const s = `${words.join('')}。`;
    sentences.push(s);
    size += Buffer.byteLength(s);
  }
  return sentences;
}

const chineseNumber = (n: number) => String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
function edition(sentences: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const out = sentences.map((s) =>
    [...s.replace(/(\d{4})年/g, (_, y) => `${chineseNumber(Number(y))}年`)].map((ch) => (ch in TRADITIONAL && random() < 0.7 ? TRADITIONAL[ch]! : ch)).join(''),
  );
  for (let k = 0; k < 20; k++) out.splice(Math.floor(random() * out.length), 1);
  for (let k = 0; k < 20; k++) out.splice(Math.floor(random() * out.length), 0, '此句为后人所加。');
  const [moved] = out.splice(100, 1);
  out.splice(out.length - 100, 0, moved!);
  return out;
}

const a = generate(1_000_000, 1);
const b = edition(a, 2);
const aText = a.join('\n');
const bText = b.join('\n');
console.log(`witness A: ${(Buffer.byteLength(aText) / 1e6).toFixed(2)} MB, ${a.length} sentences; witness B: ${(Buffer.byteLength(bText) / 1e6).toFixed(2)} MB, ${b.length} sentences`);

/** Milliseconds of each of `runs` runs of `f`, and its last result. */
function timed<T>(runs: number, f: () => T): { ms: number[]; result: T } {
  const ms: number[] = [];
  let result: T | undefined;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    result = f();
    ms.push(performance.now() - started);
  }
  return { ms: ms.sort((x, y) => x - y), result: result! };
}
const seconds = (ms: readonly number[]) => `best ${(ms[0]! / 1000).toFixed(2)} s, median ${(ms[Math.floor(ms.length / 2)]! / 1000).toFixed(2)} s`;

const RUNS = 3;
const whole = timed(RUNS, () => compareTexts(aText, bText));
const result = whole.result;
const counts: Record<string, number> = {};
for (const v of result.variants) counts[v.category] = (counts[v.category] ?? 0) + 1;
console.log(`segment + align + compare (compareTexts, what variants --a --b does): ${seconds(whole.ms)} over ${RUNS} runs`);
console.log(`  ${result.rows.length} rows, ${result.variants.length} differences ${JSON.stringify(counts)}`);
const compareOnly = timed(RUNS, () => compareRows(result.aText, result.bText, result.rows));
console.log(`compare alone, on the aligned rows (compareRows): ${seconds(compareOnly.ms)} (target: two 1 MB witnesses in under 2 s)`);
const editions = [aText, bText, edition(a, 3).join('\n'), edition(a, 4).join('\n')];
const inputs = editions.map((text, k) => ({ text, lang: 'zh' as const, fileName: `edition-${k}.txt`, encoding: 'utf-8' }));
const project = timed(1, () => createProject(inputs, undefined, { id: 'bench', name: 'four', now: '' }));
console.log(`four witnesses (${editions.map((t) => (Buffer.byteLength(t) / 1e6).toFixed(2)).join(', ')} MB): build + align + collate (createProject): ${seconds(project.ms)}`);
console.log(`  ${project.result.rows.length} rows, ${project.result.variants?.items.length} differences from the base`);
const collation = timed(RUNS, () => collate(project.result));
console.log(`collate alone, three witnesses against the base: ${seconds(collation.ms)} over ${RUNS} runs (target: four 1 MB witnesses in under 6 s)`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
