/**
 * Exports of an aligned pair: TMX 1.4b, TSV and JSON. Rows are numbered from 1, as a class reads
 * them out; a row's sentences on one side are joined into one cell (with a space in English).
 */
import type { Alignment } from '../align/types.ts';
import { toTsv } from './tsv.ts';

export interface PairRow {
  /** 1-based. */
  readonly row: number;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly confidence: number;
  /** A note on the row (a user's project), exported with it. */
  readonly note?: string;
  /** Whether a person confirmed the row (a user's project). */
  readonly status?: 'auto' | 'confirmed';
}

export interface PairSide {
  readonly id: string;
  readonly lang: 'zh' | 'en';
  /** A Chinese text's script: a traditional one is tagged zh-TW in TMX. */
  readonly script?: 'hans' | 'hant' | 'mixed' | 'latn';
  /** The text's label ("People's Daily, 4 Aug 1958", "Analects (Chinese)"): TMX gives it in each `<tuv>`, JSON beside the id. */
  readonly label?: string;
}

/** Rows of a plain pairwise alignment (`align`): one per bead. */
export function alignmentRows(alignment: Alignment, a: readonly string[], b: readonly string[]): PairRow[] {
  return alignment.beads.map((bead, k) => ({
    row: k + 1,
    a: a.slice(bead.aStart, bead.aEnd),
    b: b.slice(bead.bStart, bead.bEnd),
    confidence: bead.confidence,
  }));
}

/** One side's cell as one string: Chinese sentences run on, English ones take a space. */
export function joinCell(sentences: readonly string[], lang: 'zh' | 'en'): string {
  return sentences.join(lang === 'en' ? ' ' : '');
}

/**
 * TSV: header `row<TAB>A<TAB>B` of the witnesses' ids (the contract; the labels are in TMX and
 * JSON, so that the TSV stays a plain table any tool imports), every row (empty cells empty), text escaped by `tsvCell`; when a
 * row has a note, a fourth column `note`.
 */
export function pairTsv(rows: readonly PairRow[], a: PairSide, b: PairSide): string {
  const notes = rows.some((r) => r.note);
  return toTsv(notes ? ['row', a.id, b.id, 'note'] : ['row', a.id, b.id], rows.map((r) => [String(r.row), joinCell(r.a, a.lang), joinCell(r.b, b.lang), ...(notes ? [r.note ?? ''] : [])]));
}

/** JSON: `{document?, a: {id, lang, script?, label?}, b: {…}, rows: [{row, a, b, confidence}]}`, confidence to 3 places. */
export function pairJson(rows: readonly PairRow[], a: PairSide, b: PairSide, document?: string): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return JSON.stringify({ ...(document ? { document } : {}), a, b, rows: rows.map((r) => ({ ...r, confidence: round(r.confidence) })) }, null, 2) + '\n';
}

export interface TmxOptions {
  readonly toolVersion: string;
  /** The header's `srclang`; default: side A's language (`*all*` when neither side is the source). */
  readonly srcLang?: 'zh-CN' | 'zh-TW' | 'en' | '*all*';
}

/**
 * A side's TMX language: region tags, which the tools that read TMX (OmegaT, Trados, memoQ) match
 * translation memories on, rather than script subtags: zh-CN for simplified (and mixed) Chinese,
 * zh-TW for traditional, en. (Reading TMX, zh-Hant, zh-HK and zh-TW are all traditional.)
 */
export const tmxLang = (side: PairSide): 'zh-CN' | 'zh-TW' | 'en' => (side.lang === 'en' ? 'en' : side.script === 'hant' ? 'zh-TW' : 'zh-CN');

/**
 * TMX 1.4b: one `<tu>` per row with text on both sides, its row number in `<prop type="x-row">`,
 * its confidence in `x-confidence`, whether a person confirmed it in `x-status` (a user's project),
 * a row's note in `<note>`, and each text's label in `<prop type="x-label">` in its `<tuv>`s.
 * XML 1.0 forbids most C0 control characters even as references: they are removed (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F), as are U+FFFE, U+FFFF and unpaired surrogates; a tab, line feed or
 * carriage return inside a sentence is replaced by a space, since `<seg>` holds one line of text.
 */
export function toTmx(rows: readonly PairRow[], a: PairSide, b: PairSide, options: TmxOptions): string {
  const units = rows
    .filter((r) => r.a.length > 0 && r.b.length > 0)
    .map(
      (r) =>
        `    <tu>\n${r.note ? `      <note>${xmlText(r.note)}</note>\n` : ''}      <prop type="x-row">${r.row}</prop>\n      <prop type="x-confidence">${r.confidence.toFixed(3)}</prop>\n` +
        (r.status ? `      <prop type="x-status">${r.status}</prop>\n` : '') +
        `      <tuv xml:lang="${tmxLang(a)}">${labelProp(a)}<seg>${xmlText(joinCell(r.a, a.lang))}</seg></tuv>\n` +
        `      <tuv xml:lang="${tmxLang(b)}">${labelProp(b)}<seg>${xmlText(joinCell(r.b, b.lang))}</seg></tuv>\n    </tu>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Duizhao" creationtoolversion="${xmlText(options.toolVersion)}" segtype="sentence" o-tmf="Duizhao" adminlang="en" srclang="${options.srcLang ?? tmxLang(a)}" datatype="plaintext"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** A side's label as TMX says it: a `<prop>` before the `<seg>` of each of its `<tuv>`s (TMX 1.4b allows props there). */
const labelProp = (side: PairSide) => (side.label ? `<prop type="x-label">${xmlText(side.label)}</prop>` : '');

/** Text escaped for XML content and attribute values. */
export function xmlText(text: string): string {
  return text
    .replace(/[\t\n\r]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
