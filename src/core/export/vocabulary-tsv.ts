/**
 * A student's vocabulary list as a text file Anki imports (its manual, "Importing text files"):
 * UTF-8, file headers that fix the separator (`#separator:tab`), plain text (`#html:false`, so
 * `<` stays a character) and the column names; one note a line with the word, its pinyin, its
 * gloss and the sentence it came from. A tab or line break inside a field would start a new field
 * or note, so it becomes a space; a field with a double quote is quoted, its quotes doubled.
 */

export interface VocabularyItem {
  /** The word as the text writes it. */
  readonly word: string;
  /** Tone-marked syllables, as the reader showed them (a teacher's correction included). */
  readonly pinyin: string;
  readonly gloss: string;
  /** The sentence it came from, and its row (0-based). */
  readonly sentence: string;
  readonly row: number;
  /** ISO 8601. */
  readonly savedAt: string;
}

export const VOCABULARY_COLUMNS = ['Word', 'Pinyin', 'Gloss', 'Sentence'] as const;

/** One field as Anki reads it back unchanged (but for tabs and line breaks, read as spaces). */
export function ankiField(text: string): string {
  const flat = text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The list as an Anki text file: headers, then one line a word. */
export function vocabularyTsv(items: readonly VocabularyItem[]): string {
  const header = ['#separator:tab', '#html:false', `#columns:${VOCABULARY_COLUMNS.join('\t')}`];
  const lines = items.map((item) => [item.word, item.pinyin, item.gloss, item.sentence].map(ankiField).join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}
