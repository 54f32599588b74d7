/**
 * Decoding a text a user brings, the same in the CLI and in a browser Worker (one pure decision,
 * see decodeUserBytes): TextDecoder (full ICU in Node, the WHATWG encodings in browsers) does the
 * decoding; no conversion library is needed. Also: telling a user's Chinese text from English.
 */
import { linesAt, scanUtf8 } from './byte-scan.ts';

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
  /** The decoded text, a byte-order mark included (the `strip-bom` rule removes it, and records it). */
  readonly text: string;
  readonly encoding: Encoding;
  /** How the encoding was chosen, in words, for the CLI and the import page to report. */
  readonly reason: string;
  /**
   * Places that did not decode and read as U+FFFD instead, one line each (`invalid UTF-8 at byte
   * 12 (line 3)`); empty when every byte decoded.
   */
  readonly warnings: readonly string[];
}

export interface DecodeOptions {
  /** One of ENCODINGS or an alias (utf8, utf-16, gb2312, cp1252, latin1): overrides detection. */
  readonly encoding?: string | undefined;
  /** How the caller lets a user name the encoding (the CLI's `--zh-encoding`), for messages; without it they say "choose the encoding". */
  readonly encodingFlag?: string | undefined;
}

/** At most this many bad places are tolerated (read as U+FFFD, with a warning): a few per thousand characters. */
function tolerated(length: number): number {
  return Math.max(4, Math.floor(length / 1000));
}

/** The warnings list names this many places; the rest are counted. */
const LISTED = 5;

/**
 * Decode a user's bytes; `name` (a path, a file name) only names them in messages. The decision
 * is the same in the CLI and in a browser Worker:
 * - a byte-order mark decides the encoding;
 * - UTF-16 without one is taken when one byte order gives clean, ordinary text;
 * - UTF-8 is taken when the bytes are UTF-8, and also when they are UTF-8 but for a few places
 *   (a cut-off last character, a stray byte): those read as U+FFFD, each with a warning;
 * - otherwise a legacy encoding (GB18030, Big5, Windows-1252) is taken only when it decodes every
 *   byte, gives no private-use character, reads as Chinese or Western text, and no other reading
 *   that is just as plausible fails at only a few places (then the bytes are ambiguous or damaged,
 *   and the user is asked to name the encoding). A legacy encoding is never taken to paper over
 *   bad bytes in another.
 * Throws a TextInputError for empty, binary and undecodable bytes and for an unknown encoding.
 */
export function decodeUserBytes(bytes: Uint8Array, name: string, options: DecodeOptions | string = {}): DecodedText {
  const { encoding, encodingFlag } = typeof options === 'string' ? { encoding: options, encodingFlag: undefined } : options;
  if (bytes.length === 0) throw new TextInputError(name, 'empty', `${name}: empty file, expected text`);
  const decoded = encoding === undefined ? detectAndDecode(bytes, name, encodingFlag) : decodeGiven(bytes, encodingNamed(encoding, name, encodingFlag), name);
  const control = controlCharacter(decoded.text);
  if (control !== null) throw new TextInputError(name, 'binary', `${name}: a binary file, not text (${control} in the text decoded as ${decoded.encoding})`);
  return decoded;
}

function encodingNamed(encoding: string, name: string, flag = '--encoding'): Encoding {
  const key = encoding.toLowerCase();
  const chosen = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined; // not `constructor`, `__proto__`
  if (!chosen) throw new TextInputError(name, 'unsupported-encoding', `${flag} ${encoding} is not supported; use one of ${ENCODINGS.join(', ')}`);
  return chosen;
}

/** A reading of the bytes in one encoding: U+FFFD where a byte does not decode. */
interface Reading {
  readonly encoding: Encoding;
  readonly text: string;
  /** Places that did not decode. */
  readonly bad: number;
  /** Private-use characters: what GB18030 and Big5 make of bytes no real text has. */
  readonly privateUse: number;
}

function read(bytes: Uint8Array, encoding: Encoding): Reading {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let privateUse = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code >= 0xe000 && code <= 0xf8ff) privateUse++;
    else if (code >= 0xdb80 && code <= 0xdbff) privateUse++; // the high surrogates of planes 15 and 16 (all private use)
  }
  return { encoding, text, bad, privateUse };
}

function decodeGiven(bytes: Uint8Array, encoding: Encoding, name: string): DecodedText {
  if (!encoding.startsWith('utf-16')) refuseBinary(bytes, name);
  const reading = read(bytes, encoding);
  const reason = `${encoding}, as given`;
  if (reading.bad === 0) return { text: reading.text, encoding, reason, warnings: [] };
  // a text that is mostly not in the encoding given is refused: the user named the wrong one
  if (reading.bad > tolerated(reading.text.length)) {
    throw new TextInputError(name, 'undecodable', `${name}: not valid ${encoding}: ${badPlaces(bytes, encoding, reading.bad)}`);
  }
  return { text: reading.text, encoding, reason, warnings: warningsFor(bytes, encoding, reading.bad) };
}

function detectAndDecode(bytes: Uint8Array, name: string, flag: string | undefined): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const reading = read(bytes, bom);
    if (reading.bad > tolerated(reading.text.length)) {
      throw new TextInputError(name, 'undecodable', `${name}: starts with a ${bom} byte-order mark but is not ${bom}: ${badPlaces(bytes, bom, reading.bad)}`);
    }
    return { text: reading.text, encoding: bom, reason: `${bom}, by its byte-order mark`, warnings: warningsFor(bytes, bom, reading.bad) };
  }
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return utf16;
  }
  refuseBinary(bytes, name);
  const utf8 = scanUtf8(bytes, LISTED);
  // valid UTF-8 is UTF-8, unless it holds C1 controls (U+0080–U+009F), which no real text has and a
  // Windows-1252 text damaged into UTF-8 shape does (C2 92)
  const asUtf8 = utf8.invalid === 0 ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : null;
  if (asUtf8 !== null && !/[\u0080-\u009f]/.test(asUtf8)) return { text: asUtf8, encoding: 'utf-8', reason: 'utf-8', warnings: [] };
  // UTF-8 but for a few places: its well-formed multi-byte sequences outnumber the bad ones four
  // to one (Chinese in GBK or Big5 makes a few by chance, and five times as many bad ones)
  if (utf8.invalid > 0 && utf8.multiByte > 0 && utf8.invalid * 4 <= Math.max(4, utf8.multiByte) && utf8.invalid <= tolerated(bytes.length)) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', reason: `utf-8, but for ${utf8.invalid === 1 ? 'one place' : `${utf8.invalid} places`} read as U+FFFD`, warnings: warningsFor(bytes, 'utf-8', utf8.invalid, utf8.invalidAt) };
  }
  const notUtf8 =
    utf8.invalid === 0 ? 'UTF-8 only in form (it holds C1 control characters)' : `not valid UTF-8 (at byte ${utf8.invalidAt[0]}, line ${linesAt(bytes, [utf8.invalidAt[0]!])[0]})`;
  const legacy = (['gb18030', 'big5', 'windows-1252'] as const).map((e) => read(bytes, e));
  // damaged UTF-8 with too few good sequences to be sure of stays a rival: a legacy reading that
  // happens to be clean must not paper over it
  const readings = utf8.invalid > 0 && utf8.multiByte >= utf8.invalid ? [read(bytes, 'utf-8'), ...legacy] : legacy;
  const measure = measuresOf(bytes);
  const chosen = chooseLegacy(measure, readings);
  if (chosen) return { text: chosen.text, encoding: chosen.encoding, reason: `${chosen.encoding}: ${notUtf8}`, warnings: [] };
  const nearest = readings
    .filter((r) => isDamaged(r) && (r.bad + r.privateUse) * 20 <= r.text.length)
    .sort((x, y) => measure.fit(y) - measure.fit(x) || x.bad + x.privateUse - y.bad - y.privateUse)[0];
  const nameIt = (e: Encoding) => (flag === undefined ? `choose the encoding ${e}` : `give ${flag} ${e}`);
  if (nearest) {
    const why = nearest.encoding === 'utf-8' ? '' : `${notUtf8}; it `;
    const damage = nearest.bad > 0 ? badPlaces(bytes, nearest.encoding, nearest.bad) : `${nearest.privateUse} private-use character${nearest.privateUse === 1 ? '' : 's'} (at character ${privateUseAt(nearest.text)})`;
    const there = nearest.bad > 0 ? 'with U+FFFD there' : 'anyway';
    throw new TextInputError(name, 'undecodable', `${name}: ${why}reads as ${nearest.encoding} but for ${damage} — ${nameIt(nearest.encoding)} to read it ${there}`);
  }
  throw new TextInputError(name, 'undecodable', `${name}: not text in UTF-8, UTF-16, GB18030, Big5 or Windows-1252 (${flag === undefined ? 'choose the encoding' : `give ${flag}`} if you know it)`);
}

/**
 * The legacy reading to take: it decodes every byte, has no private-use characters, reads as
 * Chinese (common characters, or the high-byte density of a double-byte text) or as a Western
 * text — or is the only Chinese reading of a text that is neither — and no reading at least as
 * plausible fails at only a few places (that reading would be the text, damaged).
 */
function chooseLegacy(measure: Measures, readings: readonly Reading[]): Reading | null {
  const clean = readings.filter((r) => r.bad === 0 && r.privateUse === 0);
  const western = clean.find((r) => r.encoding === 'windows-1252');
  const looksWest = western !== undefined && looksWestern(western.text);
  // real Chinese text is nearly all in its encoding's core table; a misreading is not
  const chinese = clean
    .filter((r) => r.encoding !== 'windows-1252' && (measure.coreShare(r.encoding) >= 0.6 || measure.plausibility(r) >= 0.15))
    .sort((x, y) => measure.plausibility(y) - measure.plausibility(x) || measure.coreShare(y.encoding) - measure.coreShare(x.encoding))[0];
  // Chinese in a double-byte encoding is mostly high bytes and common characters; an English text
  // with a few curly quotes or accented names is neither, though it may happen to decode as GB18030;
  // an English text with a Chinese name (毛泽东: a word, two Han characters or more) reads as
  // Chinese only in its Chinese encoding
  const candidate =
    chinese && (measure.highByteShare() >= 0.3 || measure.plausibility(chinese) >= 0.15 || (!looksWest && /\p{Script=Han}{2}/u.test(chinese.text)))
      ? chinese
      : looksWest
        ? western
        : null;
  if (!candidate) return null;
  const damagedRival = readings.some((r) => isDamaged(r) && measure.fit(r) > 0 && measure.fit(r) >= measure.fit(candidate) - 0.05);
  return damagedRival ? null : candidate;
}

/**
 * Share of a double-byte text's characters that are in its encoding's core table: GB2312's
 * rows (lead and trail bytes 0xA1–0xFE) for GB18030, the frequent characters and symbols (lead
 * 0xA1–0xC6) for Big5. Stray bytes and misread text land mostly in the extensions.
 */
function coreShare(bytes: Uint8Array, encoding: Encoding): number {
  let pairs = 0;
  let core = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (encoding === 'gb18030' && lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) core++;
    if (encoding === 'big5' && lead >= 0xa1 && lead <= 0xc6) core++;
    // a four-byte GB18030 sequence has a digit second byte
    i += encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39 ? 3 : 1;
  }
  return pairs === 0 ? 0 : core / pairs;
}

/** A reading that fails at a few places: bytes that do not decode, or that decode to private-use characters. */
function isDamaged(reading: Reading): boolean {
  const damage = reading.bad + reading.privateUse;
  return damage > 0 && damage <= tolerated(reading.text.length);
}

/** How well a reading fits its kind of text (0..1): common Chinese characters, or a Western text's look. */
/**
 * The measures the decision takes of one file's readings. Each reads a whole text (megabytes)
 * and is asked for again and again (in sort comparators, in rival checks), so each is worked out
 * once per decision and reading.
 */
interface Measures {
  /** How well a reading fits its kind of text (0..1): common Chinese characters, or a Western text's look. */
  readonly fit: (reading: Reading) => number;
  readonly plausibility: (reading: Reading) => number;
  readonly coreShare: (encoding: Encoding) => number;
  readonly highByteShare: () => number;
}

function measuresOf(bytes: Uint8Array): Measures {
  const once = <K,>(work: (key: K) => number) => {
    const known = new Map<K, number>();
    return (key: K) => {
      let value = known.get(key);
      if (value === undefined) known.set(key, (value = work(key)));
      return value;
    };
  };
  const high = once(() => highByteShare(bytes));
  const plausible = once((reading: Reading) => plausibility(reading.text));
  const fit = once((reading: Reading) => {
    const western = looksWestern(reading.text.replace(/\uFFFD/g, '')) && high(null) < 0.3 ? 1 : 0;
    if (reading.encoding === 'windows-1252') return western;
    // UTF-8 may be either kind of text
    return reading.encoding === 'utf-8' ? Math.max(western, plausible(reading)) : plausible(reading);
  });
  return { fit, plausibility: plausible, coreShare: once((encoding: Encoding) => coreShare(bytes, encoding)), highByteShare: () => high(null) };
}

/** Where the bytes fail to decode: "3 bytes (first at byte 17, line 2)", or "byte 17 (line 2)". */
function badPlaces(bytes: Uint8Array, encoding: Encoding, bad: number): string {
  const first = firstUndecodable(bytes, encoding);
  const line = linesAt(bytes, [first], encoding.startsWith('utf-16') ? 2 : 1, encoding === 'utf-16be')[0];
  return bad === 1 ? `byte ${first} (line ${line})` : `${bad} places (first at byte ${first}, line ${line})`;
}

/** One warning per bad place, the first LISTED of them named ("invalid UTF-8 at byte 12 (line 3)"). */
function warningsFor(bytes: Uint8Array, encoding: Encoding, bad: number, at?: readonly number[]): string[] {
  if (bad === 0) return [];
  const label = ENCODING_LABELS[encoding];
  const places = at ?? (encoding === 'utf-8' ? scanUtf8(bytes, LISTED).invalidAt : [firstUndecodable(bytes, encoding)]);
  const lines = linesAt(bytes, places, encoding.startsWith('utf-16') ? 2 : 1, encoding === 'utf-16be');
  const warnings = places.map((p, k) => `invalid ${label} at byte ${p} (line ${lines[k]}), read as U+FFFD`);
  if (bad > places.length) warnings.push(`${bad - places.length} more place${bad - places.length === 1 ? '' : 's'} of invalid ${label}, read as U+FFFD`);
  return warnings;
}

const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', gbk: 'GBK', big5: 'Big5', 'windows-1252': 'Windows-1252',
};

function privateUseAt(text: string): number {
  return text.search(/[\ue000-\uf8ff\udb80-\udbff]/);
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
    const reading = read(bytes, encoding);
    if (reading.bad === 0 && controlCharacter(reading.text) === null && ordinaryShare(reading.text) >= 0.95) {
      return { text: reading.text, encoding, reason: `${encoding}, without a byte-order mark (its text is ordinary in that byte order)`, warnings: [] };
    }
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

/** Windows-1252 (see WINDOWS_1252_HIGH), with U+FFFD for a byte it does not define. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) || 0xfffd : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Offset of the first byte that `encoding` cannot decode (a binary search over prefixes); the length when all decodes. */
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
  if (encoding === 'utf-8') return scanUtf8(bytes, 1).invalidAt[0] ?? bytes.length;
  // a character cut off at the end fails only there: name its last byte
  if (encoding !== 'windows-1252') return Math.min(firstUndecodableByte(bytes, encoding), bytes.length - 1);
  return bytes.findIndex((b) => b >= 0x80 && b < 0xa0 && WINDOWS_1252_HIGH[b - 0x80] === '\u0000');
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  return high / bytes.length;
}

/**
 * Whether a Windows-1252 reading looks like a Western text: its non-ASCII characters are mostly
 * punctuation (“ ” – …) or single letters among ASCII ones (café), not the runs that Chinese
 * read byte by byte gives (Ã«Ôó), nor the ones UTF-8 read byte by byte gives (â€™, Ã©).
 */
function looksWestern(text: string): boolean {
  let nonAscii = 0;
  let western = 0;
  for (const [run] of text.matchAll(/[^\x00-\x7f]+/g)) {
    nonAscii += run.length;
    if (run.length === 1) western++;
    else if (!/[\u00c0-\u00ff]/.test(run)) western += run.replace(/[^\u00a0\u2010-\u2027\u20ac\u2122]/g, '').length;
  }
  return western >= nonAscii * 0.7;
}

/**
 * Share of Han characters that are common ones: high for the right decoding, near 0 for the wrong
 * one; 0 for fewer than three (one character says nothing).
 */
function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON_HANZI.has(ch)) common++;
  }
  return han < 3 ? 0 : common / han;
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

/**
 * Share of kana among Han characters and kana (0..1): Japanese writes its grammar in kana (30–60%
 * of a running text), Chinese has none but for a borrowed name.
 */
export function kanaShare(text: string): number {
  let han = 0;
  let kana = 0;
  for (const ch of text) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) && ch !== 'ー' && ch !== '・') kana++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
  }
  return han + kana === 0 ? 0 : kana / (han + kana);
}

/** Japanese, not Chinese: at least a tenth of its Han and kana letters are kana. */
const JAPANESE_KANA_SHARE = 0.1;

export interface DetectedLanguage {
  /** 'zh' when at least half the words are Han characters; 'en' when at most 30% are and the other letters are mostly Latin; else null. */
  readonly lang: 'zh' | 'en' | null;
  /** hanShare of the text (0..1). */
  readonly han: number;
  /** latinShare of the text (0..1). */
  readonly latin: number;
  /** kanaShare of the text (0..1): over a tenth, the text is Japanese and `lang` is null. */
  readonly kana: number;
}

/** The language a user's text looks to be in, with the shares that decided it; null for a text without letters. */
export function detectLanguage(text: string): DetectedLanguage {
  const han = hanShare(text);
  const latin = latinShare(text);
  const kana = kanaShare(text);
  // without letters the shares say nothing (latinShare is 1 for no letters at all)
  if (!/\p{L}/u.test(text)) return { lang: null, han, latin, kana };
  const lang = kana > JAPANESE_KANA_SHARE ? null : han >= 0.5 ? 'zh' : han <= 0.3 && latin >= 0.5 ? 'en' : null;
  return { lang, han, latin, kana };
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
  const kana = kanaShare(text);
  if (kana > JAPANESE_KANA_SHARE) return `${name}: ${side}looks like Japanese (${Math.round(kana * 100)}% of its Han and kana letters are kana); expected ${expected === 'zh' ? 'Chinese' : 'English'}`;
  const han = Math.round(hanShare(text) * 100);
  if (expected === 'zh' && han < 50) return `${name}: ${side}looks like English or another language (${han}% Han characters); expected Chinese`;
  if (expected === 'en' && han > 30) return `${name}: ${side}looks like Chinese (${han}% Han characters); expected English`;
  const latin = Math.round(latinShare(text) * 100);
  if (expected === 'en' && latin < 50) return `${name}: ${flag === undefined ? 'not' : `${flag} is not`} in the Latin alphabet (${latin}% Latin letters); expected English`;
  return null;
}
