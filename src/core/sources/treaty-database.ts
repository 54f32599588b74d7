/**
 * The treaty database's transcriptions (seeds 000, 002): a disclaimer block 免责条款 first, then
 * the title, then the body with page breaks as blank lines, then date line and signatures.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { linesOf } from '../normalize/lines.ts';
import { isoDateFromChinese } from '../text/numerals.ts';
import { isDateLine } from '../text/line-kinds.ts';
import { SourceFormatError } from './source-error.ts';
import { collapseCjkSpaces, expectLine, firstNonBlank, metadataFrom, type WitnessPart } from './reader.ts';

const DISCLAIMER_HEADING = '免责条款';

export function readTreatyDatabase(source: string, file: string): WitnessPart[] {
  const lines = linesOf(source);
  const edit = new SourceEdit(source);
  const headingIndex = firstNonBlank(lines, 0);
  const heading = expectLine(lines, headingIndex, file, `the disclaimer heading "免 责 条 款"`);
  if (heading.text.replace(/\s/g, '') !== DISCLAIMER_HEADING) {
    throw new SourceFormatError(file, heading.number, `the disclaimer heading "免 责 条 款"`, heading.text.trim());
  }
  const paragraphIndex = firstNonBlank(lines, headingIndex + 1);
  const paragraph = expectLine(lines, paragraphIndex, file, 'the disclaimer paragraph');
  if (!paragraph.text.includes('数据库')) {
    throw new SourceFormatError(file, paragraph.number, 'the disclaimer paragraph (mentioning 数据库)', paragraph.text.trim());
  }
  let end = paragraphIndex;
  while (end < lines.length && lines[end]!.text.trim() !== '') end++;
  const titleIndex = firstNonBlank(lines, end);
  const title = expectLine(lines, titleIndex, file, 'the title after the disclaimer');
  edit.remove(heading.start, title.start, 'strip-disclaimer');

  const dateLine = lines.find((l) => isDateLine(l.text));
  const [dateText, place] = dateLine ? splitDateLine(dateLine.text.trim()) : ['', ''];
  const metadata = metadataFrom(
    { title: collapseCjkSpaces(title.text), date: isoDateFromChinese(dateText) ?? '', source: 'Treaty database (条约数据库)' },
    place ? { place } : {},
  );
  return [{ part: 'main', edit, metadata, sections: [{ title: metadata.title ?? '', sourceStart: title.start }], joinPageBreaks: true }];
}

/** `1958年8月3日于北京` → [`1958年8月3日`, `北京`]. */
function splitDateLine(line: string): [string, string] {
  const m = /^(.*?日)[，,]?\s*于?(.*)$/u.exec(line);
  return m ? [m[1]!, m[2]!.trim()] : [line, ''];
}
