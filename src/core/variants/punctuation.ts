/**
 * Punctuation reduced to its class: full-width and half-width forms are one mark (NFKC: ，/,
 * （/(), and marks that do one job in Chinese typesetting are one class (the middle dots of
 * transcribed names, the full stops, the dashes, the opening and closing quotes of simplified
 * “” and traditional 「」 printing). Data first, then the one function that reads it.
 */

/** A punctuation mark or symbol (one code point). */
export const PUNCTUATION = /^[\p{P}\p{S}]$/u;

const CLASSES: Readonly<Record<string, string>> = {
  '·': '·・•‧∙･',
  '。': '。.．｡',
  '—': '—―─',
  '“': '“「〝',
  '”': '”」〞',
  '‘': '‘『',
  '’': '’』',
};

const CLASS_OF: ReadonlyMap<string, string> = new Map(Object.entries(CLASSES).flatMap(([name, marks]) => [...marks].map((m) => [m, name] as const)));

/** The comparison key of a punctuation mark: `P` and its class. */
export function punctuationKey(mark: string): string {
  const width = mark.normalize('NFKC');
  return `P${CLASS_OF.get(mark) ?? CLASS_OF.get(width) ?? width}`;
}
