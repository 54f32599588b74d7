/**
 * Plain text a user brings: the whole file is the body. With `titleLine` (texts brought to read,
 * in the browser), a first line that reads as a title (short, with no sentence-final punctuation,
 * and more text after it) is the title, so that it becomes a heading of its own rather than running
 * into the first sentence. Not by default: there line layout never changes how a text is cut, so
 * two transcriptions that break their lines differently compare equal (`variants --a --b`).
 * With `segmented` texts (one sentence per line, as aligners' evaluation corpora are given) each
 * non-empty line is one segment.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { collapseCjkSpaces, metadataFrom, type WitnessPart } from './reader.ts';

/** Longest line taken for a title, in code points. */
const MAX_TITLE = 60;
const ENDS_SENTENCE = /[。！？!?.;；：:，,、…"”」』)）]\s*$/u;

export function readPlainText(source: string, options: { readonly titleLine?: boolean } = {}): WitnessPart[] {
  const title = options.titleLine ? titleLine(source) : null;
  return [{ part: 'main', edit: new SourceEdit(source), metadata: metadataFrom(title ? { title } : {}), sections: [{ title: title ?? '', sourceStart: 0 }], joinPageBreaks: false }];
}

/** The first line, when it reads as a title. */
export function titleLine(source: string): string | null {
  const match = /^[\s\uFEFF]*([^\r\n]*)(?:\r\n|\r|\n)([\s\S]*)$/.exec(source);
  if (!match) return null;
  const line = collapseCjkSpaces(match[1]!);
  if (line === '' || [...line].length > MAX_TITLE || ENDS_SENTENCE.test(line) || match[2]!.trim() === '') return null;
  return line;
}
