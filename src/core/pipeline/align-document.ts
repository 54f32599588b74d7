/** The alignment table of a built document: each witness aligned with the first Chinese witness. */
import type { Witness } from '../model.ts';
import { segmentText } from '../model.ts';
import { alignChineseChinese } from '../align/align-chinese-chinese.ts';
import { alignChineseEnglish } from '../align/align-chinese-english.ts';
import { buildAlignmentTable, linkMovedRows, type Row } from '../align/alignment-table.ts';
import type { Lexicon } from '../align/lexicon.ts';

export function alignDocument(witnesses: readonly Witness[], lexicon: Lexicon | undefined): Row[] {
  const pivot = Math.max(0, witnesses.findIndex((w) => w.lang === 'zh'));
  const sentences = witnesses.map((w) => w.segments.map((s) => segmentText(w.text, s)));
  const kinds = witnesses.map((w) => w.segments.map((s) => s.kind));
  const pivotWitness = witnesses[pivot]!;
  const pairs = witnesses.flatMap((w, index) => {
    if (index === pivot) return [];
    if (w.lang === pivotWitness.lang) {
      return [{ witness: index, alignment: alignChineseChinese(sentences[pivot]!, sentences[index]!, { aKinds: kinds[pivot]!, bKinds: kinds[index]! }) }];
    }
    if (!lexicon) throw new Error(`aligning ${pivotWitness.id} with ${w.id} needs the bilingual dictionary`);
    const [zh, en] = pivotWitness.lang === 'zh' ? [pivot, index] : [index, pivot];
    return [{ witness: index, alignment: alignChineseEnglish(sentences[zh]!, sentences[en]!, lexicon, { zhKinds: kinds[zh]!, enKinds: kinds[en]! }) }];
  });
  const rows = buildAlignmentTable(witnesses.length, pivot, pivotWitness.segments.length, pairs);
  const chinese = witnesses.flatMap((w, i) => (w.lang === 'zh' ? [i] : []));
  const cellText = (r: number, w: number) => {
    const cell = rows[r]!.cells[w]!;
    return sentences[w]!.slice(cell.start, cell.end).join('');
  };
  return chinese.length > 1 ? linkMovedRows(rows, chinese, cellText) : rows;
}
