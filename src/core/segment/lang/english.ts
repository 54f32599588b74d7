/**
 * Punctuation and abbreviations that shape English sentences. Data only; the rules are in
 * english-sentences.ts.
 *
 * Where the lists come from: the abbreviation and acronym lists follow the ones the pragmatic
 * segmenter and sentence-splitter (`lang/English.ts`) keep, cut down to what the English
 * translations in this corpus use: titles and ranks of officials (Soviet, Chinese and American
 * diplomatic documents of the 1950s–60s), article and page references, month names, company
 * names, and the country acronyms those documents print with dots.
 */

/** Marks that end a sentence; runs of them (`?!`, `...`) end it once. */
export const EN_TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Closing quotes and brackets that may stand between a terminator and the space after it. */
export const EN_CLOSERS: ReadonlySet<string> = new Set(['"', "'", '’', '”', ')', ']', '»']);

/**
 * Opening quotes and brackets that may begin a sentence. The CJK ones are here because the
 * English witnesses quote Chinese titles and names untranslated.
 */
export const EN_OPENERS: ReadonlySet<string> = new Set([
  '"', "'", '‘', '“', '(', '[', '«',
  '「', '『', '《', '〈', '（', '【', '〔',
]);

/**
 * Abbreviations written before what they qualify (a name, a title, an example), so a sentence
 * never ends at their dot: `Mr. Smith`, `Gen. Zhu De`, `e.g. The`. Lower-case entries also match
 * with a capital first letter, where they open a sentence (`Cf.`, `E.g.`).
 */
export const EN_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Forms of address and ranks.
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof',
  'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Adm', 'Gov', 'Pres', 'Sen', 'Rep',
  // Places named after a title: Mt. Everest, Ft. Knox.
  'Mt', 'Ft',
  // Latin and cross-references that introduce what follows.
  'e.g', 'i.e', 'viz', 'cf', 'vs', 'approx',
]);

/**
 * Abbreviations that usually come before a number or a name (`No. 5`, `Art. 3`, `Jan. 1`,
 * `St. Petersburg`) but can also end a sentence (`Smith Jr.`, `Ltd.`, `etc.`, `No.`). After these
 * a sentence ends only when the next word is one that typically opens a sentence
 * (EN_SENTENCE_OPENING_WORDS), the same test the dotted acronyms get.
 */
export const EN_AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // References to numbered things.
  'No', 'Nos', 'Art', 'Vol', 'p', 'pp', 'ch', 'sec', 'fig',
  // Months (May, June and July are never abbreviated with a dot in this corpus).
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // After a name: Saint or Street, generations, companies, lists.
  'St', 'Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'etc', 'al',
]);

/**
 * Acronyms printed with dots. They often stand mid-sentence before a capitalised noun
 * (`the U.S. Government`) and sometimes end a sentence (`bases in the U.S. The ...`); a sentence
 * ends after one only before a word from EN_SENTENCE_OPENING_WORDS. `U.A.R.` (the United Arab
 * Republic) is here because the corpus's communiqués name it.
 */
export const EN_DOTTED_ACRONYMS: ReadonlySet<string> = new Set([
  'U.S.', 'U.S.A.', 'U.K.', 'U.N.', 'U.S.S.R.', 'P.R.C.', 'D.P.R.K.', 'U.A.R.',
  'A.D.', 'B.C.', 'a.m.', 'p.m.',
]);

/**
 * Two-letter (and longer) initials of Russian names. Cyrillic Я, Ю, Е, Ё, Ж, Ч, Ш, Щ, Х and Ц
 * are transliterated with two or more Latin letters, so their initials are too:
 * `R. Ya. Malinovsky`, `Yu. V. Andropov`. Treated as initials (no sentence end) when a
 * capitalised word follows. Two-letter English or pinyin words (`Oh.`, `Li.`, `Hu.`) are not
 * listed, so they still end sentences.
 */
export const EN_DIGRAPH_INITIALS: ReadonlySet<string> = new Set([
  'Ya', 'Yu', 'Ye', 'Yo', 'Zh', 'Ch', 'Sh', 'Shch', 'Kh', 'Ts', 'Ia', 'Iu',
]);

/**
 * Words that commonly open an English sentence and almost never continue a name after an
 * acronym or abbreviation: `in the U.S. The talks` ends a sentence, `the U.S. Government` does
 * not. A heuristic: a proper noun after the acronym (`U.S. Senate`) is read as mid-sentence.
 */
export const EN_SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'They', 'Their', 'We', 'Our',
  'He', 'His', 'She', 'Her', 'In', 'On', 'At', 'But', 'And', 'However', 'A', 'An', 'As',
  'If', 'When', 'There', 'Such', 'Both', 'All', 'From', 'After', 'Since', 'While',
  'Although', 'Thus', 'Therefore', 'Moreover', 'Meanwhile', 'Yet', 'Then',
]);
