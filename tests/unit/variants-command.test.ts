/**
 * The `variants` command: in process through `runVariantsCommand` (stdout captured), and as a
 * user runs it, through src/cli/main.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVariantsCommand } from '../../src/cli/variants-command.ts';
import { CliError } from '../../src/cli/source-files.ts';
import { buildOne } from '../../src/cli/corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'data/sources');
const SLOW = { timeout: 60_000 };
const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

/** Run the command in process: its exit code and what it wrote to stdout. */
function run(...args: string[]): { status: number; stdout: string } {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const status = runVariantsCommand(args);
  vi.restoreAllMocks();
  return { status, stdout };
}

/** The CliError the command throws for `args`. */
function failure(...args: string[]): CliError {
  try {
    run(...args);
  } catch (error) {
    vi.restoreAllMocks();
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`variants ${args.join(' ')} did not fail`);
}

interface JsonVariant {
  category: string;
  a: string;
  b: string;
  row: number;
  bRow?: number;
  aSpan: { start: number; end: number };
  bSpan: { start: number; end: number };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-variants-'));
  writeFileSync(join(dir, 'a.txt'), '一九六三年三月九日，两国正在发展着。\n最近，美国和英国对黎巴嫩和约旦的武装侵略。\n');
  writeFileSync(join(dir, 'b.txt'), '1963年3月9日，兩國正在發展著。\n最近，美國和英國对黎巴嫩 and 約旦的武裝侵略。\n');
  // 一九六三年三月九日，两国正在发展着。 and 1963年3月9日，两国正在发展着。 in GB18030
  writeFileSync(join(dir, 'a-gb.txt'), Buffer.from('d2bbbec5c1f9c8fdc4eac8fdd4c2bec5c8d5a3acc1bdb9fad5fdd4dab7a2d5b9d7c5a1a30a', 'hex'));
  writeFileSync(join(dir, 'b-gb.txt'), Buffer.from('31393633c4ea33d4c239c8d5a3acc1bdb9fad5fdd4dab7a2d5b9d7c5a1a30a', 'hex'));
  writeFileSync(join(dir, 'en.txt'), 'The two countries are developing.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('variants <doc>', () => {
  it('prints a table naming A and B, one line per difference with its row and context, and a summary line', SLOW, () => {
    const { status, stdout } = run('mao-khrushchev-1958', '--sources', SOURCES);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("A: zh-rmrb (People's Daily, 4 Aug 1958); B: zh-treaty (Treaty database)");
    expect(lines[1]).toBe('category\trow\tA\tB\tcontext in A\tcontext in B\treason');
    expect(lines).toContain('substantive\t7\t利\t林\t长罗·雅·马【利】诺夫斯基元帅\t长罗·雅·馬【林】諾夫斯基元帅\tother characters, after script, variant forms, numerals and punctuation are set aside');
    expect(lines).toContain('numeral\t2\t1958年7月31日\t一九五八年七月三十一日\t会谈公报 从【1958年7月31日】到8月3日，\t談公报 从【一九五八年七月三十一日】到八月三日，\tnumeral value 1958');
    expect(lines).toContain('substantive\t33\t的\t∅\t同面临的任务【的】估计完全一致\t同面臨的任務【】估計完全一致\tother characters, after script, variant forms, numerals and punctuation are set aside');
    expect(lines.some((l) => l.startsWith('moved\t45→36\t一九五八年八月三日于北京\t1958年8月3日于北京\t') && l.endsWith('\tmoved: row 45 in A, row 36 in B (linked by the alignment table)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('variant (full)\t') && l.endsWith('\t1955 First List of Variant Characters: 拼/拚'))).toBe(true);
    expect(lines.some((l) => l.startsWith('script\t') && /\tOpenCC t2s: \S+ → \S+/.test(l))).toBe(true);
    const rows = lines.slice(2, -1).map((l) => l.split('\t'));
    expect(rows.every((cells) => cells.length === 7 && cells[6] !== '')).toBe(true);
    const summary = lines.at(-1)!;
    expect(summary).toMatch(/^211 differences: script 201, variant 1, numeral 2, punctuation 0, moved 1, substantive 6$/);
  });

  it('--json prints every difference with category, both readings, 1-based rows and spans', SLOW, () => {
    const { stdout } = run('mao-khrushchev-1958', '--pair', 'zh-rmrb,zh-treaty', '--json', '--sources', SOURCES);
    const items = JSON.parse(stdout) as JsonVariant[];
    expect(items).toHaveLength(211);
    for (const v of items) {
      expect(Object.keys(v)).toEqual(expect.arrayContaining(['category', 'a', 'b', 'row', 'aSpan', 'bSpan']));
      expect(v.row).toBeGreaterThanOrEqual(1);
    }
    expect(items.find((v) => v.category === 'numeral')).toMatchObject({ a: '1958年7月31日', b: '一九五八年七月三十一日', row: 2, aSpan: { start: 14, end: 24 } });
    expect(items.find((v) => v.category === 'moved')).toMatchObject({ row: 45, bRow: 36, a: '一九五八年八月三日于北京' });
  });

  it('--pair B,A swaps the readings', SLOW, () => {
    const items = JSON.parse(run('mao-khrushchev-1958', '--pair', 'zh-treaty,zh-rmrb', '--json', '--sources', SOURCES).stdout) as JsonVariant[];
    expect(items.filter((v) => v.category === 'substantive').map((v) => [v.a, v.b])).toEqual([
      ['林', '利'], ['and', '和'], ['', '的'], ['and', '和'], ['(签字)', ''], ['(签字)', ''],
    ]);
  });

  it.each([
    [['prc-dprk-1958'], 1, /^document prc-dprk-1958 has one Chinese witness \(zh-treaty\); variants need two$/],
    [['no-such-doc'], 1, /^no document "no-such-doc" \(documents: /],
    [['mao-khrushchev-1958', '--pair', 'zh-rmrb,en'], 1, /^variants compare two Chinese witnesses; en is en$/],
    [['mao-khrushchev-1958', '--pair', 'zh-rmrb,zh-nowhere'], 1, /^document mao-khrushchev-1958 has no witness "zh-nowhere" \(it has: zh-rmrb, zh-treaty, en\)$/],
    [['mao-khrushchev-1958', '--pair', 'zh-rmrb'], 2, /^--pair needs two different witness ids/],
    [['mao-khrushchev-1958', '--pair', 'zh-rmrb,zh-rmrb'], 2, /^--pair needs two different witness ids/],
    [['mao-khrushchev-1958', '--encoding', 'big5'], 2, /^--encoding is for --a\/--b files/],
    [['mao-khrushchev-1958', 'prc-dprk-1958'], 2, /^variants takes one document id/],
    [['mao-khrushchev-1958', '--frobnicate'], 2, /Unknown option '--frobnicate'/],
    [[], 2, /^variants needs a document id, or --a FILE and --b FILE/],
  ])('refuses %j with exit code %i', SLOW, (args, exitCode, message) => {
    const error = failure(...(args as string[]), ...((args as string[]).length > 0 && !(args as string[]).includes('--sources') ? ['--sources', SOURCES] : []));
    expect(error.exitCode).toBe(exitCode);
    expect(error.message.split('\n')[0]).toMatch(message as RegExp);
  });
});

describe('variants --a FILE --b FILE', () => {
  it('compares two files a user brings, rows from their own alignment', () => {
    const items = JSON.parse(run('--a', join(dir, 'a.txt'), '--b', join(dir, 'b.txt'), '--json').stdout) as JsonVariant[];
    expect(items.map((v) => [v.category, v.row, v.a, v.b])).toEqual([
      ['numeral', 1, '一九六三年三月九日', '1963年3月9日'],
      ['script', 1, '两国', '兩國'],
      ['script', 1, '发', '發'],
      ['variant', 1, '着', '著'],
      ['script', 2, '国', '國'],
      ['script', 2, '国', '國'],
      ['substantive', 2, '和', 'and'],
      ['script', 2, '约', '約'],
      ['script', 2, '装', '裝'],
    ]);
  });

  it('prints the table with the file names as A and B', () => {
    const lines = run('--a', join(dir, 'a.txt'), '--b', join(dir, 'b.txt')).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`A: ${join(dir, 'a.txt')}; B: ${join(dir, 'b.txt')}`);
    expect(lines.at(-1)).toBe('9 differences: script 6, variant 1, numeral 1, punctuation 0, moved 0, substantive 1');
  });

  it('reads files in another encoding when told (--encoding applies to both), or detects it', () => {
    const gb = (args: string[]) => JSON.parse(run(...args, '--json').stdout) as JsonVariant[];
    expect(gb(['--a', join(dir, 'a-gb.txt'), '--b', join(dir, 'b-gb.txt'), '--encoding', 'gb18030']).map((v) => [v.category, v.a, v.b])).toEqual([['numeral', '一九六三年三月九日', '1963年3月9日']]);
    expect(gb(['--a', join(dir, 'a.txt'), '--b', join(dir, 'b-gb.txt')]).map((v) => v.category)).toEqual(['numeral', 'substantive']);
  });

  it.each([
    [['--a', 'a.txt'], 2, /^variants needs both --a FILE and --b FILE/],
    [['--a', 'a.txt', '--b', 'b.txt', '--pair', 'x,y'], 2, /^--pair is for a document/],
    [['mao-khrushchev-1958', '--a', 'a.txt', '--b', 'b.txt'], 2, /^variants takes a document id or --a\/--b files, not both/],
    [['--a', 'a.txt', '--b', 'missing.txt'], 1, /missing\.txt: file not found$/],
    [['--a', 'a.txt', '--b', 'en.txt'], 1, /en\.txt: --b looks like English or another language \(0% Han characters\); expected Chinese; variants compare two Chinese texts/],
    [['--a', 'a.txt', '--b', 'b.txt', '--encoding', 'klingon'], 2, /^--encoding klingon is not supported/],
  ])('refuses %j with exit code %i', (args, exitCode, message) => {
    const error = failure(...(args as string[]).map((a) => (a.endsWith('.txt') ? join(dir, a) : a)));
    expect(error.exitCode).toBe(exitCode);
    expect(error.message.split('\n')[0]).toMatch(message as RegExp);
  });
});

describe('variants through the command line (src/cli/main.ts)', () => {
  it('prints JSON for the communiqué, and one line on stderr with the exit code for an error', SLOW, () => {
    const ok = cli('variants', 'mao-khrushchev-1958', '--json');
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonVariant[]).filter((v) => v.category === 'substantive')).toHaveLength(6);
    const bad = cli('variants', 'prc-dprk-1958');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('duizhao: document prc-dprk-1958 has one Chinese witness (zh-treaty); variants need two\n');
  });
});

describe('variants --format tei', () => {
  /** Well-formed XML, as far as tags go: each opened tag closed in order, attributes quoted, no stray `<` or `&`. */
  function expectWellFormed(xml: string) {
    const stack: string[] = [];
    const body = xml.replace(/^<\?xml[^?]*\?>/, '');
    for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g)) {
      if (m[2] === undefined) throw new Error(`stray ${m[0]} at ${m.index}: ${body.slice(m.index - 20, m.index + 20)}`);
      if (m[4] === '/') continue;
      if (m[1] === '/') expect(stack.pop(), `</${m[2]}> at ${m.index}`).toBe(m[2]);
      else stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  }
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  it('writes a TEI parallel-segmentation apparatus: a listWit, one app per difference, the base text whole', SLOW, () => {
    const { status, stdout } = run('mao-khrushchev-1958', '--format', 'tei', '--sources', SOURCES);
    expect(status).toBe(0);
    expectWellFormed(stdout);
    expect(stdout).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0">');
    expect(stdout).toContain('<listWit><witness xml:id="zh-rmrb">People\'s Daily, 4 Aug 1958</witness><witness xml:id="zh-treaty">Treaty database</witness></listWit>');
    expect(stdout).toContain('<variantEncoding method="parallel-segmentation" location="internal"/>');
    const json = JSON.parse(run('mao-khrushchev-1958', '--json', '--sources', SOURCES).stdout) as JsonVariant[];
    expect(stdout.match(/<app /g)).toHaveLength(json.length);
    expect(stdout).toContain('<app type="substantive" n="7"><rdg wit="#zh-rmrb">利</rdg><rdg wit="#zh-treaty">林</rdg>');
    expect(stdout).toMatch(/<app type="variant full" n="\d+"><rdg wit="#zh-rmrb">拼<\/rdg><rdg wit="#zh-treaty">拚<\/rdg><note>1955 First List/);
    // an omission is an empty reading
    expect(stdout).toMatch(/<app type="substantive" n="33"><rdg wit="#zh-rmrb">的<\/rdg><rdg wit="#zh-treaty"\/>/);
    // the base witness's readings, with the text between the apps, give its text back
    const ab = /<ab>\n([\s\S]*)\n<\/ab>/.exec(stdout)![1]!;
    const base = unescape(ab.replace(/<app [^>]*><rdg wit="#zh-rmrb"(?:\/>|>([^<]*)<\/rdg>)[\s\S]*?<\/app>/g, (_, a: string | undefined) => a ?? '').replace(/<lb\/>\n/g, '\n'));
    expect(base).toBe(buildOne(SOURCES, 'mao-khrushchev-1958').witnesses.find((w) => w.id === 'zh-rmrb')!.text);
  });

  it('escapes markup in the texts, and refuses an unknown format or --json with another one', SLOW, () => {
    writeFileSync(join(dir, 'x-a.txt'), '甲乙<b>丙丁&戊己。\n');
    writeFileSync(join(dir, 'x-b.txt'), '甲乙<i>丙丁&戊庚。\n');
    const tei = run('--a', join(dir, 'x-a.txt'), '--b', join(dir, 'x-b.txt'), '--format', 'tei');
    expect(tei.status).toBe(0);
    expectWellFormed(tei.stdout);
    expect(tei.stdout).toContain('&lt;');
    expect(tei.stdout).not.toContain('<b>');
    expect(failure('mao-khrushchev-1958', '--format', 'xml', '--sources', SOURCES)).toMatchObject({ exitCode: 2, message: '--format must be tsv, json or tei, not "xml"' });
    expect(failure('mao-khrushchev-1958', '--format', 'tei', '--json', '--sources', SOURCES)).toMatchObject({ exitCode: 2, message: '--json is --format json; not with --format tei' });
  });
});

describe('variants of three or four texts, against a base', () => {
  const editions = ['天下有道，則禮樂征伐自天子出。\n', '天下有道，則禮樂征伐自天子出焉。\n', '天下有道，即禮樂征伐自天子出。\n', '天下有道，則禮樂征伐自王者出。\n'];
  const files = () =>
    editions.map((text, k) => {
      const path = join(dir, `ed-${'abcd'[k]}.txt`);
      writeFileSync(path, text);
      return path;
    });

  it('--c and --d: each text compared with A, one table each, JSON naming the text, TEI with four readings at a place', () => {
    const [a, b, c, d] = files();
    const table = run('--a', a!, '--b', b!, '--c', c!, '--d', d!);
    expect(table.status).toBe(0);
    expect(table.stdout.match(/^A: A \(.*ed-a\.txt\); B: [BCD] /gm)).toHaveLength(3);
    const json = JSON.parse(run('--a', a!, '--b', b!, '--c', c!, '--d', d!, '--json').stdout) as (JsonVariant & { witness: string })[];
    expect(json.map((v) => [v.witness, v.a, v.b])).toEqual([
      ['C', '則', '即'],
      ['D', '天子', '王者'],
      ['B', '', '焉'],
    ]);
    const tei = run('--a', a!, '--b', b!, '--c', c!, '--d', d!, '--format', 'tei').stdout;
    expect(tei).toContain('<rdg wit="#A">天子</rdg><rdg wit="#B">天子</rdg><rdg wit="#C">天子</rdg><rdg wit="#D">王者</rdg>');
    expect(failure('--a', a!, '--b', b!, '--d', d!)).toMatchObject({ exitCode: 2, message: '--d needs --c: the texts are A, B, C, D in order' });
  });

  it('--base: every Chinese witness of a document against the one named', SLOW, () => {
    const json = JSON.parse(run('mao-khrushchev-1958', '--base', 'zh-treaty', '--json', '--sources', SOURCES).stdout) as JsonVariant[];
    const malinovsky = json.find((v) => v.row === 7 && v.category === 'substantive');
    expect([malinovsky?.a, malinovsky?.b]).toEqual(['林', '利']);
    expect(failure('mao-khrushchev-1958', '--base', 'en', '--sources', SOURCES)).toMatchObject({ exitCode: 1, message: 'the base "en" is not one of the Chinese texts of mao-khrushchev-1958 (zh-rmrb, zh-treaty)' });
    expect(failure('mao-khrushchev-1958', '--base', 'zh-treaty', '--pair', 'zh-rmrb,zh-treaty', '--sources', SOURCES).exitCode).toBe(2);
  });
});
