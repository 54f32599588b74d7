/**
 * The encoding decision under fuzzing: random bytes, real texts in each encoding, and the same
 * texts with a few bytes corrupted. What must hold: a valid text decodes to itself, in its own
 * encoding; a damaged one is read in its own encoding with a warning for each bad place, or
 * refused — never silently read as another encoding; nothing is replaced without a warning.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUserBytes, TextInputError, type DecodedText } from '../../src/core/text/decode-text.ts';
import { scanUtf8 } from '../../src/core/text/byte-scan.ts';

const source = (file: string) => readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8');
// real prose: a modern simplified text, a mixed traditional one, an English translation
const SIMPLIFIED = source('002_25d61a0b82b9c0c2.txt').replace(/^[\s\S]*?\n\n/, '');
const MIXED = source('000_1a9f24a81ee45699.txt');
const ENGLISH = source('001_6560fbd3ee40b5f5.txt').split(/\n[^\n]*\p{Script=Han}/u)[0]!;

/** An encoder for a double-byte encoding, inverted from its decoder (Node has no GBK or Big5 encoder). */
function doubleByteEncoder(encoding: 'gbk' | 'big5'): (text: string) => Uint8Array | null {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  // Big5's standard pointers (lead 0xA1 and up) before the Hong Kong extension's
  const leads = [...Array.from({ length: 0xff - 0xa1 }, (_, i) => 0xa1 + i), ...Array.from({ length: 0xa1 - 0x81 }, (_, i) => 0x81 + i)];
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if ([...ch].length === 1 && !table.has(ch) && !/[\ue000-\uf8ff]/u.test(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else {
        const pair = table.get(ch);
        if (!pair) return null;
        out.push(...pair);
      }
    }
    return Uint8Array.from(out);
  };
}

const gbk = doubleByteEncoder('gbk');
const big5 = doubleByteEncoder('big5');
const WINDOWS_1252 = new Map([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((ch, i) => [ch, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][i]!]));
function windows1252(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252.get(ch);
    if (byte === undefined) return null;
    out.push(byte);
  }
  return Uint8Array.from(out);
}
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
};

/** Only the characters an encoder takes (the mixed text holds simplified ones Big5 lacks). */
const encodable = (text: string, encode: (t: string) => Uint8Array | null) => [...text].filter((ch) => encode(ch) !== null).join('');

interface Case {
  readonly encoding: string;
  /** The encodings a decoding may report for these bytes (GBK reads as GB18030, its superset). */
  readonly family: readonly string[];
  readonly text: string;
  readonly encode: (text: string) => Uint8Array | null;
}
const CASES: readonly Case[] = [
  { encoding: 'utf-8 Chinese', family: ['utf-8'], text: SIMPLIFIED, encode: (t) => new TextEncoder().encode(t) },
  { encoding: 'utf-8 English', family: ['utf-8'], text: ENGLISH.replace(/'/g, '’'), encode: (t) => new TextEncoder().encode(t) },
  { encoding: 'utf-16le', family: ['utf-16le'], text: SIMPLIFIED, encode: utf16le },
  { encoding: 'gbk', family: ['gb18030', 'gbk'], text: encodable(SIMPLIFIED, gbk), encode: gbk },
  { encoding: 'big5', family: ['big5'], text: encodable(MIXED, big5), encode: big5 },
  { encoding: 'windows-1252', family: ['windows-1252'], text: ENGLISH.replace(/'/g, '’').replace(/ - /g, ' — '), encode: windows1252 },
];

/** A stretch of a case's text of 20 to 400 characters, which must not be plain ASCII (that is UTF-8 too). */
const stretchOf = (c: Case) =>
  fc
    .tuple(fc.nat({ max: c.text.length - 401 }), fc.integer({ min: 20, max: 400 }))
    .map(([start, length]) => c.text.slice(start, start + length))
    .filter((t) => /[^\x00-\x7f]/.test(t));

function attempt(bytes: Uint8Array, encoding?: string): DecodedText | TextInputError {
  try {
    return decodeUserBytes(bytes, 'f.txt', encoding);
  } catch (error) {
    if (error instanceof TextInputError) return error;
    throw error; // anything else is a crash
  }
}

const replacements = (text: string) => [...text.matchAll(/\uFFFD/g)].length;

describe('the encoding decision, fuzzed', () => {
  it('the texts the properties draw from are what they claim', () => {
    for (const c of CASES) {
      expect(c.text.length, c.encoding).toBeGreaterThan(1000);
      expect(c.encode(c.text), c.encoding).not.toBeNull();
    }
    expect(ENGLISH).toMatch(/Mao Zedong/);
    expect(ENGLISH).not.toMatch(/\p{Script=Han}/u);
  });

  it('random bytes: refused with a TextInputError, or read with nothing replaced unwarned', () => {
    const byte = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) }, fc.constantFrom(0x0a, 0x0d));
    fc.assert(
      fc.property(fc.array(byte, { minLength: 1, maxLength: 300 }), (list) => {
        const bytes = Uint8Array.from(list);
        const result = attempt(bytes);
        if (result instanceof TextInputError) return;
        if (result.warnings.length === 0) {
          // nothing replaced: the bytes are exactly that encoding's
          if (result.encoding === 'windows-1252') expect(result.text).not.toContain('\uFFFD');
          else expect(new TextDecoder(result.encoding, { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(result.text);
        } else {
          // only UTF-8 (detected, or declared by a byte-order mark) and UTF-16 by its mark are read with U+FFFD
          expect(['utf-8', 'utf-16le', 'utf-16be']).toContain(result.encoding);
        }
      }),
      { numRuns: 400 },
    );
  });

  for (const c of CASES) {
    it(`a valid ${c.encoding} text decodes to itself, in its own encoding, with no warning`, () => {
      fc.assert(
        fc.property(stretchOf(c), (text) => {
          const result = attempt(c.encode(text)!);
          expect(result).not.toBeInstanceOf(TextInputError);
          const decoded = result as DecodedText;
          expect(c.family).toContain(decoded.encoding);
          expect(decoded.text.replace(/^\uFEFF/, '')).toBe(text);
          expect(decoded.warnings).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });

    it(`a ${c.encoding} text with 1 to 3 corrupted bytes is read in its own encoding or refused, never as another`, () => {
      fc.assert(
        fc.property(stretchOf(c), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0x01, max: 0xff })), { minLength: 1, maxLength: 3 }), (text, corruptions) => {
          const bytes = c.encode(text)!;
          // a byte-order mark is left alone: with it the encoding is declared, not detected
          const from = c.encoding === 'utf-16le' ? 2 : 0;
          for (const [where, value] of corruptions) bytes[from + Math.floor(where * (bytes.length - from))] = value;
          const result = attempt(bytes);
          if (result instanceof TextInputError) {
            expect(result.message).toMatch(/^f\.txt: /);
            return;
          }
          // a corruption that makes a byte-order mark (Big5's 全 is A5 FE; FF FE is UTF-16LE's mark) declares that encoding
          if (result.reason.endsWith('by its byte-order mark') && !c.family.includes(result.encoding)) return;
          // UTF-8 whose every multi-byte sequence was hit is no longer UTF-8 by any evidence: it may
          // read as another encoding, which is then named as the choice made
          if (isUtf8Text(bytes)) {
            expect(result.encoding).toBe('utf-8'); // plain ASCII, or a corruption that made UTF-8 of it (C3 92 is Ò): a valid UTF-8 text
          } else if (c.family[0] === 'utf-8' && scanUtf8(bytes).multiByte === 0 && !c.family.includes(result.encoding)) {
            expect(result.reason).toMatch(/not valid UTF-8 \(at byte \d+, line \d+\)/);
          } else expect(c.family).toContain(result.encoding);
          // every U+FFFD the reading holds has its warning
          if (replacements(result.text) > 0) expect(result.warnings.length).toBeGreaterThan(0);
        }),
        { numRuns: 600 },
      );
    });
  }
});

/** Bytes that are a UTF-8 text: valid, and without the C1 controls no real text has. */
function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    return !/[\u0080-\u009f]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}
