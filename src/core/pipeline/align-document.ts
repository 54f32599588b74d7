/** The alignment table of a built document: each witness aligned with the first Chinese witness. */
import type { Witness } from '../model.ts';
import { segmentText } from '../model.ts';
import { alignChineseChinese } from '../align/align-chinese-chinese.ts';
import { alignChineseEnglish } from '../align/align-chinese-english.ts';
import { buildAlignmentTable, linkMovedRows, type Row } from '../align/alignment-table.ts';
import type { Lexicon } from '../align/lexicon.ts';

/** `onProgress` is told how far the alignments have come (0..1). */
export function alignDocument(witnesses: readonly Witness[], lexicon: Lexicon | undefined, onProgress?: (fraction: number) => void): Row[] {
  const pivot = Math.max(0, witnesses.findIndex((w) => w.lang === 'zh'));
  const sentences = witnesses.map((w) => w.segments.map((s) => segmentText(w.text, s)));
  const kinds = witnesses.map((w) => w.segments.map((s) => s.kind));
  const pivotWitness = witnesses[pivot]!;
  const others = witnesses.length - 1;
  let done = 0;
  const progress = (fraction: number) => onProgress?.((done + fraction) / Math.max(1, others));
  const pairs = witnesses.flatMap((w, index) => {
    if (index === pivot) return [];
    const report = onProgress ? { onProgress: progress } : {};
    done = pairsBefore(witnesses, pivot, index);
    if (w.lang === pivotWitness.lang) {
      return [{ witness: index, alignment: alignChineseChinese(sentences[pivot]!, sentences[index]!, { aKinds: kinds[pivot]!, bKinds: kinds[index]!, ...report }) }];
    }
    if (!lexicon) throw new Error(`aligning ${pivotWitness.id} with ${w.id} needs the bilingual dictionary`);
    const [zh, en] = pivotWitness.lang === 'zh' ? [pivot, index] : [index, pivot];
    return [{ witness: index, alignment: alignChineseEnglish(sentences[zh]!, sentences[en]!, lexicon, { zhKinds: kinds[zh]!, enKinds: kinds[en]!, ...report }) }];
  });
  const rows = buildAlignmentTable(witnesses.length, pivot, pivotWitness.segments.length, pairs);
  const chinese = witnesses.flatMap((w, i) => (w.lang === 'zh' ? [i] : []));
  const cellText = (r: number, w: number) => {
    const cell = rows[r]!.cells[w]!;
    return sentences[w]!.slice(cell.start, cell.end).join('');
  };
  return chinese.length > 1 ? linkMovedRows(rows, chinese, cellText) : rows;
}

/** How many witnesses before `index` are aligned with the pivot (the pivot is not). */
function pairsBefore(witnesses: readonly Witness[], pivot: number, index: number): number {
  return index - (pivot < index ? 1 : 0);
}
