/** Date lines beyond the corpus: the forms dates are written in, OCR damage, and prose shaped like a date. */
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../src/core/text/line-kinds.ts';

describe('date lines', () => {
  it('takes dates in digits, full-width digits and Chinese numerals, with a place after', () => {
    for (const line of ['1958年8月3日', '1958年8月3日于北京', '一九六三年二月二十一日，莫斯科', '２０２６年１２月３日', '二〇二六年十二月三日', '一九五〇年一月三十一日 于莫斯科', 'August 3, 1958', '3 August 1958, in Beijing.']) {
      expect(isDateLine(line), line).toBe(true);
    }
  });

  it('takes an OCR-damaged year (two characters misread), as in the CPSU letter', () => {
    expect(isDateLine('一北大三年十一月二十九日')).toBe(true);
  });

  it('refuses prose shaped like a date: words for the year, month or day', () => {
    for (const line of ['永远难忘那年那月那日', '不知何年何月何日', '一九五八年八月某日', '一九五八年某月三日', '北京大学年会月底日报']) {
      expect(isDateLine(line), line).toBe(false);
    }
  });
});
