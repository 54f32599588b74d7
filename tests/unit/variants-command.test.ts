/** The `variants` command, run as a user runs it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const SLOW = { timeout: 60_000 };
const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-variants-'));
  writeFileSync(join(dir, 'a.txt'), '一九六三年三月九日，两国正在发展着。\n最近，美国和英国对黎巴嫩和约旦的武装侵略。\n');
  writeFileSync(join(dir, 'b.txt'), '1963年3月9日，兩國正在發展著。\n最近，美國和英國对黎巴嫩 and 約旦的武裝侵略。\n');
  writeFileSync(join(dir, 'en.txt'), 'The two countries are developing.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('variants', () => {
  it('prints a table of the communiqué’s differences with a summary line', SLOW, () => {
    const run = cli('variants', 'mao-khrushchev-1958');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('category\trow\tA\tB\tcontext in A\tcontext in B');
    expect(lines).toContain('substantive\t7\t利\t林\t长罗·雅·马【利】诺夫斯基元帅\t长罗·雅·馬【林】諾夫斯基元帅');
    expect(lines.some((l) => l.startsWith('moved\t45→36\t一九五八年八月三日于北京\t1958年8月3日于北京\t'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ differences: script \d+, variant 0, numeral 2, punctuation 0, moved 1, substantive 6$/);
  });

  it('--json gives category, both readings, the row and the spans', SLOW, () => {
    const run = cli('variants', 'mao-khrushchev-1958', '--pair', 'zh-rmrb,zh-treaty', '--json');
    expect(run.status, run.stderr).toBe(0);
    const items = JSON.parse(run.stdout) as { category: string; a: string; b: string; row: number; aSpan: object; bSpan: object }[];
    expect(items.find((v) => v.category === 'numeral')).toMatchObject({ a: '1958年7月31日', b: '一九五八年七月三十一日', row: 2 });
    for (const v of items) expect(Object.keys(v)).toEqual(expect.arrayContaining(['category', 'a', 'b', 'row', 'aSpan', 'bSpan']));
  });

  it('compares two files a user brings', SLOW, () => {
    const run = cli('variants', '--a', join(dir, 'a.txt'), '--b', join(dir, 'b.txt'), '--json');
    expect(run.status, run.stderr).toBe(0);
    const items = JSON.parse(run.stdout) as { category: string; a: string; b: string }[];
    expect(items.map((v) => [v.category, v.a, v.b])).toEqual([
      ['numeral', '一九六三年三月九日', '1963年3月9日'],
      ['script', '两国', '兩國'],
      ['script', '发', '發'],
      ['variant', '着', '著'],
      ['script', '国', '國'],
      ['script', '国', '國'],
      ['substantive', '和', 'and'],
      ['script', '约', '約'],
      ['script', '装', '裝'],
    ]);
  });

  it.each([
    [['variants', 'prc-dprk-1958'], 1, /^duizhao: document prc-dprk-1958 has one Chinese witness \(zh-treaty\); variants need two$/],
    [['variants', 'no-such-doc'], 1, /^duizhao: no document "no-such-doc" \(documents: /],
    [['variants', 'mao-khrushchev-1958', '--pair', 'zh-rmrb,en'], 1, /variants compare two Chinese witnesses; en is en/],
    [['variants', 'mao-khrushchev-1958', '--pair', 'zh-rmrb'], 2, /--pair needs two different witness ids/],
  ])('refuses %j', (args, status, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(status);
    expect(run.stderr.trim().split('\n')[0]).toMatch(message as RegExp);
  }, 60_000);

  it('refuses an English file', SLOW, () => {
    const run = cli('variants', '--a', join(dir, 'a.txt'), '--b', join(dir, 'en.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/en\.txt: does not look like Chinese/);
  });
});
