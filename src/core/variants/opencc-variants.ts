/**
 * OpenCC's regional variant tables: the forms Taiwan's (TWVariants) and Hong Kong's (HKVariants)
 * standards write for one character (僞 → 偽, 閱 → 閲, 蘊 → 藴). OpenCC converts them character
 * for character, in every context, so a pair is the same character: strength `full`. Its
 * Japanese table (JPShinjitaiCharacters) is left out: it pairs characters that are two words in
 * Chinese (予/豫, 芸/藝, 欠/缺).
 */
import hkVariants from 'opencc-js/dict/HKVariants';
import twVariants from 'opencc-js/dict/TWVariants';

/** Each pair as both orders of its two characters (`僞偽`, `偽僞`), by table name. */
function pairsOf(entries: string): Set<string> {
  const pairs = new Set<string>();
  for (const entry of entries.split('|')) {
    const [from, to = ''] = entry.split(' ');
    for (const t of to) {
      pairs.add(`${from}${t}`);
      pairs.add(`${t}${from}`);
    }
  }
  return pairs;
}

const TABLES = [
  { name: 'OpenCC TWVariants', pairs: pairsOf(twVariants) },
  { name: 'OpenCC HKVariants', pairs: pairsOf(hkVariants) },
] as const;

/** The OpenCC table that writes `x` and `y` as one character in two regions, or null. */
export function openccVariantTable(x: string, y: string): string | null {
  return TABLES.find((t) => t.pairs.has(`${x}${y}`))?.name ?? null;
}
