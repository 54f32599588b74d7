/**
 * What the Unicode Unihan database says of two characters: variant forms (kZVariant: the same
 * character, `full`; kSemanticVariant and kSpecializedSemanticVariant: interchangeable in some
 * senses, `partial`; kDefinition's "same as X", "variant of X", "… form of X": `full`, but "ancient
 * form of X": `partial`), and which characters are only simplified or only traditional forms (for
 * telling a witness's script). The table is generated from Unihan_Variants.txt by
 * scripts/build-unihan-variants.mjs (Unicode License v3: UNIHAN-LICENSE.txt beside it).
 */
import table from './unihan-variants.json' with { type: 'json' };

export type VariantStrength = 'full' | 'partial';

export const UNIHAN_VERSION: string = table.unicodeVersion;

/** Pairs as a map from each character to its partners, by the field that pairs them. */
function partners(pairs: string): Map<string, Set<string>> {
  const chars = [...pairs];
  const map = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    const set = map.get(x);
    if (set) set.add(y);
    else map.set(x, new Set([y]));
  };
  for (let k = 0; k + 1 < chars.length; k += 2) {
    add(chars[k]!, chars[k + 1]!);
    add(chars[k + 1]!, chars[k]!);
  }
  return map;
}

const FIELDS = [
  { field: 'kZVariant', strength: 'full', pairs: partners(table.z) },
  { field: 'kSemanticVariant', strength: 'partial', pairs: partners(table.semantic) },
  { field: 'kSpecializedSemanticVariant', strength: 'partial', pairs: partners(table.specialized) },
  // the definitions name many more variant forms than the variant fields do (踈: "same as 疏")
  { field: 'kDefinition "same as"', strength: 'full', pairs: partners(table.definedSame) },
  { field: 'kDefinition "ancient form of"', strength: 'partial', pairs: partners(table.definedAncient) },
] as const;

export interface UnihanVariant {
  readonly strength: VariantStrength;
  /** The Unihan field that pairs them: `Unihan kZVariant`. */
  readonly reason: string;
}

/** How Unihan pairs `x` and `y` as variant forms (the strongest field that does), or null. */
export function unihanVariant(x: string, y: string): UnihanVariant | null {
  for (const { field, strength, pairs } of FIELDS) {
    if (pairs.get(x)?.has(y)) return { strength, reason: `Unihan ${field}` };
  }
  return null;
}

const SIMPLIFIED_ONLY = new Set(table.simplifiedOnly);
const TRADITIONAL_ONLY = new Set(table.traditionalOnly);

/** A character that is only ever a simplified form (们), never a traditional one. */
export function isSimplifiedOnly(ch: string): boolean {
  return SIMPLIFIED_ONLY.has(ch);
}

/** A character that is only ever a traditional form (們, 後), never a simplified one. */
export function isTraditionalOnly(ch: string): boolean {
  return TRADITIONAL_ONLY.has(ch);
}
