/**
 * Variant forms (異體字) that script conversion does not join: pairs merged by the 1955 First
 * List of Variant Characters (第一批异体字整理表), the standard form second. OpenCC's
 * traditional→simplified table already joins most of that list (拚/拼, 説/说, 峯/峰, 衆/众 …, which
 * therefore come out as `script`); these are the ones it keeps apart. Data only.
 */
export const VARIANT_PAIRS: readonly (readonly [variant: string, standard: string])[] = [
  ['著', '着'], ['粧', '妆'], ['畧', '略'], ['凴', '凭'], ['汚', '污'], ['衞', '卫'], ['甦', '苏'],
  ['菓', '果'], ['倣', '仿'], ['徧', '遍'], ['鎗', '枪'], ['覩', '睹'],
];

export const VARIANT_STANDARD: ReadonlyMap<string, string> = new Map(VARIANT_PAIRS);
