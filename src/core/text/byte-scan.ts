/**
 * Byte-level facts the encoding decision needs and TextDecoder does not give: where UTF-8 goes
 * wrong (every invalid sequence, not just the first), and which line a byte offset is on.
 */

export interface Utf8Scan {
  /** Byte offsets where an invalid sequence starts (the WHATWG decoder's U+FFFD places), at most `limit` of them. */
  readonly invalidAt: readonly number[];
  /** How many invalid sequences there are in all. */
  readonly invalid: number;
  /** How many well-formed multi-byte sequences there are: the evidence that a text is UTF-8. */
  readonly multiByte: number;
}

/**
 * Scan `bytes` as UTF-8 the way the WHATWG decoder does: an invalid sequence is its maximal
 * well-formed prefix, and scanning resumes at the byte that broke it.
 */
export function scanUtf8(bytes: Uint8Array, limit = 8): Utf8Scan {
  const invalidAt: number[] = [];
  let invalid = 0;
  let multiByte = 0;
  let i = 0;
  const fail = (at: number) => {
    invalid++;
    if (invalidAt.length < limit) invalidAt.push(at);
  };
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (need === 0) {
      fail(i);
      i++;
      continue;
    }
    // the second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF)
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const byte = bytes[j];
      const inRange = byte !== undefined && (k === 0 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf);
      if (!inRange) {
        ok = false;
        break;
      }
    }
    if (ok) multiByte++;
    else fail(i);
    i = j;
  }
  return { invalidAt, invalid, multiByte };
}

/**
 * The 1-based line of each byte offset (in ascending order), counting `\n`, `\r\n` and a lone `\r`
 * as line breaks. Right for every byte encoding read here (their multi-byte sequences never hold
 * 0x0A or 0x0D); for UTF-16 `unit` is 2 and a break is that code unit.
 */
export function linesAt(bytes: Uint8Array, offsets: readonly number[], unit: 1 | 2 = 1, bigEndian = false): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  const codeAt = (i: number) => (unit === 1 ? bytes[i]! : bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
  for (const offset of offsets) {
    for (; at + unit <= offset && at + unit <= bytes.length; at += unit) {
      const code = codeAt(at);
      if (code === 0x0a) line++;
      else if (code === 0x0d && !(at + 2 * unit <= bytes.length && codeAt(at + unit) === 0x0a)) line++;
    }
    lines.push(line);
  }
  return lines;
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

/** Share of bytes at 0x80 or above. */
export function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  return high / bytes.length;
}
