/**
 * What the viewport knows of each pane, and the arithmetic on it that needs no page: where each
 * row stands in a pane's scrolled content (its anchors), which blocks it should render for a scroll
 * position, and the heights of blocks (measured, or estimated and calibrated), levelled across
 * panes in aligned layout. `pane-viewport.ts` reads the page into this and writes it back.
 */
import type { BuiltDocument } from '../../core/model.ts';
import type { HeightIndex } from '../../core/reader/height-index.ts';
import { estimateBlockHeight, type PaneBlock, type TextBox, type WitnessRows } from '../../core/reader/pane-blocks.ts';
import { filledAnchor, type PaneAnchors } from '../../core/reader/scroll-sync.ts';
import type { Layout } from '../../core/reader/view-state.ts';

/** Where the eye reads: this fraction of the way down a pane. */
export const READING_LINE = 0.3;
/** Viewports rendered beyond each edge of the view, and how little may remain before more is rendered. */
export const OVERSCAN = 1;
const MIN_OVERSCAN = 0.3;

export interface BlockWindow {
  readonly start: number;
  readonly end: number;
}

export interface Group {
  index: HeightIndex;
  shift: number;
  readonly panes: PaneState[];
}

export interface PaneState {
  readonly id: string;
  readonly witnessIndex: number;
  readonly rows: WitnessRows;
  readonly widths: Float32Array;
  readonly blocks: readonly PaneBlock[];
  readonly blockOfSegment: Int32Array;
  group: Group;
  /** Raw estimates per block, before calibration. */
  raw: Float64Array;
  /** Measured natural height per block, 0 when not measured. */
  natural: Float64Array;
  /** Measured/estimated, over the blocks measured: corrects the estimates of the others. */
  calibration: number;
  /** Flowing text: measured top of a row's first segment within its block. */
  readonly intra: Map<number, number>;
  window: BlockWindow;
  box: TextBox | null;
  boxWidth: number;
  bodyTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** A pane's row anchors in its scroll coordinates (what `scrollTop` measures). */
export function paneAnchors(doc: BuiltDocument, layout: Layout, pane: PaneState): PaneAnchors {
  const { index, shift } = pane.group;
  const base = pane.bodyTop + shift;
  const rowCount = doc.rows.length;
  const readingLine = pane.clientHeight * READING_LINE;
  const maxScrollTop = Math.max(0, pane.scrollHeight - pane.clientHeight);
  if (layout === 'rows') return { rowCount, anchor: (r) => base + index.offset(r), readingLine, maxScrollTop };
  const witness = doc.witnesses[pane.witnessIndex]!;
  const top = (row: number) => {
    const s = pane.rows.firstSegment[row]!;
    const b = pane.blockOfSegment[s]!;
    const measured = pane.intra.get(row);
    if (measured !== undefined) return base + index.offset(b) + measured;
    const block = pane.blocks[b]!;
    const from = pane.widths[witness.segments[block.segStart]!.start]!;
    const to = pane.widths[witness.segments[block.segEnd - 1]!.end]!;
    const at = pane.widths[witness.segments[s]!.start]!;
    return base + index.offset(b) + (to > from ? (index.height(b) * (at - from)) / (to - from) : 0);
  };
  return { rowCount, anchor: filledAnchor(pane.rows.present, top, base + index.total(), rowCount), readingLine, maxScrollTop };
}

/** The blocks a pane should render at `scrollTop` (`viewportHeight`: the window's): the ones it has while they still cover the view, else a new window around it. */
export function paneWindow(pane: PaneState, scrollTop: number, viewportHeight: number): BlockWindow {
  const { index, shift } = pane.group;
  // a pane not laid out yet is taken to be as tall as the window
  const height = pane.clientHeight || viewportHeight;
  const top = scrollTop - pane.bodyTop - shift;
  const { start, end } = pane.window;
  const n = index.count;
  const covers = end > start && (start === 0 || index.offset(start) <= top - height * MIN_OVERSCAN) && (end === n || index.offset(end) >= top + height * (1 + MIN_OVERSCAN));
  const tooLarge = index.offset(end) - index.offset(start) > height * (1 + 2 * OVERSCAN) * 3;
  if (covers && !tooLarge) return pane.window;
  return index.range(top - height * OVERSCAN, top + height * (1 + OVERSCAN));
}

/** Scale the estimates of blocks not yet measured by how the measured ones came out (`all`: every pane, levelled together in aligned layout). */
export function calibratePanes(layout: Layout, panes: readonly PaneState[], all: readonly PaneState[]): void {
  for (const pane of panes) {
    let measured = 0;
    let estimated = 0;
    for (let i = pane.window.start; i < pane.window.end; i++) {
      if (pane.natural[i]! > 0) {
        measured += pane.natural[i]!;
        estimated += pane.raw[i]!;
      }
    }
    if (estimated <= 0) continue;
    const ratio = measured / estimated;
    // only a real difference, and not from a handful of blocks, changes every estimate
    if (Math.abs(ratio - pane.calibration) / pane.calibration < 0.03 || pane.window.end - pane.window.start < 8) continue;
    pane.calibration = ratio;
    if (layout === 'rows') levelRows(all, null);
    else pane.group.index.reestimate((i) => pane.raw[i]! * pane.calibration);
  }
}

/** Aligned rows: each row as tall as its tallest cell (estimated where not yet measured), in the index the panes share. */
export function levelRows(panes: readonly PaneState[], rows: ReadonlySet<number> | null): void {
  const index = panes[0]!.group.index;
  const level = (r: number) => {
    let height = 0;
    let measured = true;
    for (const pane of panes) {
      const natural = pane.natural[r]!;
      if (natural === 0) measured = false;
      height = Math.max(height, natural > 0 ? natural : Math.round(pane.raw[r]! * pane.calibration));
    }
    index.set(r, height, measured);
  };
  if (rows) for (const r of rows) level(r);
  else for (let r = 0; r < index.count; r++) level(r);
}

/** Estimate every block of a pane for its lines as they are laid out (`box`). */
export function estimatePane(doc: BuiltDocument, layout: Layout, all: readonly PaneState[], pane: PaneState, box: TextBox): void {
  pane.box = box;
  const witness = doc.witnesses[pane.witnessIndex]!;
  pane.blocks.forEach((block, i) => (pane.raw[i] = estimateBlockHeight(witness, pane.widths, block, box, layout)));
  if (layout === 'rows') {
    if (pane === all[all.length - 1] || all.every((p) => p.box)) levelRows(all, null);
  } else pane.group.index.reestimate((i) => pane.raw[i]! * pane.calibration);
}
