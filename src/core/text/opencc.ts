/**
 * The one module that configures opencc-js: traditional → simplified (mainland) conversion.
 * The `t2cn` entry carries only that direction's dictionaries (about 110 KB, not the 1 MB of
 * the full build).
 */
import * as OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/** Text with traditional characters written as simplified ones (澤東 → 泽东); simplified text is unchanged. */
export function toSimplified(text: string): string {
  return convert(text);
}
