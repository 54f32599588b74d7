/** How many ruled lines a hidden sentence gets to be written on: about as many as it takes in a column. */
const CHARACTERS_PER_LINE = { zh: 24, en: 50 } as const;

export function writingLines(text: string, lang: 'zh' | 'en'): number {
  return Math.max(1, Math.ceil([...text].length / CHARACTERS_PER_LINE[lang]));
}
