/** Windows-1252, decoded here: Node 20's TextDecoder reads the label as Latin-1. */

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder decodes the
 * `windows-1252` label as plain Latin-1 (0x93 becomes U+0093, not “), so this range is mapped
 * here; the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are left out and refused.
 */
const WINDOWS_1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Windows-1252 (see WINDOWS_1252_HIGH), with U+FFFD for a byte it does not define. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) || 0xfffd : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Offset of the first byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), or -1. */
export function undefinedInWindows1252(bytes: Uint8Array): number {
  return bytes.findIndex((b) => b >= 0x80 && b < 0xa0 && WINDOWS_1252_HIGH[b - 0x80] === '\u0000');
}
