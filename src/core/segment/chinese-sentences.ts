/**
 * Chinese sentence boundaries inside one line: a sentence ends at 。！？ (with any closing quotes
 * or brackets after it) unless the mark stands inside an open quotation or bracket, so a quoted
 * passage of several sentences stays whole. `；` and `——…——` asides never end a sentence.
 */
import { ZH_CLOSERS, ZH_OPENERS, ZH_TERMINATORS } from './lang/chinese.ts';

/** Offsets in (from, to) where a new sentence starts (its first non-space character). */
export function chineseSentenceStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  let depth = 0;
  let i = from;
  while (i < to) {
    const ch = charAt(text, i);
    if (ZH_OPENERS.has(ch)) depth++;
    else if (ZH_CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    else if (ZH_TERMINATORS.has(ch)) {
      let j = i + ch.length;
      while (j < to && ZH_TERMINATORS.has(charAt(text, j))) j += charAt(text, j).length;
      while (j < to && ZH_CLOSERS.has(charAt(text, j))) {
        depth = Math.max(0, depth - 1);
        j += charAt(text, j).length;
      }
      if (depth === 0) {
        while (j < to && /\s/.test(text[j]!)) j++;
        if (j < to) starts.push(j);
      }
      i = j;
      continue;
    }
    i += ch.length;
  }
  return starts;
}

/** The code point at a UTF-16 offset, as a string of one or two units. */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i)!;
  return String.fromCodePoint(code);
}
