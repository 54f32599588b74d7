/**
 * The one adapter for pinyin-pro's readings in context: each Han character's reading, by the UTF-16
 * offset where it starts. The library is passed in, so the app can load it when first wanted and
 * the CLI and the tests can import it outright.
 */
import type { pinyin as pinyinPro } from 'pinyin-pro';

export type PinyinPro = typeof pinyinPro;

export function readingsInContext(pinyin: PinyinPro, text: string): Map<number, string> {
  const out = new Map<number, string>();
  let at = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'symbol' })) {
    if (item.isZh && item.pinyin) out.set(at, item.pinyin);
    at += item.origin.length;
  }
  return out;
}
