/**
 * English words reduced to simple base forms, for matching against dictionary glosses: lower
 * case, possessives and common inflections stripped (`countries` → `country`, `talks` → `talk`,
 * `strengthened` → `strengthen`). A light stemmer, not a lemmatiser: both sides go through it.
 */

/** Function words that say nothing about which sentence translates which. */
const STOPWORDS = new Set(
  ('a an the of to in on at by for from with and or but nor so as is are was were be been being am do does did ' +
    'have has had it its this that these those there their they them he him his she her we our us you your i me my ' +
    'not no yes will would shall should can could may might must than then which who whom whose what when where ' +
    'how why all any each some such very also just only into onto upon about over under up down out off again ' +
    'further once here both either neither one s t').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A word's base form: lower case, inflection stripped. */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Every word of a text, in order, as written. */
export function englishWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The content words of a text (stopwords dropped), as base forms. */
export function englishContentStems(text: string): string[] {
  return englishWords(text)
    .filter((w) => !STOPWORDS.has(w.toLowerCase()) && !/^\d+$/.test(w))
    .map(stemEnglish);
}

/** Content stems of a dictionary gloss: `(literary) to strengthen; to consolidate` → strengthen, consolidate. */
export function glossStems(gloss: string): string[] {
  const plain = gloss.replace(/\([^)]*\)/g, ' ').replace(/\bCL:.*$/, ' ').replace(/\bsb\b|\bsth\b/g, ' ');
  return englishContentStems(plain);
}
