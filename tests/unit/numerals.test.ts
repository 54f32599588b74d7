import { describe, expect, it } from 'vitest';
import { isoDateFromChinese, numeralValue } from '../../src/core/text/numerals.ts';

describe('numeralValue', () => {
  it.each([
    ['1958', 1958], ['一九五八', 1958], ['三十一', 31], ['十', 10], ['二十', 20], ['一百零五', 105], ['二〇', 20], ['一万二千', 12000], ['１９５８', 1958],
  ])('%s = %d', (s, v) => expect(numeralValue(s)).toBe(v));

  it('is null for what is not a numeral', () => {
    expect(numeralValue('')).toBeNull();
    expect(numeralValue('北大')).toBeNull();
  });
});

describe('isoDateFromChinese', () => {
  it.each([
    ['1958年8月3日于北京', '1958-08-03'], ['一九五八年八月三日于北京', '1958-08-03'], ['一九六三年二月二十一日，莫斯科', '1963-02-21'],
  ])('%s → %s', (s, iso) => expect(isoDateFromChinese(s)).toBe(iso));

  it('refuses an OCR-damaged year and impossible dates', () => {
    expect(isoDateFromChinese('一北大三年十一月二十九日')).toBeNull();
    expect(isoDateFromChinese('1958年13月3日')).toBeNull();
  });
});
