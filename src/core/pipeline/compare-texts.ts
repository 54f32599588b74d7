/** Any two Chinese texts a user brings: segmented, aligned Chinese↔Chinese, then compared row by row. */
import { segmentText } from '../model.ts';
import { buildWitness } from './build-witness.ts';
import { alignChineseChinese } from '../align/align-chinese-chinese.ts';
import { compareRows } from '../variants/compare-rows.ts';
import type { WitnessScripts } from '../variants/compare-tokens.ts';
import { chineseScript, segmentRangeSpan } from '../variants/compare-witnesses.ts';
import type { TextSpan, Variant } from '../model-variant.ts';

export interface TextComparison {
  readonly aText: string;
  readonly bText: string;
  /** Corresponding spans of A and B, one pair per aligned row. */
  readonly rows: readonly (readonly [TextSpan, TextSpan])[];
  readonly variants: readonly Variant[];
  /** The script found for each text, which decides what a script difference is. */
  readonly scripts: WitnessScripts;
}

/**
 * The differences between two Chinese texts as a user brings them. Spans are UTF-16 offsets into
 * `aText` and `bText`, the normalised texts (byte-order mark, CRLF and layout spaces removed as
 * for any plain-text witness); rows are the beads of their Chinese↔Chinese alignment.
 */
export function compareTexts(aSource: string, bSource: string): TextComparison {
  const spec = (id: string) => ({ id, lang: 'zh', label: id, file: id, format: 'plain-text' }) as const;
  const a = buildWitness(spec('a'), aSource);
  const b = buildWitness(spec('b'), bSource);
  const alignment = alignChineseChinese(
    a.segments.map((s) => segmentText(a.text, s)),
    b.segments.map((s) => segmentText(b.text, s)),
    { aKinds: a.segments.map((s) => s.kind), bKinds: b.segments.map((s) => s.kind) },
  );
  const rows = alignment.beads.map(
    (bead) => [segmentRangeSpan(a, { start: bead.aStart, end: bead.aEnd }), segmentRangeSpan(b, { start: bead.bStart, end: bead.bEnd })] as const,
  );
  const scripts = { a: chineseScript(a), b: chineseScript(b) };
  return { aText: a.text, bText: b.text, rows, scripts, variants: compareRows(a.text, b.text, rows, [], scripts) };
}
