/** CC-CEDICT's numbered pinyin (`Mao2 Ze2 dong1`, `lu:4`) with tone marks (`Máo Zé dōng`, `lǜ`). */

const MARKS: Readonly<Record<string, string>> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

/** One syllable: the tone mark goes on a or e, on the o of ou, else on the last vowel. */
function syllable(text: string): string {
  const m = /^([a-zü:]+?)([1-5])$/i.exec(text);
  if (!m) return text.replace(/u:/gi, (u) => (u[0] === 'U' ? 'Ü' : 'ü'));
  const base = m[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5) return base;
  const lower = base.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) for (let k = lower.length - 1; k >= 0; k--) if ('iouü'.includes(lower[k]!)) { at = k; break; }
  if (at < 0) return base;
  const vowel = lower[at]!;
  const marked = MARKS[vowel]![tone - 1]!;
  return base.slice(0, at) + (base[at] === vowel ? marked : marked.toUpperCase()) + base.slice(at + 1);
}

export function numberedToMarks(pinyin: string): string {
  return pinyin.split(' ').map(syllable).join(' ');
}
