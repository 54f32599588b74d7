/** Punctuation that shapes Chinese sentences. Data only; the rules are in chinese-sentences.ts. */

/** Marks that end a sentence. `；` and dashes do not: they join clauses and asides. */
export const ZH_TERMINATORS = new Set(['。', '！', '？', '!', '?', '｡']);

/** Openers and the closers that balance them; a terminator inside a quotation does not end the sentence around it. */
export const ZH_OPENERS = new Set(['“', '‘', '「', '『', '（', '(', '《', '【', '〔', '［']);
export const ZH_CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '］']);
