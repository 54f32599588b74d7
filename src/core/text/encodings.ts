/** The encodings a user's text may come in, the names they go by, and the byte-order marks that announce them. */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const ALIASES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le',
  gb18030: 'gb18030', gbk: 'gbk', gb2312: 'gbk', big5: 'big5', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', latin1: 'windows-1252',
};

export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', gbk: 'GBK', big5: 'Big5', 'windows-1252': 'Windows-1252',
};

/** The first private-use character (a legacy decoding's sign of a byte it had to guess), or -1. */
export function privateUseAt(text: string): number {
  return text.search(/[\ue000-\uf8ff\udb80-\udbff]/);
}

export function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
