/**
 * How many ruled lines a hidden sentence gets to be written on: as many as the sentence takes
 * printed in its column, with room for handwriting, which runs larger than type. The reader's
 * hidden cells use the default width; the handout gives its column's width on the printed page.
 */

/** Average advance of a character in em: a Chinese character is square; English type averages about half an em. */
const ADVANCE_EM = { zh: 1, en: 0.48 } as const;
/** Handwriting takes about a third more room than the printed sentence. */
const HANDWRITING = 1.3;
/** The reader's hidden cells: about as many lines as the sentence takes in a pane. */
const PANE_CHARACTERS_PER_LINE = { zh: 24, en: 50 } as const;

/** The handout's printed measure (A4 less 12 mm margins each side at 10.5 pt) and what is not text columns. */
const PAGE_WIDTH_EM = 50;
const ROW_NUMBER_EM = 2.5;
const NOTES_SHARE = 0.18;
const CELL_PADDING_EM = 1;

/** The width in em of one of `columns` text columns of the printed handout, beside a notes column or not. */
export function handoutColumnEm(columns: number, notes: boolean): number {
  const text = (PAGE_WIDTH_EM - ROW_NUMBER_EM) * (notes ? 1 - NOTES_SHARE : 1);
  return Math.max(4, text / Math.max(1, columns) - CELL_PADDING_EM);
}

/** Lines for `text` in a pane, or, given its printed column's width in em, on the handout (with room for handwriting). */
export function writingLines(text: string, lang: 'zh' | 'en', widthEm?: number): number {
  if (widthEm === undefined) return Math.max(1, Math.ceil([...text].length / PANE_CHARACTERS_PER_LINE[lang]));
  const characters = [...text.trim()].length;
  const perLine = Math.max(1, widthEm / ADVANCE_EM[lang]);
  return Math.max(1, Math.ceil((characters * HANDWRITING) / perLine));
}
