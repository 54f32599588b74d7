/**
 * GBK bytes for a text, for tests that bring a GBK file: the encoder is the inverse of the
 * platform's own GBK decoder (TextDecoder), so no encoding library is needed. Characters GBK
 * cannot hold throw.
 */
let table: Map<string, number[]> | null = null;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

export function encodeGbk(text: string): Buffer {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else {
      const pair = codes.get(ch);
      if (!pair) throw new Error(`GBK has no ${ch} (U+${c.toString(16).toUpperCase()})`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
