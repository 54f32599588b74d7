/** The `align` and `export --pair` commands, run as a user runs them (texts written for the test). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUserBytes } from '../../src/cli/decode-text.ts';
import { MAX_TEXT_BYTES } from '../../src/core/limits.ts';
import { runCli, spawnCli } from './run-cli.ts';

const SLOW = { timeout: 60_000 };
let dir = '';

/** In process (one test runs `align --batch` in a process of its own, for the exit code the shell sees). */
const cli = (...args: string[]) => runCli(...args);
const file = (name: string) => join(dir, name);
const ZH = '今天天气很好。我们去公园散步。\n公园里有很多人，孩子们在放风筝。\n晚上我们回家吃饭。\n';
const ZH_TRADITIONAL = '今天天氣很好。我們去公園散步。\n公園裡有很多人，孩子們在放風箏。\n晚上我們回家吃飯。\n';
const EN = 'The weather is fine today. We go for a walk in the park.\nThere are many people in the park. The children are flying kites.\nIn the evening we go home for dinner.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-align-cli-'));
  writeFileSync(file('zh.txt'), ZH);
  writeFileSync(file('en.txt'), EN);
  writeFileSync(file('zh-gbk.txt'), Buffer.from(GBK_HEX, 'hex'));
  writeFileSync(file('zh-big5.txt'), Buffer.from(BIG5_HEX, 'hex'));
  writeFileSync(file('zh-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')]));
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('blank.txt'), ' \n\t\n\n');
  writeFileSync(file('dots.txt'), '……。！\n');
  writeFileSync(file('ru.txt'), 'Сегодня хорошая погода. Мы идём гулять в парк.\n');
  writeFileSync(file('nul.txt'), Buffer.concat([Buffer.from(EN), Buffer.from([0, 0, 0x41])]));
  writeFileSync(file('image.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ZH in GBK and ZH_TRADITIONAL in Big5, made with Python's codecs (`ZH.encode('gbk').hex()`). */
const GBK_HEX =
  'bdf1ccecccecc6f8badcbac3a1a3ced2c3c7c8a5b9abd4b0c9a2b2bda1a30ab9abd4b0c0efd3d0badcb6e0c8cba3acbaa2d7d3c3c7d4dab7c5b7e7f3dda1a30acdedc9cfced2c3c7bbd8bcd2b3d4b7b9a1a30a';
const BIG5_HEX =
  'a4b5a4d1a4d1aef0abdca66ea143a7daadcca568a4bdb6e9b4b2a842a1430aa4bdb6e9b8cca6b3abdca668a448a141abc4a46cadcca662a9f1adb7bae5a1430ab1dfa457a7daadcca65eae61a659b6baa1430a';

describe('align --batch', () => {
  it('aligns every pair of a list, one output each, in names with spaces; a missing file, a bad line and a failing pair are each named on a line, the rest aligned, exit 1', SLOW, () => {
    const batch = file('batch dir');
    mkdirSync(join(batch, 'my texts'), { recursive: true });
    for (const k of [1, 2, 3]) {
      writeFileSync(join(batch, 'my texts', `ch${k}.zh.txt`), ZH);
      writeFileSync(join(batch, 'my texts', `ch${k}.en.txt`), EN);
    }
    writeFileSync(join(batch, 'list.tsv'), [
      '\uFEFF# three chapters and some mistakes',
      'my texts/ch1.zh.txt\tmy texts/ch1.en.txt',
      'my texts/ch2.zh.txt\tmy texts/ch2.en.txt\tout/ch2.tsv',
      'my texts/missing.zh.txt\tmy texts/ch3.en.txt',
      'my texts/ch3.zh.txt my texts/ch3.en.txt',
      'my texts/ch3.en.txt\tmy texts/ch3.en.txt\tout/wrong.tsv',
      '',
      'my texts/ch3.zh.txt\tmy texts/ch3.en.txt\tout/ch2.tsv',
      'my texts/ch3.zh.txt\tmy texts/ch3.en.txt',
    ].join('\r\n'));
    // in a process of its own: one failing pair is exit 1 as the shell sees it
    const run = spawnCli('align', '--batch', join(batch, 'list.tsv'));
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('aligned ') && l.includes('sentences'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('duizhao: '))).toEqual([
      expect.stringMatching(/list\.tsv:4: .*missing\.zh\.txt: file not found$/),
      expect.stringMatching(/list\.tsv:5: expected ZH<TAB>EN or ZH<TAB>EN<TAB>OUT \(tab-separated\), found no tab/),
      expect.stringMatching(/list\.tsv:6: .*ch3\.en\.txt: --zh looks like/),
      expect.stringMatching(/list\.tsv:8: the output .*ch2\.tsv is line 3's output too/),
    ]);
    expect(lines.at(-1)).toBe('aligned 3 of 7 pairs; 4 failed (named above)');
    for (const out of ['my texts/ch1.zh.aligned.tsv', 'out/ch2.tsv', 'my texts/ch3.zh.aligned.tsv']) {
      expect(readFileSync(join(batch, out), 'utf8').split('\n')[1], out).toBe('1\t今天天气很好。\tThe weather is fine today.');
    }
    expect(existsSync(join(batch, 'out/wrong.tsv'))).toBe(false);
  });

  it('a list that cannot be read, or names no pair, is one line and exit 1; --batch with --zh is a usage error', SLOW, () => {
    expect(cli('align', '--batch', file('no-such-list.tsv'))).toMatchObject({ status: 1, stderr: expect.stringMatching(/^duizhao: --batch .*no-such-list\.tsv: cannot read the list \(ENOENT\)\n$/) });
    writeFileSync(file('empty-list.tsv'), '# nothing yet\n\n');
    expect(cli('align', '--batch', file('empty-list.tsv'))).toMatchObject({ status: 1, stderr: expect.stringMatching(/the list names no pairs/) });
    expect(cli('align', '--batch', file('empty-list.tsv'), '--zh', file('zh.txt'))).toMatchObject({ status: 2, stderr: expect.stringMatching(/leave out --zh, --en and --out/) });
  });
});

describe('align', () => {
  it('aligns a UTF-8 pair and reports what it read on stderr', SLOW, () => {
    const run = cli('align', '--zh', file('zh.txt'), '--en', file('en.txt'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'row\tzh\ten',
      '1\t今天天气很好。\tThe weather is fine today.',
      '2\t我们去公园散步。\tWe go for a walk in the park.',
      '3\t公园里有很多人，孩子们在放风筝。\tThere are many people in the park. The children are flying kites.',
    ]);
    expect(run.stderr).toMatch(/^aligned .*zh\.txt \(utf-8, 4 sentences\) with .*en\.txt \(utf-8, 5 sentences\): 4 rows\n$/);
  });

  it.each([
    ['zh-gbk.txt', 'gb18030', '公园里有很多人，孩子们在放风筝。'],
    ['zh-big5.txt', 'big5', '公園裡有很多人，孩子們在放風箏。'],
    ['zh-utf16.txt', 'utf-16le', '公园里有很多人，孩子们在放风筝。'],
  ])('detects the encoding of %s (%s)', (name, encoding, third) => {
    const run = cli('align', '--zh', file(name), '--en', file('en.txt'), '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`(${encoding}, `);
    expect(JSON.parse(run.stdout).rows[2].a.join('')).toBe(third);
  }, 60_000);

  it('--segmented --format vecalign covers every line of both texts once, in order', SLOW, () => {
    const run = cli('align', '--zh', file('zh.txt'), '--en', file('en.txt'), '--segmented', '--format', 'vecalign');
    expect(run.status, run.stderr).toBe(0);
    const units = run.stdout.trim().split('\n').map((l) => /^\[([\d,]*)\]:\[([\d,]*)\]/.exec(l)!.slice(1).map((s) => (s ? s.split(',').map(Number) : [])));
    expect(units.flatMap(([a]) => a!)).toEqual([0, 1, 2]);
    expect(units.flatMap(([, b]) => b!)).toEqual([0, 1, 2]);
  });

  it('--format tmx writes a translation memory', SLOW, () => {
    const run = cli('align', '--zh', file('zh.txt'), '--en', file('en.txt'), '--format', 'tmx', '--out', file('out.tmx'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
  });

  const oneLine = (stderr: string) => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
    return lines[0]!;
  };

  it.each([
    ['an empty file', ['--zh', 'zh.txt', '--en', 'empty.txt'], 1, /empty\.txt: empty file/],
    ['both sides Chinese', ['--zh', 'zh.txt', '--en', 'zh.txt'], 1, /zh\.txt: --en looks like Chinese \(100% Han characters\); expected English/],
    ['both sides English', ['--zh', 'en.txt', '--en', 'en.txt'], 1, /en\.txt: --zh looks like English/],
    ['a side with only whitespace', ['--zh', 'zh.txt', '--en', 'blank.txt'], 1, /blank\.txt: no text \(--en needs an English text\)/],
    ['a side with only punctuation', ['--zh', 'dots.txt', '--en', 'en.txt'], 1, /dots\.txt: no words, only punctuation/],
    ['an --en text in another alphabet', ['--zh', 'zh.txt', '--en', 'ru.txt'], 1, /ru\.txt: --en is not in the Latin alphabet \(0% Latin letters\); expected English/],
    ['a binary file', ['--zh', 'image.png', '--en', 'en.txt'], 1, /image\.png: a binary file, not text \(NUL byte at offset 8\)/],
    ['NUL bytes even in a given encoding', ['--zh', 'zh.txt', '--en', 'nul.txt', '--encoding', 'utf-8'], 1, /nul\.txt: a binary file, not text \(NUL byte at offset 161\)/],
    ['undecodable bytes in the given encoding', ['--zh', 'zh-gbk.txt', '--en', 'en.txt', '--encoding', 'utf-8'], 1, /zh-gbk\.txt: not valid utf-8: 48 places \(first at byte 0, line 1\)/],
    ['an unknown encoding', ['--zh', 'zh.txt', '--en', 'en.txt', '--encoding', 'ebcdic'], 2, /--encoding ebcdic is not supported; use one of utf-8/],
    ['a missing file', ['--zh', 'nope.txt', '--en', 'en.txt'], 1, /nope\.txt: file not found/],
    ['a missing --en', ['--zh', 'zh.txt'], 2, /align needs --zh FILE and --en FILE/],
  ])('refuses %s with a clear message', (_, args, status, message) => {
    const run = cli('align', ...(args as string[]).map((a, i, all) => (i > 0 && ['--zh', '--en'].includes(all[i - 1]!) ? file(a) : a)));
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    if (status === 1) expect(oneLine(run.stderr)).toMatch(message as RegExp);
    else expect(run.stderr).toMatch(message as RegExp);
  }, 60_000);

  it('--zh-encoding and --en-encoding set one side each; --encoding both; the message names the option', SLOW, () => {
    writeFileSync(file('en-1252.txt'), Buffer.from('93497492732066696e652c9420736169642074686520636166e9206f776e6572209720747769636585', 'hex'));
    const run = cli('align', '--zh', file('zh-gbk.txt'), '--en', file('en-1252.txt'), '--zh-encoding', 'gbk', '--en-encoding', 'cp1252', '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\(gbk, 4 sentences\) with .*\(windows-1252, 1 sentences\)/);
    expect(JSON.parse(run.stdout).rows[0].b.join(' ')).toMatch(/^“It’s fine,”/);
    const wrong = cli('align', '--zh', file('zh.txt'), '--en', file('en.txt'), '--en-encoding', 'ebcdic');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^duizhao: --en-encoding ebcdic is not supported; use one of utf-8/);
  });

  it('a GBK file with one stray byte is refused in one line that says how to read it anyway; read so, each bad place is a warning', SLOW, () => {
    const stray = Buffer.from(GBK_HEX, 'hex');
    stray[11] = 0x7f;
    writeFileSync(file('zh-stray.txt'), stray);
    const refused = cli('align', '--zh', file('zh-stray.txt'), '--en', file('en.txt'));
    expect(refused.status).toBe(1);
    expect(oneLine(refused.stderr)).toMatch(/zh-stray\.txt: not valid UTF-8 \(at byte 0, line 1\); it reads as gb18030 but for byte 11 \(line 1\) — give --zh-encoding gb18030 to read it with U\+FFFD there$/);
    const read = cli('align', '--zh', file('zh-stray.txt'), '--en', file('en.txt'), '--zh-encoding', 'gb18030');
    expect(read.status, read.stderr).toBe(0);
    expect(read.stderr).toMatch(/zh-stray\.txt: warning: invalid GB18030 at byte 11 \(line 1\), read as U\+FFFD\n/);
  });

  it('a UTF-8 file with a bad byte is read as UTF-8, the place reported on stderr; a legacy encoding found is reported too', SLOW, () => {
    // curly quotes in UTF-8 (E2 80 9C, E2 80 9D) are the evidence; a stray 0x93 (“ in Windows-1252) the damage
    const quoted = EN.replace('fine today', '“fine” today');
    writeFileSync(file('en-bad.txt'), Buffer.concat([Buffer.from(quoted), Buffer.from([0x93]), Buffer.from(' The end.\n')]));
    const run = cli('align', '--zh', file('zh-gbk.txt'), '--en', file('en-bad.txt'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`en-bad.txt: warning: invalid UTF-8 at byte ${Buffer.byteLength(quoted)} (line 4), read as U+FFFD\n`);
    expect(run.stderr).toMatch(/zh-gbk\.txt: read as gb18030: not valid UTF-8 \(at byte 0, line 1\)\n/);
  });

  it('refuses a text over the size limit before reading it, in one line that names the limit', SLOW, () => {
    writeFileSync(file('huge.txt'), Buffer.alloc(MAX_TEXT_BYTES + 1, 0x61));
    const run = cli('align', '--zh', file('zh.txt'), '--en', file('huge.txt'));
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/huge\.txt: too large \(8\.0 MB\); a text can be at most 8\.0 MB: split the text into parts and bring them one at a time$/);
    const variants = cli('variants', '--a', file('huge.txt'), '--b', file('zh.txt'));
    expect(variants.status).toBe(1);
    expect(oneLine(variants.stderr)).toMatch(/huge\.txt: too large/);
  });

  it('refuses a Japanese text as the Chinese side', SLOW, () => {
    writeFileSync(file('ja.txt'), '今日は天気がいいので、公園に散歩に行きました。子供たちが凧をあげていました。\n');
    const run = cli('align', '--zh', file('ja.txt'), '--en', file('en.txt'));
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/ja\.txt: --zh looks like Japanese/);
  });

  it('keeps the traditional text as written', SLOW, () => {
    writeFileSync(file('zh-trad.txt'), ZH_TRADITIONAL);
    const run = cli('align', '--zh', file('zh-trad.txt'), '--en', file('en.txt'), '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).rows[0].a).toEqual(['今天天氣很好。']);
  });
});

describe('decoding a user\'s bytes', () => {
  const decode = (bytes: Uint8Array, encoding?: string) => decodeUserBytes(bytes, 'f.txt', encoding);

  it('tells GBK from Big5 by common characters, and keeps a UTF-8 BOM in the text (for the strip-bom rule)', () => {
    expect(decode(Buffer.from(GBK_HEX, 'hex'))).toMatchObject({ text: ZH, encoding: 'gb18030', warnings: [] });
    expect(decode(Buffer.from(BIG5_HEX, 'hex'))).toMatchObject({ text: ZH_TRADITIONAL, encoding: 'big5', warnings: [] });
    expect(decode(Buffer.from('\ufeff' + ZH))).toMatchObject({ text: '\ufeff' + ZH, encoding: 'utf-8', warnings: [] });
    expect(decode(Buffer.from(GBK_HEX, 'hex'), 'gbk').text).toBe(ZH);
  });

  it('reads an English text with a Chinese name in GBK as GBK, and one with curly quotes in Windows-1252 as that', () => {
    expect(decode(Buffer.from(MIXED_GBK_HEX, 'hex'))).toMatchObject({ text: 'Mao Zedong (毛泽东) met N. S. Khrushchev in Beijing.', encoding: 'gb18030', warnings: [] });
    expect(decode(Buffer.from(CP1252_HEX, 'hex'))).toMatchObject({ text: '“It’s fine,” said the café owner — twice…', encoding: 'windows-1252', warnings: [] });
  });

  it('reads UTF-16 without a byte-order mark when one byte order gives clean text', () => {
    expect(decode(Buffer.from(EN, 'utf16le'))).toMatchObject({ text: EN, encoding: 'utf-16le', warnings: [] });
    expect(decode(Buffer.from(EN, 'utf16le').swap16())).toMatchObject({ text: EN, encoding: 'utf-16be', warnings: [] });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ZH, 'utf16le').swap16()]))).toMatchObject({ text: `\ufeff${ZH}`, encoding: 'utf-16be', warnings: [] });
  });

  it('refuses binary content however it is decoded, and names the first bad byte', () => {
    expect(() => decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000\u0001\u0002', 'utf16le')]))).toThrow('f.txt: a binary file, not text (NUL at character 3 in the text decoded as utf-16le)');
    expect(() => decode(Buffer.from('abc\u0001\u0002\u0003\u0004'))).toThrow(/f\.txt: a binary file, not text \(4 control bytes/);
    // in an encoding given, a few bad places read as U+FFFD with a warning each; many are a refusal
    expect(decode(Buffer.from([0x41, 0x42, 0xa4, 0xa4, 0xa4, 0x20]), 'big5').warnings).toEqual(['invalid Big5 at byte 5 (line 1), read as U+FFFD']);
    expect(decode(Buffer.from([0x41, 0x81, 0x41]), 'windows-1252')).toMatchObject({ text: 'A\uFFFDA', warnings: ['invalid Windows-1252 at byte 1 (line 1), read as U+FFFD'] });
    expect(() => decode(Buffer.from('ab\x81\x81\x81\x81\x81', 'latin1'), 'windows-1252')).toThrow('f.txt: not valid windows-1252: 5 places (first at byte 2, line 1)');
    expect(() => decode(Buffer.from([0x41, 0x81, 0x41]), 'Shift_JIS')).toThrow(/--encoding Shift_JIS is not supported; use one of utf-8, utf-16le, utf-16be, gb18030, gbk, big5/);
  });
});

/** An English sentence with 毛泽东 in GBK, and one with curly quotes, é, — and … in Windows-1252 (Python's codecs). */
const MIXED_GBK_HEX = '4d616f205a65646f6e672028c3abd4f3b6ab29206d6574204e2e20532e204b68727573686368657620696e204265696a696e672e';
const CP1252_HEX = '93497492732066696e652c9420736169642074686520636166e9206f776e6572209720747769636585';

describe('export --pair', () => {
  it('exports the communiqué row by row of the alignment table, in TMX', SLOW, () => {
    const run = cli('export', 'mao-khrushchev-1958', '--pair', 'zh-rmrb,en', '--format', 'tmx');
    expect(run.status, run.stderr).toBe(0);
    const units = run.stdout.match(/<tu>[\s\S]*?<\/tu>/g) ?? [];
    expect(units).toHaveLength(42); // 45 rows, less the treaty's own date line and two (签字) lines (the title has its English now)
    expect(units.at(-1)).toContain('<seg>一九五八年八月三日于北京</seg>');
    expect(units.at(-1)).toContain('<prop type="x-row">45</prop>');
    // each text named by its label, from the build
    expect(units[0]).toContain(`<tuv xml:lang="zh-CN"><prop type="x-label">People&apos;s Daily, 4 Aug 1958</prop><seg>`);
    expect(units[0]).toContain('<tuv xml:lang="en"><prop type="x-label">English translation</prop><seg>');
  });

  it('exports two Chinese witnesses as TSV, empty cells where one lacks the passage', SLOW, () => {
    const run = cli('export', 'mao-khrushchev-1958', '--pair', 'zh-rmrb,zh-treaty', '--format', 'tsv');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('row\tzh-rmrb\tzh-treaty');
    expect(lines).toContain('36\t\t1958年8月3日于北京');
    expect(lines.at(-1)).toBe('45\t一九五八年八月三日于北京\t');
  });

  it('refuses an unknown witness and a malformed pair', SLOW, () => {
    const unknown = cli('export', 'mao-khrushchev-1958', '--pair', 'zh-rmrb,fr', '--format', 'tsv');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('duizhao: document mao-khrushchev-1958 has no witness "fr" (it has: zh-rmrb, zh-treaty, en)');
    const malformed = cli('export', 'mao-khrushchev-1958', '--pair', 'zh-rmrb', '--format', 'tsv');
    expect(malformed.status).toBe(2);
  });
});
