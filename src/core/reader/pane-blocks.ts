/**
 * What a pane shows, cut into the blocks it renders and measures: in aligned layout one block per
 * row of the alignment table (an empty cell is a block too: the gap is shown); in flowing layout
 * one block per paragraph, long paragraphs cut every `maxSegments` segments so that no block is
 * taller than a few screens. Pure: the app renders the blocks and measures them.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import type { Layout } from './view-state.ts';

export interface PaneBlock {
  /** Segments `[segStart, segEnd)` of the witness. */
  readonly segStart: number;
  readonly segEnd: number;
  /** Rows `[rowStart, rowEnd)` (0-based) the block's segments belong to; in aligned layout, its row. */
  readonly rowStart: number;
  readonly rowEnd: number;
  /** Flowing layout: a paragraph cut in two continues in the next block. */
  readonly continues: boolean;
}

/** Which row holds each segment of a witness, and where each row starts in it. */
export interface WitnessRows {
  /** `rowOfSegment[s]`: the 0-based row holding segment `s`. */
  readonly rowOfSegment: Int32Array;
  /** `firstSegment[r]`: the first segment of row `r` in this witness, or -1 for an empty cell. */
  readonly firstSegment: Int32Array;
  /** The rows that have segments in this witness, ascending. */
  readonly present: Int32Array;
}

export function witnessRows(doc: { readonly witnesses: readonly Pick<Witness, 'segments'>[]; readonly rows: BuiltDocument['rows'] }, witnessIndex: number): WitnessRows {
  const witness = doc.witnesses[witnessIndex]!;
  const rowOfSegment = new Int32Array(witness.segments.length);
  const firstSegment = new Int32Array(doc.rows.length).fill(-1);
  const present: number[] = [];
  doc.rows.forEach((row, r) => {
    const cell = row.cells[witnessIndex]!;
    if (cell.end > cell.start) {
      firstSegment[r] = cell.start;
      present.push(r);
    }
    for (let s = cell.start; s < cell.end; s++) rowOfSegment[s] = r;
  });
  return { rowOfSegment, firstSegment, present: Int32Array.from(present) };
}

/** One block per row. */
export function alignedBlocks(doc: BuiltDocument, witnessIndex: number): PaneBlock[] {
  return doc.rows.map((row, r) => {
    const cell = row.cells[witnessIndex]!;
    return { segStart: cell.start, segEnd: cell.end, rowStart: r, rowEnd: r + 1, continues: false };
  });
}

/** Paragraphs, long ones cut every `maxSegments` segments (default 16). */
export function flowingBlocks(witness: Witness, rows: WitnessRows, maxSegments = 16): PaneBlock[] {
  const blocks: PaneBlock[] = [];
  const segments = witness.segments;
  let start = 0;
  for (let s = 1; s <= segments.length; s++) {
    const newParagraph = s === segments.length || segments[s]!.paragraph !== segments[start]!.paragraph;
    if (!newParagraph && s - start < maxSegments) continue;
    blocks.push({ segStart: start, segEnd: s, rowStart: rows.rowOfSegment[start]!, rowEnd: rows.rowOfSegment[s - 1]! + 1, continues: !newParagraph });
    start = s;
  }
  return blocks;
}

/** `blockOfSegment[s]`: the block holding segment `s`. */
export function blockOfSegments(blocks: readonly PaneBlock[], segmentCount: number): Int32Array {
  const out = new Int32Array(segmentCount);
  blocks.forEach((b, i) => out.fill(i, b.segStart, b.segEnd));
  return out;
}

/**
 * Widths of a witness's text in em, as a prefix sum over UTF-16 offsets: CJK and full-width
 * characters are 1 em, others about half. `widths[e] - widths[s]` is the width of `[s, e)`.
 */
export function textWidths(text: string, latinEm = 0.5): Float32Array {
  const widths = new Float32Array(text.length + 1);
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a surrogate pair counts once, on its high half
    if (c >= 0xdc00 && c <= 0xdfff) {
      widths[i + 1] = sum;
      continue;
    }
    sum += c === 0x0a ? 0 : isWide(c) ? 1 : latinEm;
    widths[i + 1] = sum;
  }
  return widths;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd800 && c <= 0xdbff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}

/** Kinds that start a line of their own in aligned rows (the rest run on). */
const LINE_KINDS: ReadonlySet<string> = new Set(['heading', 'list-item', 'signature', 'date-line']);

export interface TextBox {
  /** Width of a line, in em of the pane's text. */
  readonly lineEm: number;
  /** Height of a line, in px. */
  readonly linePx: number;
  /** Height a block adds around its lines (padding, borders, margins), in px. */
  readonly chromePx: number;
}

/**
 * The height a block would take: its segments' widths broken into lines of `box.lineEm`
 * (a new line for headings, list items, signatures and date lines in aligned rows).
 */
export function estimateBlockHeight(witness: Witness, widths: Float32Array, block: PaneBlock, box: TextBox, layout: Layout): number {
  if (block.segEnd === block.segStart) return box.linePx + box.chromePx;
  let lines = 0;
  let run = 0;
  for (let s = block.segStart; s < block.segEnd; s++) {
    const seg = witness.segments[s]!;
    const width = widths[seg.end]! - widths[seg.start]!;
    if (layout === 'rows' && LINE_KINDS.has(seg.kind)) {
      lines += Math.ceil(run / box.lineEm) + Math.max(1, Math.ceil(width / box.lineEm));
      run = 0;
    } else run += width;
  }
  lines += Math.ceil(run / box.lineEm);
  return Math.max(1, lines) * box.linePx + box.chromePx;
}
