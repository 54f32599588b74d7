/**
 * The panes' layout, worked out apart from the page: the panes a configuration makes, the blocks
 * each should render, and the scroll moves that keep what the reader reads where it was when
 * measuring changed the heights above it.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { HeightIndex } from '../../core/reader/height-index.ts';
import { alignedBlocks, blockOfSegments, flowingBlocks, type WitnessRows } from '../../core/reader/pane-blocks.ts';
import type { Layout } from '../../core/reader/view-state.ts';
import { paneWindow, type BlockWindow, type Group, type PaneState } from './pane-state.ts';

/** The panes of these witnesses (document indices, in order) in this layout, nothing measured yet; aligned rows share one height index. */
export function buildPanes(doc: BuiltDocument, layout: Layout, witnessIndices: readonly number[], witnessData: (w: number) => { rows: WitnessRows; widths: Float32Array }): PaneState[] {
  const rowCount = doc.rows.length;
  const shared: Group | null = layout === 'rows' ? { index: new HeightIndex(new Float64Array(rowCount)), shift: 0, panes: [] } : null;
  return witnessIndices.map((w) => {
    const witness = doc.witnesses[w]!;
    const { rows, widths } = witnessData(w);
    const blocks = layout === 'rows' ? alignedBlocks(doc, w) : flowingBlocks(witness, rows);
    const group = shared ?? { index: new HeightIndex(new Float64Array(blocks.length)), shift: 0, panes: [] };
    const pane: PaneState = {
      id: witness.id,
      witnessIndex: w,
      rows,
      widths,
      blocks,
      blockOfSegment: blockOfSegments(blocks, witness.segments.length),
      group,
      raw: new Float64Array(blocks.length),
      natural: new Float64Array(blocks.length),
      calibration: 1,
      intra: new Map(),
      window: { start: 0, end: 0 },
      box: null,
      boxWidth: -1,
      bodyTop: 0,
      clientHeight: 0,
      scrollHeight: 0,
    };
    group.panes.push(pane);
    return pane;
  });
}

/** The blocks each pane should render for where it is scrolled; aligned rows scrolling together render the same rows, so every row is levelled at once. */
export function wantedWindows(panes: readonly PaneState[], layout: Layout, sync: boolean, scrollTopOf: (pane: PaneState) => number, viewportHeight: number): BlockWindow[] {
  const wanted = panes.map((pane) => paneWindow(pane, scrollTopOf(pane), viewportHeight));
  if (layout === 'rows' && sync && wanted.length > 1) {
    const union = { start: Math.min(...wanted.map((w) => w.start)), end: Math.max(...wanted.map((w) => w.end)) };
    wanted.fill(union);
  }
  return wanted;
}

/**
 * After measuring: for each group, the scroll moves (pane, by how much) that keep its anchor pane's
 * reading line on the block it showed before (`before`), setting each group's `shift` while the
 * user scrolls (a position set under their wheel would stop its smooth scrolling) and none when idle.
 */
export function anchorMoves(
  groups: Iterable<Group>,
  before: ReadonlyMap<PaneState, { readonly block: number; readonly top: number }>,
  { leader, idle, sync, scrollTopOf }: { readonly leader: PaneState | null; readonly idle: boolean; readonly sync: boolean; readonly scrollTopOf: (pane: PaneState) => number },
): [PaneState, number][] {
  const moves: [PaneState, number][] = [];
  for (const group of groups) {
    const anchorPane = leader && group.panes.includes(leader) ? leader : group.panes[0]!;
    const was = before.get(anchorPane);
    // a pane at the very top stays there: what the reader sees is the start of the text
    if (!was || (scrollTopOf(anchorPane) <= 0 && group.shift === 0)) continue;
    const now = group.index.offset(was.block);
    if (idle) {
      // nothing is animating: move the scroll positions, leave no shift
      group.shift = 0;
      for (const pane of group.panes) moves.push([pane, now - was.top]);
    } else {
      group.shift = was.top - now;
      const lowest = Math.min(...group.panes.map((p) => group.index.offset(p.window.start)));
      if (lowest + group.shift < 0) {
        const delta = -(lowest + group.shift);
        group.shift += delta;
        for (const pane of group.panes) moves.push([pane, delta]);
      }
      if (!sync) {
        for (const pane of group.panes) {
          const b = before.get(pane);
          if (pane !== anchorPane && b) moves.push([pane, group.index.offset(b.block) + group.shift - b.top]);
        }
      }
    }
  }
  return moves;
}
