/**
 * The page side of the panes: reading how their lines are laid out and how tall their rendered
 * blocks are, and writing the heights and spacers the viewport decided.
 */
import type { HeightIndex } from '../../core/reader/height-index.ts';
import type { TextBox } from '../../core/reader/pane-blocks.ts';
import type { Layout } from '../../core/reader/view-state.ts';
import type { PaneState } from './pane-state.ts';

/** A guess of a pane's lines before it is in the page. */
export function defaultBox(english: boolean): TextBox {
  return { lineEm: english ? 24 : 20, linePx: 30, chromePx: 12 };
}

/** A pane's lines as its styles lay them out. */
export function measureBox(body: HTMLElement, layout: Layout): TextBox {
  const style = getComputedStyle(body);
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.75;
  const inset = parseFloat(style.getPropertyValue('--cell-inset')) || 0;
  const chrome = parseFloat(style.getPropertyValue(layout === 'rows' ? '--row-chrome' : '--paragraph-chrome')) || 0;
  return { lineEm: Math.max(4, (body.clientWidth - inset) / fontSize), linePx: lineHeight, chromePx: chrome };
}

/** Natural heights of a pane's rendered blocks (and, in flowing text, where their rows start); the blocks whose height changed. */
export function measureBlocks(pane: PaneState, body: HTMLElement, layout: Layout): Set<number> {
  const changed = new Set<number>();
  for (const element of body.children) {
    const index = Number((element as HTMLElement).dataset.block);
    if (!Number.isInteger(index)) continue;
    if (layout === 'rows') {
      const cell = element.firstElementChild;
      if (!cell) continue;
      const height = Math.ceil(cell.getBoundingClientRect().height);
      if (pane.natural[index] !== height) {
        pane.natural[index] = height;
        changed.add(index);
      }
    } else {
      const box = element.getBoundingClientRect();
      if (pane.natural[index] !== box.height) {
        pane.natural[index] = box.height;
        changed.add(index);
      }
      const block = pane.blocks[index]!;
      for (const seg of element.querySelectorAll<HTMLElement>('.seg[data-first]')) {
        const row = Number(seg.dataset.row) - 1;
        if (pane.rows.firstSegment[row]! >= block.segStart && pane.rows.firstSegment[row]! < block.segEnd) pane.intra.set(row, seg.getBoundingClientRect().top - box.top);
      }
    }
  }
  return changed;
}

/** Aligned rows: each rendered row at its levelled height. */
export function writeRowHeights(body: HTMLElement, index: HeightIndex): void {
  for (const element of body.children) {
    const el = element as HTMLElement;
    const i = Number(el.dataset.block);
    if (!Number.isInteger(i)) continue;
    const height = `${index.height(i)}px`;
    if (el.style.height !== height) el.style.height = height;
  }
}

/** The spacers that stand for the blocks before and after the rendered window. */
export function writeSpacers(before: HTMLElement, after: HTMLElement, pane: PaneState): void {
  const { index, shift } = pane.group;
  const top = `${Math.max(0, index.offset(pane.window.start) + shift)}px`;
  const bottom = `${Math.max(0, index.total() - index.offset(pane.window.end))}px`;
  if (before.style.height !== top) before.style.height = top;
  if (after.style.height !== bottom) after.style.height = bottom;
}
