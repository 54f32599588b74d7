/** Which language a text is in, from the letters it is written in: Chinese, English, or (refused) Japanese. */

/** Share of letters that are Han characters (0..1), for telling Chinese from English. */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  // a Han character carries a word's weight; Latin letters come five or so to a word
  const words = han + letters / 5;
  return words === 0 ? 0 : han / words;
}

/** Share of the letters other than Han characters that are Latin (0..1; 1 when there are none). */
export function latinShare(text: string): number {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{L}/u.test(ch) && !/\p{Script=Han}/u.test(ch)) other++;
  }
  return latin + other === 0 ? 1 : latin / (latin + other);
}

/**
 * Share of kana among Han characters and kana (0..1): Japanese writes its grammar in kana (30–60%
 * of a running text), Chinese has none but for a borrowed name.
 */
export function kanaShare(text: string): number {
  let han = 0;
  let kana = 0;
  for (const ch of text) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) && ch !== 'ー' && ch !== '・') kana++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
  }
  return han + kana === 0 ? 0 : kana / (han + kana);
}

/** Japanese, not Chinese: at least a tenth of its Han and kana letters are kana. */
const JAPANESE_KANA_SHARE = 0.1;

export interface DetectedLanguage {
  /** 'zh' when at least half the words are Han characters; 'en' when at most 30% are and the other letters are mostly Latin; else null. */
  readonly lang: 'zh' | 'en' | null;
  /** hanShare of the text (0..1). */
  readonly han: number;
  /** latinShare of the text (0..1). */
  readonly latin: number;
  /** kanaShare of the text (0..1): over a tenth, the text is Japanese and `lang` is null. */
  readonly kana: number;
}

/** The language a user's text looks to be in, with the shares that decided it; null for a text without letters. */
export function detectLanguage(text: string): DetectedLanguage {
  const han = hanShare(text);
  const latin = latinShare(text);
  const kana = kanaShare(text);
  // without letters the shares say nothing (latinShare is 1 for no letters at all)
  if (!/\p{L}/u.test(text)) return { lang: null, han, latin, kana };
  const lang = kana > JAPANESE_KANA_SHARE ? null : han >= 0.5 ? 'zh' : han <= 0.3 && latin >= 0.5 ? 'en' : null;
  return { lang, han, latin, kana };
}

/**
 * Why a user's text will not do as the `expected` side (empty, no words, the wrong language, not
 * in the Latin alphabet), as one line naming it; null when it will. `flag` is how the caller names
 * the side (the CLI's `--zh`, `--en`); without it the message leaves it out.
 */
export function languageProblem(name: string, expected: 'zh' | 'en', text: string, flag?: string): string | null {
  const needs = expected === 'zh' ? 'a Chinese' : 'an English';
  const wanted = flag === undefined ? `expected ${needs} text` : `${flag} needs ${needs} text`;
  const side = flag === undefined ? '' : `${flag} `;
  if (text.trim() === '') return `${name}: no text (${wanted})`;
  if (!/[\p{L}\p{N}]/u.test(text)) return `${name}: no words, only punctuation or symbols (${wanted})`;
  const kana = kanaShare(text);
  if (kana > JAPANESE_KANA_SHARE) return `${name}: ${side}looks like Japanese (${Math.round(kana * 100)}% of its Han and kana letters are kana); expected ${expected === 'zh' ? 'Chinese' : 'English'}`;
  const han = Math.round(hanShare(text) * 100);
  if (expected === 'zh' && han < 50) return `${name}: ${side}looks like English or another language (${han}% Han characters); expected Chinese`;
  if (expected === 'en' && han > 30) return `${name}: ${side}looks like Chinese (${han}% Han characters); expected English`;
  const latin = Math.round(latinShare(text) * 100);
  if (expected === 'en' && latin < 50) return `${name}: ${flag === undefined ? 'not' : `${flag} is not`} in the Latin alphabet (${latin}% Latin letters); expected English`;
  return null;
}
