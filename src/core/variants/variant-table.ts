/**
 * Variant forms (異體字): pairs of characters that write one word, which script conversion
 * either does not join or joins only because mainland use folded the variant into the standard
 * form. Each pair is [variant, standard]; both compare under the standard form's key, and a
 * difference between them is called `variant`, never `script` (but see GLYPH_FORMS). Data only;
 * the sources:
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
  // the list's variants that neither Unihan's variant fields nor OpenCC pair with the standard form
  ['踈', '疏'], ['闚', '窥'], ['啣', '衔'], ['塚', '冢'], ['傚', '效'], ['秊', '年'], ['皐', '皋'], ['豔', '艳'],
];

const RESTORED_1986: readonly (readonly [variant: string, standard: string])[] = [
  ['象', '像'], ['迭', '叠'], ['复', '覆'],
];

/**
 * One character in two printed shapes (字形): the older shapes that the 1965 Table of Character
 * Shapes for General Printing (印刷通用汉字字形表) replaced, kept in Taiwan, Hong Kong and in
 * reprints of older editions (尙/尚, 靑/青, 旣/既, 黃/黄, 眞/真), and shapes that differ by
 * region (產/産, 冊/册). Unihan's variant fields miss them or call them only semantic variants
 * (眞/真); OpenCC folds some into one simplified form and keeps others apart. Between witnesses
 * of two scripts, the script rule decides first (黃 → 黄 is what t2s writes).
 */
const GLYPH_FORMS: readonly (readonly [older: string, standard: string])[] = [
  ['尙', '尚'], ['靑', '青'], ['淸', '清'], ['旣', '既'], ['曁', '暨'], ['彥', '彦'], ['産', '产'], ['姸', '妍'],
  ['冊', '册'], ['拋', '抛'], ['巵', '卮'], ['黃', '黄'], ['靜', '静'], ['槪', '概'], ['眞', '真'],
];

export const VARIANT_PAIRS: readonly (readonly [variant: string, standard: string])[] = [...FIRST_LIST, ...RESTORED_1986, ...GLYPH_FORMS];

/** The standard form of each variant form. */
export const VARIANT_STANDARD: ReadonlyMap<string, string> = new Map(VARIANT_PAIRS);

/** Each glyph-form pair, by older form and standard form together (`尙尚`). */
export const GLYPH_FORM_PAIRS: ReadonlySet<string> = new Set(GLYPH_FORMS.map(([older, standard]) => `${older}${standard}`));

/** The list each pair comes from, by variant form and standard form together (`著着`). */
export const VARIANT_SOURCE: ReadonlyMap<string, string> = new Map([
  ...FIRST_LIST.map(([v, s]) => [`${v}${s}`, '1955 First List of Variant Characters'] as const),
  ...RESTORED_1986.map(([v, s]) => [`${v}${s}`, '1986 General List of Simplified Characters (restored)'] as const),
]);
