/** TSV export: a header line, one line per row; tab, newline and backslash inside text escaped. */

/** Escape a cell so that it stays on its line and in its column (`\t`, `\n`, `\r`, `\\`). */
export function tsvCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** A TSV document from a header and rows of cells. */
export function toTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => cells.map(tsvCell).join('\t')).join('\n') + '\n';
}
