/**
 * Kinds of whole lines: date lines and the closing block of signatures that ends a document or a
 * letter. Sentence splitting happens inside lines; these rules decide which lines are not prose.
 */

/**
 * `1958年8月3日于北京`, `一九六三年二月二十一日，莫斯科`, and OCR-damaged `一北大三年十一月二十九日`:
 * a year of four characters, a month and a day of one to three, then perhaps a place.
 */
const ZH_DATE_LINE = /^([\p{Script=Han}0-9０-９]{4})年([\p{Script=Han}0-9０-９]{1,3})月([\p{Script=Han}0-9０-９]{1,3})日(?:[，,]?\s*于?[\p{Script=Han}]{1,6})?$/u;
/** The characters a number is written in: digits, Chinese numerals, and 〇/零 for nought. */
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十两]/u;
const numerals = (s: string) => [...s].filter((ch) => NUMERAL.test(ch)).length;

/**
 * A Chinese date line: the month and day written in numerals; the year in numerals but for at most
 * two characters OCR misread (the CPSU letter's `一北大三`), so that prose shaped like a date
 * (`永远难忘那年那月那日`) is not taken for one.
 */
function isChineseDateLine(s: string): boolean {
  const m = ZH_DATE_LINE.exec(s);
  if (!m) return false;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  return numerals(year) >= 2 && numerals(month) === [...month].length && numerals(day) === [...day].length;
}
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_DATE_LINE = new RegExp(
  `^(?:(?:${MONTHS}) \\d{1,2}, \\d{4}|\\d{1,2} (?:${MONTHS}) \\d{4})(?:,? (?:in|at) [A-Z][\\w' -]{0,40})?\\.?$`,
);

export function isDateLine(line: string): boolean {
  const s = line.trim();
  return isChineseDateLine(s) || EN_DATE_LINE.test(s);
}

/** Lines longer than this are prose even without a full stop (an OCR-truncated paragraph, say). */
const MAX_SIGNATURE_LINE = { zh: 40, en: 100 } as const;
const ENDS_SENTENCE_OR_CLAUSE = /[。！？!?…：:，,；;]$|(?<![A-Z])\.$/u;

/** Whether a line can stand in the closing block: a date line, or a short line without sentence punctuation. */
export function isClosingLine(line: string, lang: 'zh' | 'en'): boolean {
  const s = line.trim();
  if (s.length === 0) return true;
  if (isDateLine(s)) return true;
  return [...s].length <= MAX_SIGNATURE_LINE[lang] && !ENDS_SENTENCE_OR_CLAUSE.test(s);
}
