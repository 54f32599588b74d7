/**
 * The one adapter for pinyin-pro: a chunk of its own, loaded when pinyin is first switched on (and
 * when a one-file reader is made, which carries the readings instead of the library).
 */
import type { PinyinOf, PinyinReadings, ReadingsOf } from './aids-store.ts';
import { readingsInContext } from '../../core/text/pinyin-readings.ts';

/** pinyin-pro, loaded: each Han character's reading in its sentence's context, and every reading a character has. */
export async function loadPinyinPro(): Promise<PinyinReadings> {
  const { pinyin } = await import('pinyin-pro');
  const pinyinOf: PinyinOf = (text) => readingsInContext(pinyin, text);
  const readingsOf: ReadingsOf = (character) => pinyin(character, { multiple: true, type: 'array', toneType: 'symbol' });
  return { pinyinOf, readingsOf };
}
