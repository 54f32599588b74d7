/** Lines of a string with their offsets, for readers and passes that work line by line. */
export interface Line {
  /** 1-based line number, for error messages. */
  readonly number: number;
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
  /** Start of the next line (after the line break, if any). */
  readonly next: number;
  readonly text: string;
}

/**
 * Split at `\n`, and at a lone `\r` (the line end of old Mac files, kept in the text as its line
 * break); the `\r` of a `\r\n` belongs to the line content (the crlf pass removes it).
 */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const nl = nextBreak(text, start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ number, start, end, next, text: text.slice(start, end) });
    start = next;
    number++;
  }
  return lines;
}

/** The offset of the next `\n` or lone `\r` from `from`, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) return i;
  }
  return -1;
}

/** A line break as the text keeps it once `\r\n` has lost its `\r`: `\n`, or a lone `\r`. */
const BREAK = String.raw`(?:\r\n|\r|\n)`;

/** Two line breaks in a row: a blank line, which ends a paragraph. */
export const BLANK_LINE = new RegExp(`${BREAK}${BREAK}`, 'g');

/** Three or more line breaks in a row (the first two say all they do). */
export const BLANK_LINES = new RegExp(`(${BREAK}${BREAK})${BREAK}+`, 'g');

const HAS_BLANK_LINE = new RegExp(`${BREAK}${BREAK}`);

export function hasBlankLine(text: string): boolean {
  return HAS_BLANK_LINE.test(text);
}

export function hasLineBreak(text: string): boolean {
  return /[\r\n]/.test(text);
}

export function isBlank(s: string): boolean {
  return /^[\s\u3000]*$/.test(s);
}
