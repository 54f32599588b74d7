/** Chinese numerals read as values: 一九五八 (digit by digit) = 1958, 三十一 = 31, 二〇 = 20. */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  '０': 0, '１': 1, '２': 2, '３': 3, '４': 4, '５': 5, '６': 6, '７': 7, '８': 8, '９': 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };

/** Characters that can make up a numeral (Chinese or Arabic, full- or half-width). */
export const NUMERAL_CHARS = /[〇零一二两三四五六七八九十百千万萬0-9０-９]/u;

/**
 * The value of a numeral string, or null when it is not one. Without unit characters the digits
 * are read positionally (一九五八 = 1958, as years are written); with them, as a count (三十一 = 31).
 */
export function numeralValue(s: string): number | null {
  if (s.length === 0) return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  const chars = [...s];
  if (chars.every((c) => c in DIGITS || /[0-9]/.test(c))) {
    return Number(chars.map((c) => (c in DIGITS ? String(DIGITS[c]) : c)).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const unit = UNITS[c]!;
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else {
        section += (digit ?? 1) * unit;
      }
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const ZH_DATE = /^(.{4})年(.{1,3})月(.{1,3})日/u;

/** An ISO date (YYYY-MM-DD) from a Chinese date such as 1958年8月3日 or 一九六三年三月九日. */
export function isoDateFromChinese(s: string): string | null {
  const m = ZH_DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [numeralValue(m[1]!), numeralValue(m[2]!), numeralValue(m[3]!)];
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
