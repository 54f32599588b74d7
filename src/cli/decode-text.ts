/**
 * Decoding a text a user brings: the encoding is detected (a byte-order mark; strict UTF-8;
 * otherwise GB18030 or Big5, whichever reads as more plausible Chinese) unless given. Node's
 * TextDecoder (full ICU) does the decoding; no conversion library is needed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { CliError, firstUndecodableByte } from './source-files.ts';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ALIASES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le',
  gb18030: 'gb18030', gbk: 'gbk', gb2312: 'gbk', big5: 'big5', 'windows-1252': 'windows-1252', latin1: 'windows-1252',
};

/**
 * Characters that make up a large share of any modern Chinese text (the top of Jun Da's
 * character frequency list), in both scripts: text decoded with the wrong one of GB18030 and
 * Big5 comes out as rare characters instead.
 */
const COMMON_HANZI = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话' +
    '這來國個說們為時會著過學對裡後麼沒於還發當無開見經頭從動兩長樣現將與進實點種聲話',
);

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

/** Read and decode a user's file; `encoding` overrides detection. Errors name the file. */
export function decodeUserFile(path: string, encoding?: string): DecodedText {
  if (!existsSync(path)) throw new CliError(`${path}: file not found`);
  if (!statSync(path).isFile()) throw new CliError(`${path}: not a file`);
  return decodeUserBytes(readFileSync(path), path, encoding);
}

export function decodeUserBytes(bytes: Uint8Array, path: string, encoding?: string): DecodedText {
  if (bytes.length === 0) throw new CliError(`${path}: empty file, expected text`);
  if (encoding !== undefined) {
    const chosen = ALIASES[encoding.toLowerCase()];
    if (!chosen) throw new CliError(`--encoding ${encoding} is not supported; use one of ${ENCODINGS.join(', ')}`, 2);
    return { text: decodeStrict(bytes, chosen, path), encoding: chosen };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeStrict(bytes, bom, path), encoding: bom };
  if (looksBinary(bytes)) throw new CliError(`${path}: a binary file, not text (NUL or control bytes)`);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const candidates = (['gb18030', 'big5'] as const)
    .map((e) => ({ encoding: e, text: tryDecode(bytes, e) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .sort((x, y) => plausibility(y.text) - plausibility(x.text));
  const best = candidates[0];
  if (best && plausibility(best.text) > 0) return best;
  // an English text in a Western legacy encoding (curly quotes, accented names)
  const western = tryDecode(bytes, 'windows-1252');
  if (western !== null && !/[\u0080-\u009f]/.test(western)) return { text: western, encoding: 'windows-1252' };
  {
    throw new CliError(`${path}: not text in UTF-8, UTF-16, GB18030 or Big5 (give --encoding if you know it)`);
  }
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding, path: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new CliError(`${path}: not valid ${encoding} (at byte ${firstUndecodableByte(bytes, encoding)})`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
