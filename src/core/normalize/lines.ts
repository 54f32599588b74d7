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

/** Split at `\n`; a `\r` before it belongs to the line content (the crlf pass removes it). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ number, start, end, next, text: text.slice(start, end) });
    start = next;
    number++;
  }
  return lines;
}

export function isBlank(s: string): boolean {
  return /^[\s\u3000]*$/.test(s);
}
