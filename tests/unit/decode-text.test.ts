/** The core's decoding of a user's bytes and its language check, called directly (no files, no CLI). */
import { describe, expect, it } from 'vitest';
import {
  decodeUserBytes, detectLanguage, ENCODINGS, firstUndecodableByte, languageProblem, TextInputError, type TextInputErrorKind,
} from '../../src/core/text/decode-text.ts';
import { decodeUserBytes as cliDecodeUserBytes } from '../../src/cli/decode-text.ts';
import { CliError } from '../../src/cli/source-files.ts';

const ZH = '今天天气很好。我们去公园散步。\n公园里有很多人，孩子们在放风筝。\n晚上我们回家吃饭。\n';
const ZH_TRADITIONAL = '今天天氣很好。我們去公園散步。\n公園裡有很多人，孩子們在放風箏。\n晚上我們回家吃飯。\n';
const EN = 'The weather is fine today. We go for a walk in the park.\nThere are many people in the park. The children are flying kites.\nIn the evening we go home for dinner.\n';
const RU = 'Сегодня хорошая погода. Мы идём гулять в парк.\n';

/** ZH in GBK and ZH_TRADITIONAL in Big5, as in align-command.test.ts (Python's codecs: `ZH.encode('gbk').hex()`). */
const GBK_HEX =
  'bdf1ccecccecc6f8badcbac3a1a3ced2c3c7c8a5b9abd4b0c9a2b2bda1a30ab9abd4b0c0efd3d0badcb6e0c8cba3acbaa2d7d3c3c7d4dab7c5b7e7f3dda1a30acdedc9cfced2c3c7bbd8bcd2b3d4b7b9a1a30a';
const BIG5_HEX =
  'a4b5a4d1a4d1aef0abdca66ea143a7daadcca568a4bdb6e9b4b2a842a1430aa4bdb6e9b8cca6b3abdca668a448a141abc4a46cadcca662a9f1adb7bae5a1430ab1dfa457a7daadcca65eae61a659b6baa1430a';
/** An English sentence with 毛泽东 in GBK, and one with curly quotes, é, — and … in Windows-1252 (Python's codecs). */
const MIXED_GBK_HEX = '4d616f205a65646f6e672028c3abd4f3b6ab29206d6574204e2e20532e204b68727573686368657620696e204265696a696e672e';
const CP1252_HEX = '93497492732066696e652c9420736169642074686520636166e9206f776e6572209720747769636585';
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

// plain Uint8Arrays, as a browser Worker has them (no Buffer)
const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
const bytes = (...parts: (Uint8Array | readonly number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
}
const decode = (input: Uint8Array, encoding?: string) => decodeUserBytes(input, 'f.txt', encoding);

/** The TextInputError that decoding `input` throws. */
function failure(input: Uint8Array, encoding?: string): TextInputError {
  try {
    decode(input, encoding);
  } catch (error) {
    if (error instanceof TextInputError) return error;
    throw error;
  }
  throw new Error('expected a TextInputError, but the bytes decoded');
}

describe('decodeUserBytes: detection', () => {
  it('reads UTF-8, and keeps a UTF-8 byte-order mark in the text, for the strip-bom rule to record', () => {
    expect(decode(utf8(ZH))).toMatchObject({ text: ZH, encoding: 'utf-8', warnings: [] });
    expect(decode(utf8(EN))).toMatchObject({ text: EN, encoding: 'utf-8', warnings: [] });
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8(ZH)))).toMatchObject({ text: `\uFEFF${ZH}`, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 in either byte order by its byte-order mark, which it keeps', () => {
    expect(decode(bytes([0xff, 0xfe], utf16(ZH, 'le')))).toMatchObject({ text: `\uFEFF${ZH}`, encoding: 'utf-16le', warnings: [] });
    expect(decode(bytes([0xfe, 0xff], utf16(ZH, 'be')))).toMatchObject({ text: `\uFEFF${ZH}`, encoding: 'utf-16be', warnings: [] });
    expect(decode(bytes([0xff, 0xfe], utf16(EN, 'le')))).toMatchObject({ text: `\uFEFF${EN}`, encoding: 'utf-16le', warnings: [] });
  });

  it('reads UTF-16 without a byte-order mark when one byte order gives ordinary text', () => {
    expect(decode(utf16(EN, 'le'))).toMatchObject({ text: EN, encoding: 'utf-16le', warnings: [] });
    expect(decode(utf16(EN, 'be'))).toMatchObject({ text: EN, encoding: 'utf-16be', warnings: [] });
    expect(decode(utf16(ZH, 'le'))).toMatchObject({ text: ZH, encoding: 'utf-16le', warnings: [] });
  });

  it('reads GBK bytes as GB18030, Big5 bytes as Big5 (by which reads as common Chinese)', () => {
    expect(decode(hex('d6d0b9fa'))).toMatchObject({ text: '中国', encoding: 'gb18030', warnings: [] });
    expect(decode(hex(GBK_HEX))).toMatchObject({ text: ZH, encoding: 'gb18030', warnings: [] });
    expect(decode(hex(BIG5_HEX))).toMatchObject({ text: ZH_TRADITIONAL, encoding: 'big5', warnings: [] });
  });

  it('reads an English text with a Chinese name in GBK as GBK, and one with curly quotes as Windows-1252', () => {
    expect(decode(hex(MIXED_GBK_HEX))).toMatchObject({ text: 'Mao Zedong (毛泽东) met N. S. Khrushchev in Beijing.', encoding: 'gb18030', warnings: [] });
    // 0x93 0x94 0x92 0x97 0x85 are “ ” ’ — … in Windows-1252, not the C1 controls Latin-1 makes of them
    expect(decode(hex(CP1252_HEX))).toMatchObject({ text: '“It’s fine,” said the café owner — twice…', encoding: 'windows-1252', warnings: [] });
  });
});

describe('decodeUserBytes: a given encoding', () => {
  it('decodes with the encoding given, by its name or an alias, in any case', () => {
    expect(decode(hex(GBK_HEX), 'gbk')).toMatchObject({ text: ZH, encoding: 'gbk', warnings: [] });
    expect(decode(hex(GBK_HEX), 'GB2312')).toMatchObject({ text: ZH, encoding: 'gbk', warnings: [] });
    expect(decode(hex(BIG5_HEX), 'Big5')).toMatchObject({ text: ZH_TRADITIONAL, encoding: 'big5', warnings: [] });
    expect(decode(hex(CP1252_HEX), 'cp1252')).toMatchObject({ text: '“It’s fine,” said the café owner — twice…', encoding: 'windows-1252', warnings: [] });
    expect(decode(utf16(EN, 'le'), 'utf-16')).toMatchObject({ text: EN, encoding: 'utf-16le', warnings: [] });
    // a given encoding wins over detection: these GBK bytes read as Big5 are other characters
    const asBig5 = decode(hex('d6d0b9fa'), 'big5');
    expect(asBig5.encoding).toBe('big5');
    expect(asBig5.text).not.toBe('中国');
  });

  it('refuses an encoding it does not know, naming the ones it does', () => {
    const error = failure(utf8(EN), 'Shift_JIS');
    expect(error.kind).toBe('unsupported-encoding');
    expect(error.message).toBe(`--encoding Shift_JIS is not supported; use one of ${ENCODINGS.join(', ')}`);
    expect(error.message).toBe('--encoding Shift_JIS is not supported; use one of utf-8, utf-16le, utf-16be, gb18030, gbk, big5, windows-1252');
    // names of Object.prototype's members are not encodings either
    expect(failure(utf8(EN), 'constructor').kind).toBe('unsupported-encoding');
    expect(failure(utf8(EN), '__proto__').kind).toBe('unsupported-encoding');
  });
});

describe('decodeUserBytes: refusals', () => {
  it.each<[string, Uint8Array, string | undefined, TextInputErrorKind, string]>([
    ['empty input', new Uint8Array(0), undefined, 'empty', 'f.txt: empty file, expected text'],
    ['a PNG header', Uint8Array.from(PNG_HEADER), undefined, 'binary', 'f.txt: a binary file, not text (NUL byte at offset 8)'],
    ['a PNG header in a given encoding', Uint8Array.from(PNG_HEADER), 'utf-8', 'binary', 'f.txt: a binary file, not text (NUL byte at offset 8)'],
    ['control bytes', utf8('abc\u0001\u0002\u0003\u0004'), undefined, 'binary', 'f.txt: a binary file, not text (4 control bytes in the first 7)'],
    ['NUL in decoded UTF-16', bytes([0xff, 0xfe], utf16('ab\u0000\u0001\u0002', 'le')), undefined, 'binary', 'f.txt: a binary file, not text (NUL at character 3 in the text decoded as utf-16le)'],
    ['GBK bytes given as UTF-8', hex(GBK_HEX), 'utf-8', 'undecodable', 'f.txt: not valid utf-8: 48 places (first at byte 0, line 1)'],
    ['Big5 bytes given as Windows-1252', bytes([...utf8('x'.repeat(10)), ...Array(10).fill(0x81)]), 'windows-1252', 'undecodable', 'f.txt: not valid windows-1252: 10 places (first at byte 10, line 1)'],
    ['bytes no encoding reads', bytes([0x41, 0xff, 0x81]), undefined, 'undecodable', 'f.txt: not text in UTF-8, UTF-16, GB18030, Big5 or Windows-1252 (choose the encoding if you know it)'],
  ])('refuses %s with a TextInputError of its kind, naming the file', (_, input, encoding, kind, message) => {
    const error = failure(input, encoding);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TextInputError');
    expect(error.kind).toBe(kind);
    expect(error.file).toBe('f.txt');
    expect(error.message).toBe(message);
  });

  it('finds the first byte an encoding cannot decode', () => {
    expect(firstUndecodableByte(bytes(utf8('ab'), [0xff], utf8('c')), 'utf-8')).toBe(2);
    expect(firstUndecodableByte(bytes(utf8('中'), [0xe4, 0xb8], utf8('b')), 'utf-8')).toBe(5); // a cut-off character fails at the byte after it
    expect(firstUndecodableByte(utf8('clean'), 'utf-8')).toBe(5); // the length when all decodes
  });
});

describe('the CLI edge', () => {
  it('turns a TextInputError into a CliError with the same message: exit code 2 for an unknown encoding, 1 for bad bytes', () => {
    const cliFailure = (input: Uint8Array, encoding?: string) => {
      try {
        cliDecodeUserBytes(input, 'f.txt', encoding);
      } catch (error) {
        return error;
      }
      return null;
    };
    const unknown = cliFailure(utf8(EN), 'Shift_JIS');
    expect(unknown).toBeInstanceOf(CliError);
    expect(unknown).toMatchObject({ exitCode: 2, message: failure(utf8(EN), 'Shift_JIS').message });
    const png = cliFailure(Uint8Array.from(PNG_HEADER));
    expect(png).toBeInstanceOf(CliError);
    expect(png).toMatchObject({ exitCode: 1, message: 'f.txt: a binary file, not text (NUL byte at offset 8)' });
    expect(cliDecodeUserBytes(hex(GBK_HEX), 'f.txt')).toMatchObject({ text: ZH, encoding: 'gb18030', warnings: [] });
  });
});

describe('detectLanguage', () => {
  it('tells Chinese from English by the shares of Han and Latin letters', () => {
    expect(detectLanguage(ZH)).toEqual({ lang: 'zh', han: 1, latin: 1, kana: 0 });
    expect(detectLanguage(ZH_TRADITIONAL).lang).toBe('zh');
    expect(detectLanguage(EN)).toEqual({ lang: 'en', han: 0, latin: 1, kana: 0 });
    // a Chinese name in an English sentence leaves it English
    const withName = detectLanguage('Mao Zedong (毛泽东) met N. S. Khrushchev in Beijing in the summer of 1958.');
    expect(withName.lang).toBe('en');
    expect(withName.han).toBeGreaterThan(0);
    expect(withName.han).toBeLessThanOrEqual(0.3);
  });

  it('says neither for mixed text, another alphabet, or no letters at all', () => {
    // 2 Han characters against 20 Latin letters (4 words' worth): a third Han, between the thresholds
    const mixed = detectLanguage('我们 are walking in the parks');
    expect(mixed.lang).toBeNull();
    expect(mixed.han).toBeCloseTo(1 / 3, 5);
    expect(detectLanguage(RU)).toEqual({ lang: null, han: 0, latin: 0, kana: 0 });
    expect(detectLanguage('……。！').lang).toBeNull();
    expect(detectLanguage('1958').lang).toBeNull();
    expect(detectLanguage('').lang).toBeNull();
  });

  it('agrees with languageProblem on the texts it names', () => {
    for (const text of [ZH, ZH_TRADITIONAL, EN, RU, '我们 are walking in the parks']) {
      const { lang } = detectLanguage(text);
      expect(languageProblem('f.txt', 'zh', text) === null, text).toBe(lang === 'zh');
      expect(languageProblem('f.txt', 'en', text) === null, text).toBe(lang === 'en');
    }
  });
});

describe('languageProblem', () => {
  it('accepts a text in the language expected', () => {
    expect(languageProblem('zh.txt', 'zh', ZH, '--zh')).toBeNull();
    expect(languageProblem('zh.txt', 'zh', ZH_TRADITIONAL)).toBeNull();
    expect(languageProblem('en.txt', 'en', EN, '--en')).toBeNull();
    expect(languageProblem('en.txt', 'en', 'Mao Zedong (毛泽东) met N. S. Khrushchev in Beijing in the summer of 1958.')).toBeNull();
  });

  it('names the file, the side and the share that decided, as the CLI says it', () => {
    expect(languageProblem('en.txt', 'zh', EN, '--zh')).toBe('en.txt: --zh looks like English or another language (0% Han characters); expected Chinese');
    expect(languageProblem('zh.txt', 'en', ZH, '--en')).toBe('zh.txt: --en looks like Chinese (100% Han characters); expected English');
    expect(languageProblem('ru.txt', 'en', RU, '--en')).toBe('ru.txt: --en is not in the Latin alphabet (0% Latin letters); expected English');
    expect(languageProblem('mixed.txt', 'zh', '我们 are walking in the parks', '--zh')).toBe('mixed.txt: --zh looks like English or another language (33% Han characters); expected Chinese');
    expect(languageProblem('mixed.txt', 'en', '我们 are walking in the parks', '--en')).toBe('mixed.txt: --en looks like Chinese (33% Han characters); expected English');
    expect(languageProblem('blank.txt', 'zh', ' \n\t\n\n', '--zh')).toBe('blank.txt: no text (--zh needs a Chinese text)');
    expect(languageProblem('dots.txt', 'en', '……。！\n', '--en')).toBe('dots.txt: no words, only punctuation or symbols (--en needs an English text)');
  });

  it('leaves the flag out when none is given', () => {
    expect(languageProblem('en.txt', 'zh', EN)).toBe('en.txt: looks like English or another language (0% Han characters); expected Chinese');
    expect(languageProblem('zh.txt', 'en', ZH)).toBe('zh.txt: looks like Chinese (100% Han characters); expected English');
    expect(languageProblem('ru.txt', 'en', RU)).toBe('ru.txt: not in the Latin alphabet (0% Latin letters); expected English');
    expect(languageProblem('blank.txt', 'en', '')).toBe('blank.txt: no text (expected an English text)');
    expect(languageProblem('dots.txt', 'zh', '……。！\n')).toBe('dots.txt: no words, only punctuation or symbols (expected a Chinese text)');
  });
});

describe('decodeUserBytes: damaged bytes are never read as another encoding', () => {
  // ZH in GBK with its 11th byte (the lead byte of 好) replaced by 0x7F: one stray byte
  const strayGbk = hex(GBK_HEX);
  strayGbk[11] = 0x7f;

  it('a GB18030 text with one stray byte is refused, naming the encoding it reads as and the place — not read as Big5', () => {
    const error = failure(strayGbk);
    expect(error.kind).toBe('undecodable');
    expect(error.message).toBe('f.txt: not valid UTF-8 (at byte 0, line 1); it reads as gb18030 but for byte 11 (line 1) — choose the encoding gb18030 to read it with U+FFFD there');
    // the CLI names its own option
    expect(() => decodeUserBytes(strayGbk, 'f.txt', { encodingFlag: '--zh-encoding' })).toThrow(/give --zh-encoding gb18030 to read it/);
  });

  it('given the encoding, the damaged text is read with U+FFFD at the bad place, and a warning for it', () => {
    const read = decodeUserBytes(strayGbk, 'f.txt', { encoding: 'gb18030' });
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toContain('\uFFFD');
    expect(read.text.startsWith('今天天气很')).toBe(true);
    expect(read.warnings[0]).toBe('invalid GB18030 at byte 11 (line 1), read as U+FFFD');
  });

  it('UTF-8 English with one invalid sequence stays UTF-8, with a warning naming byte and line (not Windows-1252 mojibake)', () => {
    const damaged = bytes(utf8('He said “hello”.\nThen he left — quickly.\n'), [0x93], utf8(' The end.\n'));
    const read = decode(damaged);
    expect(read.encoding).toBe('utf-8');
    expect(read.text).toBe('He said “hello”.\nThen he left — quickly.\n\uFFFD The end.\n');
    expect(read.warnings).toEqual([`invalid UTF-8 at byte ${damaged.indexOf(0x93)} (line 3), read as U+FFFD`]);
    expect(read.reason).toBe('utf-8, but for one place read as U+FFFD');
  });

  it('a UTF-8 text cut in the middle of its last character stays UTF-8 (not GB18030), with a warning', () => {
    const whole = utf8(ZH.trimEnd());
    const cut = whole.subarray(0, whole.length - 1);
    const read = decode(cut);
    expect(read.encoding).toBe('utf-8');
    expect(read.text).toBe(`${ZH.trimEnd().slice(0, -1)}\uFFFD`);
    expect(read.warnings).toEqual([`invalid UTF-8 at byte ${whole.length - 3} (line 3), read as U+FFFD`]);
  });

  it('a legacy encoding detection chose says so, and why', () => {
    expect(decode(hex(GBK_HEX)).reason).toBe('gb18030: not valid UTF-8 (at byte 0, line 1)');
    expect(decode(utf8(ZH)).reason).toBe('utf-8');
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8(ZH))).reason).toBe('utf-8, by its byte-order mark');
  });

  it('counts lines by \\n, \\r\\n and a lone \\r in its messages', () => {
    const crOnly = bytes(utf8('第一行。\r第二行。\r'), [0xff], utf8('第三行。'));
    expect(decode(crOnly).warnings).toEqual([`invalid UTF-8 at byte ${crOnly.indexOf(0xff)} (line 3), read as U+FFFD`]);
    const crlf = bytes(utf8('第一行。\r\n第二行。\r\n'), [0xff], utf8('第三行。'));
    expect(decode(crlf).warnings).toEqual([`invalid UTF-8 at byte ${crlf.indexOf(0xff)} (line 3), read as U+FFFD`]);
  });
});

describe('languageProblem: Japanese is not Chinese', () => {
  const JA = '今日は天気がいいので、公園に散歩に行きました。子供たちが凧をあげていました。';
  it('refuses a Japanese text as Chinese, by its kana', () => {
    expect(languageProblem('ja.txt', 'zh', JA, '--zh')).toMatch(/^ja\.txt: --zh looks like Japanese \(\d+% of its Han and kana letters are kana\); expected Chinese$/);
    expect(detectLanguage(JA).lang).toBeNull();
    expect(detectLanguage(JA).kana).toBeGreaterThan(0.3);
  });
  it('lets a Chinese text with a borrowed katakana name pass', () => {
    const zh = '索尼（ソニー）公司今天在北京发布了新产品，很多人前来参观，大家都觉得很好。';
    expect(languageProblem('zh.txt', 'zh', zh, '--zh')).toBeNull();
  });
});
