/**
 * A witness's text as comparison tokens: one per character, a numeral run as one token, no
 * whitespace (layout is never a difference). Each token keeps its place and its original text;
 * its key sets script, variant form, numeral notation and punctuation width aside.
 */
import { NUMERAL_CHARS, numeralValue } from '../text/numerals.ts';
import { toSimplified } from '../text/opencc.ts';
import { PUNCTUATION, punctuationKey } from './punctuation.ts';
import { VARIANT_STANDARD } from './variant-table.ts';

export type TokenClass = 'char' | 'numeral' | 'punctuation';

export interface Token {
  readonly key: string;
  /** The original text, without whitespace. */
  readonly text: string;
  /** UTF-16 offsets into the text tokenized. */
  readonly start: number;
  readonly end: number;
  readonly type: TokenClass;
  /** The text in simplified script (before the variant table), for telling script from variant. */
  readonly simplified: string;
}

const NUMERAL = new RegExp(`^${NUMERAL_CHARS.source}$`, 'u');
const SPACE = /^\s$/u;

const simplifiedCache = new Map<string, string>();
function simplifiedOf(ch: string): string {
  let s = simplifiedCache.get(ch);
  if (s === undefined) {
    s = toSimplified(ch);
    simplifiedCache.set(ch, s);
  }
  return s;
}

/**
 * The code points of `text` and the simplified form of each. The whole run is converted at once,
 * so OpenCC's phrase table applies (乾淨 → 干净, 鍊子 → 链子, where 乾 and 鍊 alone would stay 乾
 * and become 炼); a conversion that changed the number of code points falls back to converting
 * character by character.
 */
function simplifiedChars(text: string): { chars: string[]; simplified: string[] } {
  const chars = [...text];
  const converted = [...toSimplified(text)];
  return { chars, simplified: converted.length === chars.length ? converted : chars.map(simplifiedOf) };
}

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const { chars, simplified } = simplifiedChars(text.slice(from, to));
  const tokens: Token[] = [];
  let at = from;
  for (let k = 0; k < chars.length; ) {
    const ch = chars[k]!;
    if (SPACE.test(ch)) {
      at += ch.length;
      k++;
    } else if (NUMERAL.test(simplified[k]!)) {
      // numerals are read in simplified script, so 兩 is the 2 that 两 is; a line break or space
      // inside one (一九五\n八年) is layout, not a second number
      let j = k + 1;
      let end = j;
      while (j < chars.length && (NUMERAL.test(simplified[j]!) || SPACE.test(chars[j]!))) if (!SPACE.test(chars[j++]!)) end = j;
      const kept = Array.from({ length: end - k }, (_, i) => k + i).filter((i) => !SPACE.test(chars[i]!));
      const s = kept.map((i) => simplified[i]!).join('');
      const value = numeralValue(s);
      const length = chars.slice(k, end).join('').length;
      tokens.push({ key: value === null ? s : `#${value}`, text: kept.map((i) => chars[i]!).join(''), start: at, end: at + length, type: 'numeral', simplified: s });
      at += length;
      k = end;
    } else {
      const s = simplified[k]!;
      // object literals, not spreads: this loop runs once per character of both witnesses
      tokens.push(
        PUNCTUATION.test(ch)
          ? { key: punctuationKey(ch), text: ch, start: at, end: at + ch.length, type: 'punctuation', simplified: ch }
          : { key: VARIANT_STANDARD.get(s) ?? VARIANT_STANDARD.get(ch) ?? s, text: ch, start: at, end: at + ch.length, type: 'char', simplified: s },
      );
      at += ch.length;
      k++;
    }
  }
  return tokens;
}
