/**
 * The tagged People's Daily archive (seed 004): fields `〖XX/名〗value〖-XX/名〗`, and a body
 * `〖ZW/正文〗 … 〖-ZW/正文〗` that may hold several letters. A letter ends with its date line;
 * what follows begins the next one. Titles come from 副题, which runs the letters' titles together.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { linesOf, type Line } from '../normalize/lines.ts';
import { isDateLine } from '../text/line-kinds.ts';
import { SourceFormatError } from './source-error.ts';
import { metadataFrom, type WitnessPart } from './reader.ts';

const FIELD = /^〖([A-Z]{2})\/([^〗]+)〗(.*)〖-\1\/\2〗\s*$/u;
const BODY_OPEN = /^〖ZW\/正文〗\s*$/u;
const BODY_CLOSE = /^〖-ZW\/正文〗\s*$/u;

export function readTaggedArchive(source: string, file: string): WitnessPart[] {
  const lines = linesOf(source);
  const edit = new SourceEdit(source);
  const fields: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && !BODY_OPEN.test(lines[i]!.text); i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    const m = FIELD.exec(line.text);
    if (!m) throw new SourceFormatError(file, line.number, 'a field `〖XX/名〗value〖-XX/名〗` or `〖ZW/正文〗`', line.text);
    fields[m[2]!] = m[3]!.trim();
  }
  if (i === lines.length) throw new SourceFormatError(file, lines.length, 'the body marker `〖ZW/正文〗`', '');
  const open = lines[i]!;
  const closeIndex = lines.findIndex((l, k) => k > i && BODY_CLOSE.test(l.text));
  if (closeIndex < 0) throw new SourceFormatError(file, lines.length, 'the end marker `〖-ZW/正文〗`', '');
  const close = lines[closeIndex]!;
  edit.remove(0, open.next, 'metadata-field');
  edit.remove(close.start, source.length, 'metadata-field');

  const body = lines.slice(i + 1, closeIndex).filter((l) => l.text.trim() !== '');
  const titles = letterTitles(fields['副题'] ?? '');
  const sections = letterStarts(body).map((line, k) => ({ title: titles[k] ?? '', sourceStart: line.start }));
  const { 标题: title, 副题: subtitle, 日期: rawDate, 版号: page, 版名: column, ...rest } = fields;
  const metadata = metadataFrom(
    { title, subtitle, date: isoFromCompact(rawDate ?? ''), page: page?.replace(/^0+(?=\d)/, ''), column, source: "People's Daily (人民日报) archive" },
    rest,
  );
  return [{ part: 'main', edit, metadata, sections, joinPageBreaks: false }];
}

/** A new letter starts after a date line that is followed by more text. */
function letterStarts(body: readonly Line[]): Line[] {
  const starts: Line[] = body.length > 0 ? [body[0]!] : [];
  body.forEach((line, k) => {
    const next = body[k + 1];
    if (next && isDateLine(line.text)) starts.push(next);
  });
  return starts;
}

/** `中共中央致苏共中央的信苏共中央致中共中央的信` → the two titles. */
function letterTitles(subtitle: string): string[] {
  return subtitle.match(/.+?的信/gu) ?? (subtitle ? [subtitle] : []);
}

function isoFromCompact(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : s;
}
