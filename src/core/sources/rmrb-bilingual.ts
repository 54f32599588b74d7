/**
 * The People's Daily archive with an English translation (seed 001): a `Title:`/`Date:`/`Page:`
 * header, the English body, a `<hr />` and `Original:` marker, then the Chinese original with
 * its `###` heading, date, page/column lines and body. Two witnesses come out: `en` and `zh`.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { linesOf, type Line } from '../normalize/lines.ts';
import { SourceFormatError } from './source-error.ts';
import { expectLine, firstNonBlank, metadataFrom, type WitnessPart } from './reader.ts';

const HEADER_FIELD = /^([A-Za-z]+):[ \t]*(.*?)\s*$/;
const RULE_LINE = /^\s*<hr\s*\/?>\s*$/i;
const ORIGINAL_LINE = /^\s*Original:\s*$/;

export function readRmrbBilingual(source: string, file: string): WitnessPart[] {
  const lines = linesOf(source);
  const header = readHeader(lines, file);
  const ruleIndex = lines.findIndex((l) => RULE_LINE.test(l.text));
  if (ruleIndex < 0) throw new SourceFormatError(file, lines.length, 'a `<hr />` line between the English and the Chinese', '');
  const originalIndex = firstNonBlank(lines, ruleIndex + 1);
  const original = expectLine(lines, originalIndex, file, 'an `Original:` line after `<hr />`');
  if (!ORIGINAL_LINE.test(original.text)) throw new SourceFormatError(file, original.number, 'an `Original:` line after `<hr />`', original.text);
  const separator = { start: lines[ruleIndex]!.start, end: original.next };

  const en = new SourceEdit(source);
  // the English title stays in the text, as its first line (a heading, beside the Chinese title);
  // the header's field names and its other fields are metadata
  const title = header.title;
  if (title) {
    en.remove(0, title.start, 'metadata-field');
    for (const line of lines) {
      if (line.start < title.lineNext || line.start >= header.bodyStart) continue;
      if (line.text.trim() !== '') en.remove(line.start, line.next, 'metadata-field');
    }
  } else en.remove(0, header.bodyStart, 'metadata-field');
  en.remove(separator.start, separator.end, 'section-separator');
  en.remove(separator.end, source.length, 'other-witness');
  const enPart: WitnessPart = {
    part: 'en',
    edit: en,
    metadata: metadataFrom(
      { title: header.fields.Title, date: header.fields.Date, page: header.fields.Page, author: header.fields.Author, source: "People's Daily (人民日报), English translation" },
    ),
    sections: [title ? { title: title.text, sourceStart: title.start } : { title: '', sourceStart: header.bodyStart }],
    joinPageBreaks: false,
  };

  const zh = new SourceEdit(source);
  zh.remove(0, separator.start, 'other-witness');
  zh.remove(separator.start, separator.end, 'section-separator');
  const zhHead = readChineseHead(lines, firstNonBlank(lines, originalIndex + 1), file);
  for (const line of zhHead.metadataLines) zh.remove(line.start, line.next, 'metadata-field');
  const zhPart: WitnessPart = {
    part: 'zh',
    edit: zh,
    metadata: metadataFrom({ title: zhHead.title, date: zhHead.date, page: zhHead.page, column: zhHead.column, source: "People's Daily (人民日报)" }),
    sections: [{ title: zhHead.title, sourceStart: zhHead.bodyStart }],
    joinPageBreaks: false,
  };
  return [enPart, zhPart];
}

/** The header's fields, where the body starts, and where the title's value stands (its text, its offset, the offset after its line). */
function readHeader(lines: readonly Line[], file: string): { fields: Record<string, string>; bodyStart: number; title: { text: string; start: number; lineNext: number } | null } {
  const fields: Record<string, string> = {};
  let title: { text: string; start: number; lineNext: number } | null = null;
  let i = 0;
  for (; i < lines.length && lines[i]!.text.trim() !== ''; i++) {
    const m = HEADER_FIELD.exec(lines[i]!.text);
    if (!m) throw new SourceFormatError(file, lines[i]!.number, 'a header field such as `Title: …`', lines[i]!.text);
    fields[m[1]!] = m[2]!;
    if (m[1] === 'Title' && m[2]) title = { text: m[2], start: lines[i]!.start + lines[i]!.text.indexOf(m[2], m[1].length + 1), lineNext: lines[i]!.next };
  }
  if (!('Title' in fields)) throw new SourceFormatError(file, 1, 'a `Title:` header line', lines[0]?.text ?? '');
  const body = firstNonBlank(lines, i);
  return { fields, bodyStart: lines[body]?.start ?? lines.at(-1)?.next ?? 0, title };
}

/** `### 标题`, then `1958-08-04`, `第1版()`, `专栏：` until the indented body. */
function readChineseHead(lines: readonly Line[], from: number, file: string) {
  const headingLine = expectLine(lines, from, file, 'a `### ` heading with the Chinese title');
  const heading = /^###\s*(.+?)\s*$/.exec(headingLine.text);
  if (!heading) throw new SourceFormatError(file, headingLine.number, 'a `### ` heading with the Chinese title', headingLine.text);
  const metadataLines: Line[] = [headingLine];
  let date = '';
  let page = '';
  let column = '';
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') { metadataLines.push(line); continue; }
    if (/^\s/.test(line.text)) break;
    const pageMatch = /^第\s*(\d+)\s*版\s*[（(](.*)[)）]$/.exec(text);
    const columnMatch = /^专栏[：:](.*)$/.exec(text);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = text;
    else if (pageMatch) { page = pageMatch[1]!; column ||= pageMatch[2]!.trim(); }
    else if (columnMatch) column ||= columnMatch[1]!.trim();
    else break;
    metadataLines.push(line);
  }
  const body = expectLine(lines, i, file, 'the indented Chinese body');
  return { title: heading[1]!, date, page, column, metadataLines, bodyStart: body.start };
}
