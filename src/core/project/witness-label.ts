/**
 * A witness's label: the name the panes' headings, the exports and the handout give a text. A
 * project's text gets a readable default from its file's name ("ANALECTS-ZH-BIG5.TXT" → "Analects
 * (Chinese)"): the folders, the extension, and the tokens that name an encoding or a language are
 * left out, the rest title-cased, and the language said after it; the user can rename it. A label
 * is one line of at most `MAX_LABEL_LENGTH` characters, with no control or bidi-override characters.
 */
import type { Lang } from '../model.ts';

/** Characters (grapheme clusters) a label may have: a pane heading on a phone shows about 30 before its ellipsis. */
export const MAX_LABEL_LENGTH = 80;

const LANGUAGE_NAME: Readonly<Record<Lang, string>> = { zh: 'Chinese', en: 'English' };
/** What a text of no usable file name is called (pasted, or named only by its language). */
const UNNAMED: Readonly<Record<Lang, string>> = { zh: 'Chinese text', en: 'English translation' };

const EXTENSION = /\.(txt|text|md|markdown|tsv|tab|csv|tmx|xml|json|html?|docx?|rtf|odt|pdf|srt|duizhao)$/i;
// a token is a run between separators; these look at the letters and digits either side
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
/** Encodings and language tags of more than one token (utf-8, zh-CN, big5-hkscs): removed before the name is split. */
const COMPOUND = new RegExp(
  `${EDGE_BEFORE}(utf[-_ ]?(8|16|32)([-_ ]?[lb]e)?|gb[-_ ]?(18030|2312)|big[-_ ]?5([-_ ]?hkscs)?|cp[-_ ]?(936|950|1252)|windows[-_ ]?125\\d|iso[-_ ]?8859[-_ ]?\\d{1,2}|latin[-_ ]?1|(zh|en)[-_](cn|tw|hk|sg|mo|hans|hant|us|gb|uk))${EDGE_AFTER}`,
  'giu',
);
const DROPPED = new Set(['gbk', 'big5', 'ascii', 'ansi', 'bom', 'utf8', 'zh', 'zho', 'chi', 'chs', 'cht', 'cn', 'hans', 'hant', 'lzh', 'en', 'eng', 'english', 'chinese', 'simplified', 'traditional', 'simp', 'trad', '中文', '英文', '汉语', '漢語', '英语', '英語', '简体', '繁体', '簡體', '繁體', '原文', '译文', '譯文']);
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
/** Control characters, bidi embeddings, overrides and isolates, and the line and paragraph separators. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]/g;

const graphemes = (text: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** `text` as one line: invisible and control characters removed, runs of white space one space, trimmed. */
export function cleanLabel(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** What is wrong with a label a user gives, or null. */
export function labelProblem(label: string): string | null {
  const clean = cleanLabel(label);
  if (clean === '') return 'a text needs a name';
  const length = graphemes(clean).length;
  if (length > MAX_LABEL_LENGTH) return `a text's name can be at most ${MAX_LABEL_LENGTH} characters (this one has ${length})`;
  return null;
}

/** `text` cut to `max` characters, with an ellipsis when cut (never inside a character or an emoji). */
function shortened(text: string, max: number): string {
  const parts = graphemes(text);
  return parts.length <= max ? text : `${parts.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A word title-cased; a small word (of, the) stays small inside a name, not at its ends. */
function titleCase(word: string, end: boolean): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  // mixed case (McDonald, iPhone) is the author's own; words without case (Han, digits) stay
  if (lower === upper || (word !== lower && word !== upper)) return word;
  if (/^[IVX]{2,5}$/.test(word)) return word;
  if (!end && SMALL_WORDS.has(lower)) return lower;
  const [head = '', ...rest] = [...lower];
  return head.toUpperCase() + rest.join('');
}

/** The readable part of a file's name: no folders, no extension, no encoding or language tokens, title-cased. */
export function nameFromFile(fileName: string): string {
  let base = cleanLabel(fileName).split(/[/\\]/).filter((p) => p.trim() !== '').at(-1) ?? '';
  for (let k = 0; k < 3 && EXTENSION.test(base); k++) base = base.replace(EXTENSION, '');
  const tokens = base
    .replace(COMPOUND, ' ')
    .split(/[\s._\-–—()[\]{},+·]+/u)
    .filter((t) => t !== '' && !DROPPED.has(t.toLowerCase()));
  return tokens.map((t, k) => titleCase(t, k === 0 || k === tokens.length - 1)).join(' ');
}

/** A text's default label from its file's name: "ANALECTS-ZH-BIG5.TXT" → "Analects (Chinese)"; a pasted or unnamed text by its language. */
export function defaultWitnessLabel(fileName: string, lang: Lang, pasted = false): string {
  const name = pasted ? '' : nameFromFile(fileName);
  if (name === '') return UNNAMED[lang];
  const suffix = ` (${LANGUAGE_NAME[lang]})`;
  return shortened(name, MAX_LABEL_LENGTH - suffix.length) + suffix;
}

/** Default labels for a project's texts, each distinct: a second "Analects (Chinese)" is "Analects (Chinese 2)". */
export function defaultWitnessLabels(texts: readonly { readonly fileName: string; readonly lang: Lang; readonly pasted?: boolean }[]): string[] {
  const labels = texts.map((t) => defaultWitnessLabel(t.fileName, t.lang, t.pasted));
  const seen = new Map<string, number>();
  return labels.map((label, k) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n === 1) return label;
    const lang = LANGUAGE_NAME[texts[k]!.lang];
    return label.endsWith(`(${lang})`) ? `${label.slice(0, -1)} ${n})` : `${label} ${n}`;
  });
}
