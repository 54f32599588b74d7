/**
 * The one adapter for pinyin-pro: a chunk of its own, loaded when pinyin is first switched on (and
 * when a one-file reader is made, which carries the readings instead of the library).
 */
import type { PinyinOf, PinyinReadings, ReadingsOf } from './aids-store.ts';

/** pinyin-pro, loaded: each Han character's reading in its sentence's context, and every reading a character has. */
export async function loadPinyinPro(): Promise<PinyinReadings> {
  const { pinyin } = await import('pinyin-pro');
  const pinyinOf: PinyinOf = (text) => {
    const out = new Map<number, string>();
    const items = pinyin(text, { type: 'all', toneType: 'symbol' });
    let at = 0;
    for (const item of items) {
      if (item.isZh && item.pinyin) out.set(at, item.pinyin);
      at += item.origin.length;
    }
    return out;
  };
  const readingsOf: ReadingsOf = (character) => pinyin(character, { multiple: true, type: 'array', toneType: 'symbol' });
  return { pinyinOf, readingsOf };
}
