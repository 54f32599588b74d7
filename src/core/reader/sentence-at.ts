/** The sentence a place in a witness's text stands in, trimmed as the reader draws it. */
import type { Witness } from '../model.ts';
import type { ReadingCorrection } from '../project/readings.ts';

export interface SentenceAt {
  /** The segment's index, its text without the space around it, and where that text starts in the witness's. */
  readonly segment: number;
  readonly text: string;
  readonly start: number;
}

/** The sentence holding UTF-16 offset `at` of the witness's text, or null when none does. */
export function sentenceAt(witness: Witness, at: number): SentenceAt | null {
  const segments = witness.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else {
      const raw = witness.text.slice(s.start, s.end);
      const text = raw.trim();
      return { segment: mid, text, start: s.start + raw.indexOf(text) };
    }
  }
  return null;
}

/** The syllables over a word at `at`, from a sentence's pinyin (by offset in the sentence), joined by spaces; '' when it has none. */
export function wordPinyin(pinyin: ReadonlyMap<number, string>, sentence: SentenceAt, at: number, word: string): string {
  const out: string[] = [];
  let offset = at - sentence.start;
  for (const ch of word) {
    const syllable = pinyin.get(offset);
    if (syllable) out.push(syllable);
    offset += ch.length;
  }
  return out.join(' ');
}

/** How a word is read where it stands: its pinyin (a teacher's correction, when there is one) and its sentence. */
export interface ReadHere {
  readonly pinyin: string;
  readonly correction: ReadingCorrection | null;
  readonly sentence: SentenceAt | null;
}
