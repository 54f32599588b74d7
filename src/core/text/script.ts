/**
 * The script a Chinese text is written in, from the characters only one script has (Unihan:
 * 们 only simplified, 們 only traditional; 后 and 干 are both, and say nothing): `hans` when
 * nearly all of those are simplified, `hant` when nearly all are traditional, `mixed` otherwise
 * (a treaty database's transcription, a text with too few such characters to tell).
 */
import { isSimplifiedOnly, isTraditionalOnly } from './unihan.ts';

export type ChineseScript = 'hans' | 'hant' | 'mixed';

/** Fewer telling characters than this, and the script is not decided. */
const ENOUGH = 8;
/** The share of the other script's characters a text may have and still be one script (a quoted name, a slip). */
const STRAY = 0.03;

export interface ScriptCount {
  readonly script: ChineseScript;
  readonly simplified: number;
  readonly traditional: number;
}

export function detectScript(text: string): ScriptCount {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (isSimplifiedOnly(ch)) simplified++;
    else if (isTraditionalOnly(ch)) traditional++;
  }
  const telling = simplified + traditional;
  const script: ChineseScript = telling < ENOUGH ? 'mixed' : traditional <= telling * STRAY ? 'hans' : simplified <= telling * STRAY ? 'hant' : 'mixed';
  return { script, simplified, traditional };
}
