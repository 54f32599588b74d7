/** A source that does not have the shape its format promises: which file, which line, what was expected. */
export class SourceFormatError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without its `file:line: ` prefix, for callers that name the file their own way. */
  readonly detail: string;

  constructor(file: string, line: number, expected: string, found: string) {
    const shown = found.length > 40 ? `${found.slice(0, 40)}…` : found;
    const detail = `expected ${expected}, found ${found === '' ? 'nothing' : JSON.stringify(shown)}`;
    super(`${file}:${line}: ${detail}`);
    this.name = 'SourceFormatError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}
