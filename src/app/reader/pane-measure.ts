/**
 * Reading the panes' geometry from the page and writing their heights back: each pane's body top
 * and height, the heights its rendered blocks came out at, the block at its reading line, and its
 * row heights and spacers. The page's reads and writes are the ports' (`page-ports.ts`).
 */
import type { BuiltDocument } from '../../core/model.ts';
import type { Layout } from '../../core/reader/view-state.ts';
import type { PagePorts, PaneElement } from './page-ports.ts';
import type { PaneParts } from './pane-elements.ts';
import { calibratePanes, estimatePane, READING_LINE, type PaneState } from './pane-state.ts';

/** What measuring needs of the viewport, as it stands. */
export interface MeasureContext<E extends PaneElement> {
  readonly page: PagePorts<E>;
  readonly parts: (id: string) => PaneParts<E> | undefined;
  readonly doc: BuiltDocument;
  readonly layout: Layout;
  readonly panes: readonly PaneState[];
}

/** A pane's body top and client height; a new width throws its heights away and estimates them again. */
export function readGeometry<E extends PaneElement>(ctx: MeasureContext<E>, pane: PaneState): void {
  const parts = ctx.parts(pane.id)!;
  const body = parts.body!;
  pane.bodyTop = body.offsetTop;
  pane.clientHeight = parts.pane!.clientHeight;
  const width = body.clientWidth;
  if (width !== pane.boxWidth && width > 0) {
    pane.boxWidth = width;
    pane.natural.fill(0);
    pane.intra.clear();
    pane.group.index.forgetMeasurements();
    estimatePane(ctx.doc, ctx.layout, ctx.panes, pane, ctx.page.dom.measureBox(body, ctx.layout));
  }
}

export function readScrollHeight<E extends PaneElement>(ctx: MeasureContext<E>, pane: PaneState): void {
  const el = ctx.parts(pane.id)?.pane;
  if (el) pane.scrollHeight = el.scrollHeight;
}

/** The block at a pane's reading line and its top, in the model as it stood before this pass. */
export function anchorBlock<E extends PaneElement>(ctx: MeasureContext<E>, pane: PaneState): { block: number; top: number } {
  const el = ctx.parts(pane.id)!.pane!;
  const { index, shift } = pane.group;
  const y = el.scrollTop + pane.clientHeight * READING_LINE - pane.bodyTop - shift;
  const block = index.blockAt(y);
  return { block, top: index.offset(block) + shift };
}

/** Natural heights of the rendered blocks (and, in flowing text, where their rows start). */
export function measureBlocks<E extends PaneElement>(ctx: MeasureContext<E>, panes: readonly PaneState[]): Map<PaneState, Set<number>> {
  const all = new Map(panes.map((pane) => [pane, ctx.page.dom.measureBlocks(pane, ctx.parts(pane.id)!.body!, ctx.layout)] as const));
  calibratePanes(ctx.layout, panes, ctx.panes);
  return all;
}

export function writeRowHeights<E extends PaneElement>(ctx: MeasureContext<E>, pane: PaneState): void {
  ctx.page.dom.writeRowHeights(ctx.parts(pane.id)!.body!, pane.group.index);
}

export function writeSpacers<E extends PaneElement>(ctx: MeasureContext<E>, pane: PaneState): void {
  const parts = ctx.parts(pane.id);
  if (parts?.before && parts.after) ctx.page.dom.writeSpacers(parts.before, parts.after, pane);
}
