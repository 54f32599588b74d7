/**
 * A teacher's corrections of how words are read, kept in a project: pinyin-pro reads 說 shuō where
 * a classical text means yuè, 好 hǎo where it means hào. A correction is for one place (a word at
 * an offset of one text) or for every place the word stands in the project's texts; a place's wins
 * over the word's. Changed by an edit like any other, so it is undone and redone with the table.
 */
import { numberedToMarks } from '../text/pinyin-marks.ts';

export interface ReadingCorrection {
  /** The word as the text writes it. */
  readonly word: string;
  /** Tone-marked syllables, one for each Han character of the word, separated by spaces. */
  readonly pinyin: string;
  /** For one place only: the witness, and the UTF-16 offset in its text where the word starts. Without them: every place. */
  readonly witness?: string;
  readonly at?: number;
}

/** Which correction a change is to: a word everywhere, or the word at one place. */
export type ReadingTarget = Pick<ReadingCorrection, 'word' | 'witness' | 'at'>;

/** A correction made, changed or removed (before or after null). */
export interface ReadingChange {
  readonly before: ReadingCorrection | null;
  readonly after: ReadingCorrection | null;
}

const HAN = /\p{Script=Han}/u;

export const hanCharacters = (word: string): string[] => [...word].filter((ch) => HAN.test(ch));

export const sameTarget = (a: ReadingTarget, b: ReadingTarget): boolean => a.word === b.word && a.witness === b.witness && a.at === b.at;

/** The correction for exactly this target (one place, or the word everywhere), or null. */
export function correctionFor(corrections: readonly ReadingCorrection[] | undefined, target: ReadingTarget): ReadingCorrection | null {
  return corrections?.find((c) => sameTarget(c, target)) ?? null;
}

/** The corrections after a change: the target's correction replaced (or removed). */
export function applyReadingChange(corrections: readonly ReadingCorrection[] | undefined, change: ReadingChange): ReadingCorrection[] {
  const target = change.after ?? change.before;
  const rest = (corrections ?? []).filter((c) => !target || !sameTarget(c, target));
  return change.after ? [...rest, change.after] : rest;
}

/** The correction that holds at a place: the place's own, else the word's everywhere. */
export function readingAt(corrections: readonly ReadingCorrection[] | undefined, witness: string, at: number, word: string): ReadingCorrection | null {
  if (!corrections) return null;
  return corrections.find((c) => c.witness === witness && c.at === at && c.word === word) ?? corrections.find((c) => c.witness === undefined && c.word === word) ?? null;
}

/**
 * A reading as a teacher types it, as tone-marked syllables: `yue4` and `yuè` alike, `v` or `u:`
 * for ü, one syllable for each Han character of the word; or why it is not one.
 */
export function parseReading(input: string, word: string): { ok: true; pinyin: string } | { ok: false; reason: string } {
  const characters = hanCharacters(word);
  const syllables = input
    .trim()
    .split(/[\s'’·-]+/u)
    .filter(Boolean);
  if (syllables.length === 0) return { ok: false, reason: 'type a reading in pinyin' };
  if (syllables.length !== characters.length) {
    const example = characters.length > 1 ? ', separated by spaces' : '';
    return { ok: false, reason: `${word} has ${characters.length} character${characters.length === 1 ? '' : 's'}: give ${characters.length === 1 ? 'one syllable' : `${characters.length} syllables`}${example} (you gave ${syllables.length})` };
  }
  const marked: string[] = [];
  for (const syllable of syllables) {
    const plain = syllable.replace(/v/g, 'u:').replace(/V/g, 'U:');
    const withMarks = numberedToMarks(plain).replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
    if (!/^[\p{Script=Latin}]+$/u.test(withMarks)) return { ok: false, reason: `“${syllable}” is not a pinyin syllable (letters with tone marks, or a tone number 1–5 after them)` };
    marked.push(withMarks);
  }
  return { ok: true, pinyin: marked.join(' ') };
}

/**
 * A text's pinyin with the corrections applied: `base` and the result by UTF-16 offset in `text`,
 * which starts at offset `start` of witness `witness`'s text. Every place of a corrected word
 * (longer words first, left to right, not overlapping) takes the word's reading, then each place's
 * own correction wins.
 */
export function correctPinyin(base: ReadonlyMap<number, string>, text: string, start: number, witness: string, corrections: readonly ReadingCorrection[] | undefined): ReadonlyMap<number, string> {
  if (!corrections || corrections.length === 0) return base;
  const out = new Map(base);
  const taken = new Set<number>();
  const everywhere = corrections.filter((c) => c.witness === undefined && c.word !== '').sort((a, b) => b.word.length - a.word.length);
  for (const c of everywhere) {
    for (let i = text.indexOf(c.word); i >= 0; i = text.indexOf(c.word, i + c.word.length)) {
      if (taken.has(i)) continue;
      for (let k = i; k < i + c.word.length; k++) taken.add(k);
      setSyllables(out, i, c);
    }
  }
  for (const c of corrections) {
    if (c.witness !== witness || c.at === undefined) continue;
    const i = c.at - start;
    if (i >= 0 && text.startsWith(c.word, i)) setSyllables(out, i, c);
  }
  return out;
}

/** The syllables of `c` on the Han characters of its word, standing at offset `i`. */
function setSyllables(out: Map<number, string>, i: number, c: ReadingCorrection): void {
  const syllables = c.pinyin.split(' ');
  let k = 0;
  let offset = i;
  for (const ch of c.word) {
    if (HAN.test(ch)) {
      const syllable = syllables[k++];
      if (syllable) out.set(offset, syllable);
    }
    offset += ch.length;
  }
}

/** How many places the word stands in these texts (what a correction for every place changes). */
export function countPlaces(texts: readonly string[], word: string): number {
  if (!word) return 0;
  let n = 0;
  for (const text of texts) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** What is wrong with a project's corrections, or null: each reading has one syllable a character. */
export function readingsProblem(corrections: readonly ReadingCorrection[], witnesses: readonly { id: string; text: string }[]): string | null {
  for (const [i, c] of corrections.entries()) {
    if (hanCharacters(c.word).length === 0) return `reading ${i + 1}: “${c.word}” has no Chinese character`;
    if (c.pinyin.split(' ').length !== hanCharacters(c.word).length) return `reading ${i + 1}: “${c.pinyin}” is not one syllable for each character of ${c.word}`;
    if ((c.witness === undefined) !== (c.at === undefined)) return `reading ${i + 1}: a place needs both its text and its offset`;
    if (c.witness !== undefined) {
      const witness = witnesses.find((w) => w.id === c.witness);
      if (!witness) return `reading ${i + 1}: no text “${c.witness}”`;
      if (!witness.text.startsWith(c.word, c.at)) return `reading ${i + 1}: ${c.word} does not stand at ${c.at} in ${c.witness}`;
    }
  }
  return null;
}
