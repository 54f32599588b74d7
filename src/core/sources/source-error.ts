/** A source that does not have the shape its format promises: which file, which line, what was expected. */
export class SourceFormatError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, expected: string, found: string) {
    const shown = found.length > 40 ? `${found.slice(0, 40)}…` : found;
    super(`${file}:${line}: expected ${expected}, found ${found === '' ? 'nothing' : JSON.stringify(shown)}`);
    this.name = 'SourceFormatError';
    this.file = file;
    this.line = line;
  }
}
