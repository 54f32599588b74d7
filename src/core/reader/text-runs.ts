/**
 * A sentence's text as a reader draws it with reading aids: its marked and plain pieces (the
 * variant marks), each cut where a word begins or ends, so that a word can be hovered for its
 * dictionary card and its counterparts while the marks stay whole. Pure: the app renders them.
 */
import type { Glossary } from '../glossary/glossary.ts';
import { chineseWordSpans, englishWordSpans } from '../glossary/glossary.ts';
import type { Lang } from '../model.ts';
import type { MarkSpan, Piece } from './segment-marks.ts';

export interface WordPart {
  readonly text: string;
  /** UTF-16 offset of the part in the witness's text. */
  readonly start: number;
  /** The Chinese word it belongs to (a word cut by a mark keeps its whole word here). */
  readonly zh?: string;
  /** Where that whole word starts, a UTF-16 offset in the witness's text. */
  readonly wordStart?: number;
  /** The English word's base form (null for a word too common to link). */
  readonly stem?: string | null;
}

export interface PieceParts {
  readonly mark?: MarkSpan;
  readonly parts: readonly WordPart[];
}

interface WordRange {
  readonly start: number;
  readonly end: number;
  readonly zh?: string;
  readonly stem?: string | null;
}

/** The words of `text.slice(from, to)`, in witness offsets: Chinese by the glossary, English by letters. */
export function wordRanges(text: string, from: number, to: number, lang: Lang, glossary: Glossary | null): WordRange[] {
  const slice = text.slice(from, to);
  if (lang === 'en') return englishWordSpans(slice).map((w) => ({ start: from + w.start, end: from + w.end, stem: w.stem }));
  if (!glossary) return [];
  return chineseWordSpans(slice, glossary).map((w) => ({ start: from + w.start, end: from + w.end, zh: w.word }));
}

/** Cut pieces (consecutive, from `start`) at the words' boundaries; the parts of each piece rebuild it exactly. */
export function piecesWithWords(pieces: readonly Piece[], start: number, words: readonly WordRange[]): PieceParts[] {
  let at = start;
  let w = 0;
  return pieces.map((piece) => {
    const end = at + piece.text.length;
    const parts: WordPart[] = [];
    let cursor = at;
    while (w < words.length && words[w]!.end <= cursor) w++;
    for (let k = w; k < words.length && words[k]!.start < end; k++) {
      const word = words[k]!;
      const from = Math.max(word.start, cursor);
      const to = Math.min(word.end, end);
      if (from > cursor) parts.push({ text: piece.text.slice(cursor - at, from - at), start: cursor });
      if (to > from) parts.push({ text: piece.text.slice(from - at, to - at), start: from, ...(word.zh !== undefined ? { zh: word.zh, wordStart: word.start } : {}), ...(word.stem !== undefined ? { stem: word.stem } : {}) });
      cursor = Math.max(cursor, to);
    }
    if (cursor < end || parts.length === 0) parts.push({ text: piece.text.slice(cursor - at), start: cursor });
    at = end;
    return { ...(piece.mark ? { mark: piece.mark } : {}), parts };
  });
}
