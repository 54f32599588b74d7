/**
 * A witness's text as comparison tokens: one per character, a numeral run as one token, no
 * whitespace (layout is never a difference). Each token keeps its place and its original text;
 * its key sets script, variant form, numeral notation and punctuation width aside.
 */
import { NUMERAL_CHARS, numeralValue } from '../text/numerals.ts';
import { toSimplified } from '../text/opencc.ts';
import { VARIANT_STANDARD } from './variant-table.ts';

export type TokenClass = 'char' | 'numeral' | 'punctuation';

export interface Token {
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: TokenClass;
  /** The character in simplified script (before the variant table), for telling script from variant. */
  readonly simplified: string;
}

const NUMERAL = new RegExp(`^${NUMERAL_CHARS.source}$`, 'u');
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
/** Dots that name the same mark: middle dot, katakana middle dot, bullet. */
const SAME_MARK: Readonly<Record<string, string>> = { '・': '·', '•': '·', '‧': '·', '―': '—', '－': '-', '～': '~' };

const simplifiedCache = new Map<string, string>();
function simplifiedOf(ch: string): string {
  let s = simplifiedCache.get(ch);
  if (s === undefined) {
    s = toSimplified(ch);
    simplifiedCache.set(ch, s);
  }
  return s;
}

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (/\s/u.test(ch)) {
      i += ch.length;
      continue;
    }
    // numerals are read in simplified script, so 兩 is the 2 that 两 is
    if (NUMERAL.test(simplifiedOf(ch))) {
      let j = i;
      while (j < to) {
        const next = String.fromCodePoint(text.codePointAt(j)!);
        if (!NUMERAL.test(simplifiedOf(next))) break;
        j += next.length;
      }
      const run = text.slice(i, j);
      const simplified = [...run].map(simplifiedOf).join('');
      const value = numeralValue(simplified);
      tokens.push({ key: value === null ? simplified : `#${value}`, text: run, start: i, end: j, type: 'numeral', simplified });
      i = j;
      continue;
    }
    if (PUNCTUATION.test(ch)) {
      const mark = ch.normalize('NFKC');
      tokens.push({ key: `P${SAME_MARK[mark] ?? SAME_MARK[ch] ?? mark}`, text: ch, start: i, end: i + ch.length, type: 'punctuation', simplified: ch });
    } else {
      const simplified = simplifiedOf(ch);
      const key = VARIANT_STANDARD.get(simplified) ?? VARIANT_STANDARD.get(ch) ?? simplified;
      tokens.push({ key, text: ch, start: i, end: i + ch.length, type: 'char', simplified });
    }
    i += ch.length;
  }
  return tokens;
}
