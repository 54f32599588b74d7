/**
 * A generated document for the reader benchmark (nothing copyrighted): two Chinese witnesses (the
 * second a traditional-script copy with a few readings changed) and an English one, in paragraphs
 * of several sentences, with the bead shapes real alignments show (mostly 1-1, some 1-2, 2-1,
 * 1-0, 0-1), low-confidence rows, and a variant list like the one the build writes: script
 * differences every few characters and an occasional substantive one. Seeded, so runs repeat.
 */
import type { BuiltDocument, Row, Witness } from '../../src/core/model.ts';
import type { Variant } from '../../src/core/model-variant.ts';
import { buildWitness } from '../../src/core/pipeline/build-witness.ts';
import { seededRandom } from '../../tests/generators/parallel-text.ts';

const ZH = '中国苏联双方会谈人民和平团结发展经济合作国际形势关系社会主义斗争胜利政府代表问题意见一致认为支持反对';
/** Simplified → traditional pairs for the script differences of the second witness. */
const TRADITIONAL: Readonly<Record<string, string>> = { 国: '國', 联: '聯', 谈: '談', 团: '團', 结: '結', 发: '發', 展: '展', 经: '經', 济: '濟', 际: '際', 势: '勢', 关: '關', 系: '係', 胜: '勝', 问: '問', 题: '題', 见: '見', 认: '認', 为: '為', 对: '對', 义: '義', 斗: '鬥', 会: '會', 双: '雙', 代: '代', 表: '表' };
const EN = 'peace unity people talks both sides government economy cooperation international situation relations struggle victory support'.split(' ');

/** Row shapes: [Chinese sentences, English sentences, weight]. */
const SHAPES: readonly [number, number, number][] = [[1, 1, 80], [1, 2, 8], [2, 1, 6], [1, 0, 3], [0, 1, 3]];

export function generateDocument(rowCount: number, seed = 5): BuiltDocument {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const zhSentence = () => `${Array.from({ length: 12 + Math.floor(random() * 40) }, () => pick([...ZH])).join('')}。`;
  const enSentence = () => `${Array.from({ length: 8 + Math.floor(random() * 30) }, () => pick(EN)).join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  const totalWeight = SHAPES.reduce((s, [, , w]) => s + w, 0);
  const shape = () => {
    let x = random() * totalWeight;
    for (const s of SHAPES) if ((x -= s[2]) < 0) return s;
    return SHAPES[0]!;
  };

  // Sentences per row, then paragraphs of 2–7 rows (the same breaks in every witness).
  const zhRows: string[][] = [];
  const enRows: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const [z, e] = shape();
    zhRows.push(Array.from({ length: z }, zhSentence));
    enRows.push(Array.from({ length: e }, enSentence));
  }
  const breaks = new Set<number>();
  for (let r = 0; r < rowCount; r += 2 + Math.floor(random() * 6)) breaks.add(r);
  const join = (rows: string[][], space: string) => rows.map((sentences, r) => (breaks.has(r) && r > 0 ? '\n\n' : r > 0 ? space : '') + sentences.join(space)).join('');
  const zhText = join(zhRows, '');
  // The traditional copy: the same length, character for character, so spans line up.
  const variants: Variant[] = [];
  const rowAt = rowOfOffsets(zhRows, breaks);
  const zhB = [...zhText]
    .map((ch, i) => {
      const row = rowAt(i);
      const trad = TRADITIONAL[ch];
      if (trad && trad !== ch && random() < 0.2) {
        variants.push({ category: 'script', a: ch, b: trad, row, aSpan: { start: i, end: i + 1 }, bSpan: { start: i, end: i + 1 } });
        return trad;
      }
      if (ch !== '。' && ch !== '\n' && random() < 0.004) {
        const other = pick([...ZH]);
        if (other !== ch) {
          variants.push({ category: 'substantive', a: ch, b: other, row, aSpan: { start: i, end: i + 1 }, bSpan: { start: i, end: i + 1 } });
          return other;
        }
      }
      return ch;
    })
    .join('');

  const spec = (id: string, lang: 'zh' | 'en', script: 'hans' | 'hant' | 'latn', label: string) => ({ id, lang, script, label, file: `${id}.txt`, format: 'plain-text' }) as const;
  const witnesses: Witness[] = [
    buildWitness(spec('zh-a', 'zh', 'hans', 'Generated, simplified'), zhText),
    buildWitness(spec('zh-b', 'zh', 'hant', 'Generated, traditional'), zhB),
    buildWitness(spec('en', 'en', 'latn', 'Generated English'), join(enRows, ' ')),
  ];
  const counts = [zhRows, zhRows, enRows].map((rows) => rows.reduce((s, r) => s + r.length, 0));
  witnesses.forEach((w, k) => {
    if (w.segments.length !== counts[k]) throw new Error(`generated witness ${w.id}: ${w.segments.length} segments for ${counts[k]} sentences`);
  });
  const at = [0, 0, 0];
  const rows: Row[] = zhRows.map((zh, r) => {
    const sizes = [zh.length, zh.length, enRows[r]!.length];
    const cells = sizes.map((n, k) => ({ start: at[k]!, end: (at[k] = at[k]! + n) }));
    return { cells, confidence: random() < 0.03 ? 0.2 + random() * 0.25 : 0.6 + random() * 0.4 };
  });
  return { id: `bench-${rowCount}`, title: { zh: '基准文件', en: `A generated document of ${rowCount} rows` }, date: '2026-01-01', credits: 'Generated for the benchmark.', witnesses, rows, variants: { a: 'zh-a', b: 'zh-b', items: variants } };
}

/** The row holding each offset of the joined Chinese text. */
function rowOfOffsets(rows: string[][], breaks: ReadonlySet<number>): (offset: number) => number {
  const ends: number[] = [];
  let at = 0;
  rows.forEach((sentences, r) => {
    if (breaks.has(r) && r > 0) at += 2;
    at += sentences.join('').length;
    ends.push(at);
  });
  let row = 0;
  return (offset) => {
    while (row < ends.length - 1 && offset >= ends[row]!) row++;
    return row;
  };
}
