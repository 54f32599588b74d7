import type { Witness } from '../../core/model.ts';

/** The `lang` attribute of a witness's pane (DESIGN.md: zh-Hans, zh-Hant, zh, en). */
export function paneLang(witness: Witness): string {
  if (witness.lang === 'en') return 'en';
  return witness.script === 'hans' ? 'zh-Hans' : witness.script === 'hant' ? 'zh-Hant' : 'zh';
}
