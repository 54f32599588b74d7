/**
 * Variant forms (異體字) that script conversion does not join: pairs merged by the 1955 First
 * List of Variant Characters (第一批异体字整理表), the standard form second. Curated for texts of
 * this period; data only.
 */
export const VARIANT_PAIRS: readonly (readonly [variant: string, standard: string])[] = [
  ['拚', '拼'], ['著', '着'], ['説', '说'], ['峯', '峰'], ['羣', '群'], ['牀', '床'], ['衆', '众'],
  ['綫', '线'], ['粧', '妆'], ['歎', '叹'], ['脣', '唇'], ['畧', '略'], ['兇', '凶'], ['鑑', '鉴'],
  ['裏', '里'], ['爲', '为'], ['綉', '绣'], ['勳', '勋'], ['麽', '么'], ['嘆', '叹'], ['携', '携'],
  ['踪', '踪'], ['瞭', '了'], ['彫', '雕'], ['讚', '赞'], ['凴', '凭'], ['汚', '污'], ['衞', '卫'],
];

export const VARIANT_STANDARD: ReadonlyMap<string, string> = new Map(VARIANT_PAIRS.filter(([v, s]) => v !== s));
