/**
 * Decoding a text a user brings, the same in the CLI and in a browser Worker: the encoding is
 * detected unless given — a byte-order mark; UTF-16 without one (NUL high bytes); strict UTF-8;
 * otherwise GB18030 or Big5, whichever reads as more plausible Chinese; Windows-1252 for an English
 * text with curly quotes. TextDecoder (full ICU in Node, the WHATWG encodings in browsers) does the
 * decoding; no conversion library is needed. Also: telling a user's Chinese text from English.
 */

/** What is wrong with a user's input, for a UI to react to; the message is one line and names the file. */
export type TextInputErrorKind = 'empty' | 'binary' | 'undecodable' | 'unsupported-encoding';

/** Bytes that are not a text this reader can take, or an encoding it does not know. */
export class TextInputError extends Error {
  readonly kind: TextInputErrorKind;
  /** The name the input was given (a path, a file name). */
  readonly file: string;

  constructor(file: string, kind: TextInputErrorKind, message: string) {
    super(message);
    this.name = 'TextInputError';
    this.kind = kind;
    this.file = file;
  }
}

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ALIASES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le',
  gb18030: 'gb18030', gbk: 'gbk', gb2312: 'gbk', big5: 'big5', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', latin1: 'windows-1252',
};

/**
 * About 200 of the most frequent characters of modern Chinese (the top of Jun Da's character
 * frequency list, Modern Chinese Character Frequency List, 2004), with the traditional forms of
 * those that differ: text decoded with the wrong one of GB18030 and Big5 comes out as rare
 * characters instead. In real text they make up 40–55% of the Han characters (the seed documents).
 */
const COMMON_HANZI = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话' +
    '這來國個說們為時會著過學對裡後麼沒於還發當無開見經頭從動兩長樣現將與進實點種聲話',
);

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder decodes the
 * `windows-1252` label as plain Latin-1 (0x93 becomes U+0093, not “), so this range is mapped
 * here; the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are left out and refused.
 */
const WINDOWS_1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

/**
 * Decode a user's bytes; `name` (a path, a file name) only names them in errors, and `encoding`
 * (one of ENCODINGS or an alias: utf8, utf-16, gb2312, cp1252, latin1) overrides detection.
 * Throws a TextInputError for empty, binary and undecodable bytes and for an unknown encoding.
 */
export function decodeUserBytes(bytes: Uint8Array, name: string, encoding?: string): DecodedText {
  if (bytes.length === 0) throw new TextInputError(name, 'empty', `${name}: empty file, expected text`);
  const decoded = encoding === undefined ? detectAndDecode(bytes, name) : decodeGiven(bytes, encodingNamed(encoding, name), name);
  const control = controlCharacter(decoded.text);
  if (control !== null) throw new TextInputError(name, 'binary', `${name}: a binary file, not text (${control} in the text decoded as ${decoded.encoding})`);
  return decoded;
}

function encodingNamed(encoding: string, name: string): Encoding {
  const key = encoding.toLowerCase();
  const chosen = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined; // not `constructor`, `__proto__`
  if (!chosen) throw new TextInputError(name, 'unsupported-encoding', `--encoding ${encoding} is not supported; use one of ${ENCODINGS.join(', ')}`);
  return chosen;
}

function decodeGiven(bytes: Uint8Array, encoding: Encoding, name: string): DecodedText {
  if (!encoding.startsWith('utf-16')) refuseBinary(bytes, name);
  return { text: decodeStrict(bytes, encoding, name), encoding };
}

function detectAndDecode(bytes: Uint8Array, name: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeStrict(bytes, bom, name), encoding: bom };
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return utf16;
  }
  refuseBinary(bytes, name);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const chinese = (['gb18030', 'big5'] as const)
    .map((e) => ({ encoding: e, text: tryDecode(bytes, e) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .sort((x, y) => plausibility(y.text) - plausibility(x.text))[0];
  const western = decodeWindows1252(bytes);
  // Chinese in a double-byte encoding is mostly high bytes and common characters; an English text
  // with a few curly quotes or accented names is neither, though it may happen to decode as GB18030.
  if (chinese && (highByteShare(bytes) >= 0.3 || plausibility(chinese.text) >= 0.15)) return chinese;
  if (western !== null && looksWestern(western)) return { text: western, encoding: 'windows-1252' };
  if (chinese) return chinese;
  if (western !== null) return { text: western, encoding: 'windows-1252' };
  throw new TextInputError(name, 'undecodable', `${name}: not text in UTF-8, UTF-16, GB18030, Big5 or Windows-1252 (give --encoding if you know it)`);
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte-order mark, taken only when one byte order gives clean, ordinary text. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== null && controlCharacter(text) === null && ordinaryShare(text) >= 0.95) return { text, encoding };
  }
  return null;
}

/** NUL bytes, or more than 2% other control bytes, in a file that is not UTF-16: not text. */
function refuseBinary(bytes: Uint8Array, name: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new TextInputError(name, 'binary', `${name}: a binary file, not text (NUL byte at offset ${nul})`);
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) if (isControl(byte)) control++;
  if (control > sample.length * 0.02) throw new TextInputError(name, 'binary', `${name}: a binary file, not text (${control} control bytes in the first ${sample.length})`);
}

/** A C0 control other than tab, line feed, form feed and carriage return. */
function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/** The first NUL in decoded text, or a description of too many control characters; null when clean. */
function controlCharacter(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `NUL at character ${nul}`;
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) control++;
  return control > text.length * 0.02 ? `${control} control characters` : null;
}

function tryDecode(bytes: Uint8Array, encoding: Exclude<Encoding, 'windows-1252'>): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Windows-1252 (see WINDOWS_1252_HIGH), or null for a byte it does not define. */
function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (const byte of bytes) {
    const ch = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
    if (ch === '\u0000' && byte !== 0) return null;
    text += ch;
  }
  return text;
}

/** Offset of the first byte that `encoding` cannot decode (a binary search over prefixes). */
export function firstUndecodableByte(bytes: Uint8Array, encoding: string): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function firstUndecodable(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding !== 'windows-1252') return firstUndecodableByte(bytes, encoding);
  return bytes.findIndex((b) => b >= 0x80 && b < 0xa0 && WINDOWS_1252_HIGH[b - 0x80] === '\u0000');
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding, name: string): string {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : tryDecode(bytes, encoding);
  if (text === null) throw new TextInputError(name, 'undecodable', `${name}: not valid ${encoding} (at byte ${firstUndecodable(bytes, encoding)})`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  return high / bytes.length;
}

/**
 * Whether a Windows-1252 reading looks like a Western text: its non-ASCII characters are mostly
 * punctuation (“ ” – …) or single letters among ASCII ones (café), not the runs that Chinese
 * read byte by byte gives (Ã«Ôó).
 */
function looksWestern(text: string): boolean {
  let nonAscii = 0;
  let western = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    const alone = (text.charCodeAt(i - 1) || 0) < 0x80 && (text.charCodeAt(i + 1) || 0) < 0x80;
    if (alone || /[\u00a0\u2010-\u2027\u20ac\u2122]/.test(text[i]!)) western++;
  }
  return western >= nonAscii * 0.7;
}

/** Share of Han characters that are common ones: high for the right decoding, near 0 for the wrong one. */
function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON_HANZI.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/** Share of characters that ordinary Chinese or English text is made of (ASCII, Han, CJK and general punctuation). */
function ordinaryShare(text: string): number {
  let ordinary = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    if (/[\t\n\r\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u3000-\u303f\uff00-\uffef]|\p{Script=Han}/u.test(ch)) ordinary++;
  }
  return all === 0 ? 0 : ordinary / all;
}

/** Share of letters that are Han characters (0..1), for telling Chinese from English. */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  // a Han character carries a word's weight; Latin letters come five or so to a word
  const words = han + letters / 5;
  return words === 0 ? 0 : han / words;
}

/** Share of the letters other than Han characters that are Latin (0..1; 1 when there are none). */
export function latinShare(text: string): number {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{L}/u.test(ch) && !/\p{Script=Han}/u.test(ch)) other++;
  }
  return latin + other === 0 ? 1 : latin / (latin + other);
}

export interface DetectedLanguage {
  /** 'zh' when at least half the words are Han characters; 'en' when at most 30% are and the other letters are mostly Latin; else null. */
  readonly lang: 'zh' | 'en' | null;
  /** hanShare of the text (0..1). */
  readonly han: number;
  /** latinShare of the text (0..1). */
  readonly latin: number;
}

/** The language a user's text looks to be in, with the shares that decided it; null for a text without letters. */
export function detectLanguage(text: string): DetectedLanguage {
  const han = hanShare(text);
  const latin = latinShare(text);
  // without letters the shares say nothing (latinShare is 1 for no letters at all)
  if (!/\p{L}/u.test(text)) return { lang: null, han, latin };
  const lang = han >= 0.5 ? 'zh' : han <= 0.3 && latin >= 0.5 ? 'en' : null;
  return { lang, han, latin };
}

/**
 * Why a user's text will not do as the `expected` side (empty, no words, the wrong language, not
 * in the Latin alphabet), as one line naming it; null when it will. `flag` is how the caller names
 * the side (the CLI's `--zh`, `--en`); without it the message leaves it out.
 */
export function languageProblem(name: string, expected: 'zh' | 'en', text: string, flag?: string): string | null {
  const needs = expected === 'zh' ? 'a Chinese' : 'an English';
  const wanted = flag === undefined ? `expected ${needs} text` : `${flag} needs ${needs} text`;
  const side = flag === undefined ? '' : `${flag} `;
  if (text.trim() === '') return `${name}: no text (${wanted})`;
  if (!/[\p{L}\p{N}]/u.test(text)) return `${name}: no words, only punctuation or symbols (${wanted})`;
  const han = Math.round(hanShare(text) * 100);
  if (expected === 'zh' && han < 50) return `${name}: ${side}looks like English or another language (${han}% Han characters); expected Chinese`;
  if (expected === 'en' && han > 30) return `${name}: ${side}looks like Chinese (${han}% Han characters); expected English`;
  const latin = Math.round(latinShare(text) * 100);
  if (expected === 'en' && latin < 50) return `${name}: ${flag === undefined ? 'not' : `${flag} is not`} in the Latin alphabet (${latin}% Latin letters); expected English`;
  return null;
}
