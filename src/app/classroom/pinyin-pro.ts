/**
 * The one adapter for pinyin-pro: a chunk of its own, loaded when pinyin is first switched on (and
 * when a one-file reader is made, which carries the readings instead of the library).
 */
import type { PinyinOf } from './aids-store.ts';

/** pinyin-pro, loaded, as the reader's `PinyinOf`: each Han character's reading in its sentence's context. */
export async function loadPinyinPro(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    const out = new Map<number, string>();
    const items = pinyin(text, { type: 'all', toneType: 'symbol' });
    let at = 0;
    for (const item of items) {
      if (item.isZh && item.pinyin) out.set(at, item.pinyin);
      at += item.origin.length;
    }
    return out;
  };
}
