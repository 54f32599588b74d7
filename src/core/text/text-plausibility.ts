/** Whether decoded text reads as text: common Chinese characters, Western punctuation, no control characters. */

/**
 * About 200 of the most frequent characters of modern Chinese (the top of Jun Da's character
 * frequency list, Modern Chinese Character Frequency List, 2004), with the traditional forms of
 * those that differ: text decoded with the wrong one of GB18030 and Big5 comes out as rare
 * characters instead. In real text they make up 40–55% of the Han characters (the seed documents).
 */
const COMMON_HANZI = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话' +
    '這來國個說們為時會著過學對裡後麼沒於還發當無開見經頭從動兩長樣現將與進實點種聲話',
);

/** A C0 control other than tab, line feed, form feed and carriage return. */
export function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/** The first NUL in decoded text, or a description of too many control characters; null when clean. */
export function controlCharacter(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `NUL at character ${nul}`;
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) control++;
  return control > text.length * 0.02 ? `${control} control characters` : null;
}

/**
 * Whether a Windows-1252 reading looks like a Western text: its non-ASCII characters are mostly
 * punctuation (“ ” – …) or single letters among ASCII ones (café), not the runs that Chinese
 * read byte by byte gives (Ã«Ôó), nor the ones UTF-8 read byte by byte gives (â€™, Ã©).
 */
export function looksWestern(text: string): boolean {
  let nonAscii = 0;
  let western = 0;
  for (const [run] of text.matchAll(/[^\x00-\x7f]+/g)) {
    nonAscii += run.length;
    if (run.length === 1) western++;
    else if (!/[\u00c0-\u00ff]/.test(run)) western += run.replace(/[^\u00a0\u2010-\u2027\u20ac\u2122]/g, '').length;
  }
  return western >= nonAscii * 0.7;
}

/**
 * Share of Han characters that are common ones: high for the right decoding, near 0 for the wrong
 * one; 0 for fewer than three (one character says nothing).
 */
export function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON_HANZI.has(ch)) common++;
  }
  return han < 3 ? 0 : common / han;
}

/** Share of characters that ordinary Chinese or English text is made of (ASCII, Han, CJK and general punctuation). */
export function ordinaryShare(text: string): number {
  let ordinary = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    if (/[\t\n\r\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u3000-\u303f\uff00-\uffef]|\p{Script=Han}/u.test(ch)) ordinary++;
  }
  return all === 0 ? 0 : ordinary / all;
}
