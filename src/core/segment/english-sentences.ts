/**
 * English sentence boundaries inside one line. A sentence ends at `.`, `!`, `?` or `…` (or a run
 * of them), then any closing quotes or brackets, then whitespace, then something that can start a
 * sentence: a capital, a digit, an opening quote or bracket, or a Han character. A lone `.` that
 * closes an initial or an abbreviation does not end the sentence; see `isAbbreviationDot`.
 *
 * `Intl.Segmenter` is not used: it ends a sentence after every initial (`N.S. Khrushchev`).
 * Only `[from, to)` is read, so a range gives the same cuts as its slice, shifted by `from`.
 */
import {
  EN_AMBIGUOUS_ABBREVIATIONS,
  EN_CLOSERS,
  EN_DIGRAPH_INITIALS,
  EN_DOTTED_ACRONYMS,
  EN_OPENERS,
  EN_PREFIX_ABBREVIATIONS,
  EN_SENTENCE_OPENING_WORDS,
  EN_TERMINATORS,
} from './lang/english.ts';

/** Offsets in (from, to) where a new sentence starts (its first non-space character). */
export function englishSentenceStarts(text: string, from = 0, to = text.length): number[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const starts: number[] = [];
  let i = lo;
  while (i < hi) {
    if (!EN_TERMINATORS.has(text[i]!)) {
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < hi && EN_TERMINATORS.has(text[runEnd]!)) runEnd++;
    let closeEnd = runEnd;
    while (closeEnd < hi && EN_CLOSERS.has(text[closeEnd]!)) closeEnd++;
    let next = closeEnd;
    while (next < hi && isSpace(text[next]!)) next++;
    const ends =
      next > closeEnd &&
      next < hi &&
      canStartSentence(text, next, hi) &&
      // A closing quote or bracket after the dot shows the sentence is over (`He said "No." Then`).
      !(runEnd === i + 1 && text[i] === '.' && closeEnd === runEnd && isAbbreviationDot(text, lo, i, next, hi));
    if (ends) starts.push(next);
    i = closeEnd;
  }
  return starts;
}

/**
 * Whether the lone `.` at `dot` closes an initial or an abbreviation rather than a sentence,
 * given that the next sentence would start at `next`. The word before the dot is read back over
 * letters and dots, so `U.S.` and `N.S.` are read whole.
 */
function isAbbreviationDot(text: string, lo: number, dot: number, next: number, hi: number): boolean {
  let start = dot;
  while (start > lo && (text[start - 1] === '.' || isLetter(text[start - 1]!))) start--;
  while (text[start] === '.' && start < dot) start++;
  const word = text.slice(start, dot);
  if (word === '') return false;
  if (EN_DOTTED_ACRONYMS.has(`${word}.`)) return !opensWithSentenceWord(text, next, hi);
  const parts = word.split('.');
  // Initials never end a sentence, whatever follows: `N.S. Khrushchev`, `J. F. Dulles`.
  if (parts.every(isSingleCapital)) return true;
  // Russian digraph initials (`R. Ya. Malinovsky`) count as initials before a capitalised word.
  if (parts.every((p) => isSingleCapital(p) || EN_DIGRAPH_INITIALS.has(p)) && isUpper(codePointString(text, next, hi))) {
    return true;
  }
  if (hasAbbreviation(EN_PREFIX_ABBREVIATIONS, word)) return true;
  if (hasAbbreviation(EN_AMBIGUOUS_ABBREVIATIONS, word)) return !opensWithSentenceWord(text, next, hi);
  return false;
}

/** Looks a word up as written and, for lower-case entries, with a capital first letter (`Cf`). */
function hasAbbreviation(list: ReadonlySet<string>, word: string): boolean {
  return list.has(word) || list.has(word.charAt(0).toLowerCase() + word.slice(1));
}

/**
 * Whether the text at `at` (after an optional opening quote or bracket) is a word from
 * EN_SENTENCE_OPENING_WORDS. `A.` is an initial, not the article, so a one-letter word must not
 * be followed by a dot.
 */
function opensWithSentenceWord(text: string, at: number, hi: number): boolean {
  let start = at;
  if (start < hi && EN_OPENERS.has(text[start]!)) start++;
  let end = start;
  while (end < hi && isLetter(text[end]!)) end++;
  const word = text.slice(start, end);
  if (word.length === 1 && text[end] === '.' && end < hi) return false;
  return EN_SENTENCE_OPENING_WORDS.has(word);
}

function canStartSentence(text: string, at: number, hi: number): boolean {
  const ch = codePointString(text, at, hi);
  return EN_OPENERS.has(ch) || /^[\p{Lu}\p{Lt}\p{Nd}\p{Script=Han}]$/u.test(ch);
}

/** The code point at `at` as a string; a high surrogate whose pair is cut off by `hi` stands alone. */
function codePointString(text: string, at: number, hi: number): string {
  const code = text.codePointAt(at)!;
  return code > 0xffff && at + 1 < hi ? String.fromCodePoint(code) : text.charAt(at);
}

function isSingleCapital(part: string): boolean {
  return part.length === 1 && isUpper(part);
}

function isUpper(ch: string): boolean {
  return /^[\p{Lu}\p{Lt}]$/u.test(ch);
}

/** One UTF-16 unit is a letter (astral letters, rare in English text, are not read as letters). */
function isLetter(unit: string): boolean {
  return /^\p{L}$/u.test(unit);
}

function isSpace(unit: string): boolean {
  return /^\s$/u.test(unit);
}
