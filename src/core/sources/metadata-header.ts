/**
 * Documents with a metadata header (seed 003): `id:`, `标题：`, `日期：`, `作者：`, `书籍：` …
 * then `正文：` and the body, then trailing fields such as `描述：`. OCR damage in the body is kept
 * as it stands: it is what the source says.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { linesOf } from '../normalize/lines.ts';
import { SourceFormatError } from './source-error.ts';
import { metadataFrom, type WitnessPart } from './reader.ts';

const FIELD = /^([\p{Script=Han}A-Za-z]{1,12})[：:][ \t]*(.*?)\s*$/u;
const BODY_LABEL = '正文';
/** Fields known to follow the body; a body line never looks like `描述：`. */
const TRAILING_FIELDS = new Set(['描述', '备注', '注释']);

export function readMetadataHeader(source: string, file: string): WitnessPart[] {
  const lines = linesOf(source);
  const edit = new SourceEdit(source);
  const fields: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    const m = FIELD.exec(line.text);
    if (!m) throw new SourceFormatError(file, line.number, 'a header field such as `标题：…` or the `正文：` label', line.text);
    if (m[1] === BODY_LABEL) break;
    fields[m[1]!] = m[2]!;
  }
  if (i === lines.length) throw new SourceFormatError(file, lines.length, 'the `正文：` label before the body', '');
  const bodyLabel = lines[i]!;
  const inlineBody = FIELD.exec(bodyLabel.text)![2]!;
  const bodyStart = inlineBody !== '' ? bodyLabel.start + bodyLabel.text.indexOf(inlineBody) : bodyLabel.next;
  edit.remove(0, bodyStart, 'metadata-field');

  let end = lines.length;
  for (let k = lines.length - 1; k > i; k--) {
    const m = FIELD.exec(lines[k]!.text);
    if (m && TRAILING_FIELDS.has(m[1]!)) {
      fields[m[1]!] = m[2]!;
      end = k;
    } else if (lines[k]!.text.trim() !== '') break;
  }
  if (end < lines.length) edit.remove(lines[end]!.start, source.length, 'metadata-field');

  const { 标题: title, 日期: date, 作者: author, 书籍: book, 来源: from, ...rest } = fields;
  const metadata = metadataFrom({ title, date, author, source: [book, from].filter(Boolean).join('；') }, rest);
  return [{ part: 'main', edit, metadata, sections: [{ title: title ?? '', sourceStart: bodyStart }], joinPageBreaks: false }];
}
