/**
 * Pinyin worked out when a one-file reader is made, so that the file carries the readings of its
 * own Chinese and not pinyin-pro's dictionary (286 KB of script). The readings are the app's own
 * (pinyin-pro reads each sentence in context, as the reader does), kept per sentence as the
 * syllables of its Han characters in order, one space between them: about 5 bytes a character.
 */
import type { BuiltDocument } from '../model.ts';
import { segmentText } from '../model.ts';

/** A sentence's readings: by UTF-16 offset in the sentence (the shape the reader's `PinyinOf` gives). */
export type SentenceReadings = ReadonlyMap<number, string>;

/**
 * A sentence's readings as carried in the file: the syllables of its Han characters in order
 * (`''` for one without a reading), or, when a reading falls on a character that is not Han,
 * every reading with its offset.
 */
export type EncodedReadings = string | readonly (readonly [number, string])[];

/** Every Chinese text's sentences' readings, by witness id and segment index. */
export type PinyinTable = Readonly<Record<string, readonly EncodedReadings[]>>;

const HAN = /\p{Script=Han}/u;

/** The Han characters of a sentence, by UTF-16 offset. */
function hanOffsets(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const ch of text) {
    if (HAN.test(ch)) out.push(at);
    at += ch.length;
  }
  return out;
}

export function encodeReadings(text: string, readings: SentenceReadings): EncodedReadings {
  const han = hanOffsets(text);
  const hanSet = new Set(han);
  if ([...readings.keys()].some((at) => !hanSet.has(at))) return [...readings].sort((a, b) => a[0] - b[0]);
  return han.map((at) => readings.get(at) ?? '').join(' ');
}

export function decodeReadings(text: string, encoded: EncodedReadings): Map<number, string> {
  if (typeof encoded !== 'string') return new Map(encoded);
  const out = new Map<number, string>();
  if (encoded === '') return out;
  const syllables = encoded.split(' ');
  hanOffsets(text).forEach((at, k) => {
    const reading = syllables[k];
    if (reading) out.set(at, reading);
  });
  return out;
}

/** The readings of every sentence of the document's Chinese texts, from `pinyinOf` (the reader's own). */
export function pinyinTableOf(doc: Pick<BuiltDocument, 'witnesses'>, pinyinOf: (text: string) => SentenceReadings): PinyinTable {
  const table: Record<string, EncodedReadings[]> = {};
  for (const w of doc.witnesses) {
    if (w.lang !== 'zh') continue;
    table[w.id] = w.segments.map((s) => {
      const text = segmentText(w.text, s);
      return encodeReadings(text, pinyinOf(text));
    });
  }
  return table;
}

/** A reader's `PinyinOf` over a table: a sentence's readings looked up by its text. */
export function pinyinOfTable(doc: Pick<BuiltDocument, 'witnesses'>, table: PinyinTable): (text: string) => Map<number, string> {
  const bySentence = new Map<string, EncodedReadings>();
  for (const w of doc.witnesses) {
    const readings = table[w.id];
    if (!readings) continue;
    w.segments.forEach((s, k) => {
      const encoded = readings[k];
      if (encoded !== undefined) bySentence.set(segmentText(w.text, s), encoded);
    });
  }
  return (text) => {
    const encoded = bySentence.get(text);
    return encoded === undefined ? new Map() : decodeReadings(text, encoded);
  };
}

/** Whether `value` has the shape of a pinyin table. */
export function isPinyinTable(value: unknown): value is PinyinTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (list) => Array.isArray(list) && list.every((e) => typeof e === 'string' || (Array.isArray(e) && e.every((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'string'))),
  );
}
