/** fast-check generators for text a corpus can hold: astral CJK, mixed scripts, odd whitespace. */
import fc from 'fast-check';

const pieces = [
  '毛泽东', '赫魯晓夫', '会談', '。', '，', '；', '！', '？', '“', '”', '「', '」', '——', '、', '：',
  '𠀀', '𠮷', '𪚥', '𫝀', // CJK Extension B and later: two UTF-16 units each
  'N.S. Khrushchev', 'R. Ya. Malinovsky', 'U.S.', 'Mr.', 'No. 5', 'peace.', 'The', 'talks', '?', '!', '.',
  ' ', '  ', '\t', '\n', '\n\n', '\n\n\n', '\r\n', '\u3000', '\u00a0', '\ufeff',
  '1958年8月3日于北京', '一九五八年', '(签字)', '免 责 条 款', 'é', 'ü', '\u200b',
];

/** Text made of corpus-like pieces and arbitrary code points, astral ones included. */
export const corpusText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));
