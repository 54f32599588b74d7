/**
 * Variant forms (異體字): pairs of characters that write one word, which script conversion
 * either does not join or joins only because mainland use folded the variant into the standard
 * form. Each pair is [variant, standard]; both compare under the standard form's key, and a
 * difference between them is called `variant`, never `script`. Data only; the sources:
 *
 * - FIRST_LIST: the 1955 First List of Variant Characters (第一批异体字整理表), pairs that
 *   OpenCC's traditional→simplified table keeps apart (著/着 …), and 拚/拼, which OpenCC folds
 *   although 拚 is not the traditional form of 拼 (OpenCC's own STCharacters gives 拼 no other
 *   traditional form, and its cn→t conversion writes 拼凑 as 拼湊; traditional texts keep 拚
 *   for pàn, 拚命).
 * - RESTORED_1986: characters the 1956 simplification scheme merged and the 1986 re-issue of
 *   the General List of Simplified Characters (简化字总表, 国家语言文字工作委员会, 1986) restored
 *   ("叠、覆、像……不再作迭、复、象……的繁体字处理"): texts printed 1956–1986 write 好象, 反复,
 *   重迭 where later editions write 好像, 反覆, 重叠.
 */
const FIRST_LIST: readonly (readonly [variant: string, standard: string])[] = [
  ['著', '着'], ['粧', '妆'], ['畧', '略'], ['凴', '凭'], ['汚', '污'], ['衞', '卫'], ['甦', '苏'],
  ['菓', '果'], ['倣', '仿'], ['徧', '遍'], ['鎗', '枪'], ['覩', '睹'], ['拚', '拼'],
];

const RESTORED_1986: readonly (readonly [variant: string, standard: string])[] = [
  ['象', '像'], ['迭', '叠'], ['复', '覆'],
];

export const VARIANT_PAIRS: readonly (readonly [variant: string, standard: string])[] = [...FIRST_LIST, ...RESTORED_1986];

/** The standard form of each variant form. */
export const VARIANT_STANDARD: ReadonlyMap<string, string> = new Map(VARIANT_PAIRS);

/** The list each pair comes from, by variant form and standard form together (`著着`). */
export const VARIANT_SOURCE: ReadonlyMap<string, string> = new Map([
  ...FIRST_LIST.map(([v, s]) => [`${v}${s}`, '1955 First List of Variant Characters'] as const),
  ...RESTORED_1986.map(([v, s]) => [`${v}${s}`, '1986 General List of Simplified Characters (restored)'] as const),
]);
