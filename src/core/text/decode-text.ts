/**
 * Decoding a text a user brings, the same in the CLI and in a browser Worker (one pure decision,
 * see decodeUserBytes): TextDecoder (full ICU in Node, the WHATWG encodings in browsers) does the
 * decoding; no conversion library is needed. Also: telling a user's Chinese text from English.
 */
import { firstUndecodableByte, highByteShare, linesAt, scanUtf8 } from './byte-scan.ts';
import { controlCharacter, isControl, looksWestern, ordinaryShare, plausibility } from './text-plausibility.ts';
import { decodeWindows1252, undefinedInWindows1252 } from './windows-1252.ts';
import { ALIASES, bomEncoding, ENCODING_LABELS, ENCODINGS, privateUseAt, type Encoding } from './encodings.ts';

export { firstUndecodableByte } from './byte-scan.ts';
export { TextInputError, type TextInputErrorKind } from './text-input-error.ts';
import { TextInputError } from './text-input-error.ts';
export { ENCODINGS, type Encoding } from './encodings.ts';
export { detectLanguage, hanShare, kanaShare, languageProblem, latinShare, type DetectedLanguage } from './text-language.ts';

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

function firstUndecodable(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8') return scanUtf8(bytes, 1).invalidAt[0] ?? bytes.length;
  // a character cut off at the end fails only there: name its last byte
  if (encoding !== 'windows-1252') return Math.min(firstUndecodableByte(bytes, encoding), bytes.length - 1);
  return undefinedInWindows1252(bytes);
}
