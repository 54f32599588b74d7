/**
 * The current and hovered rows, highlighted in every pane by a style rule on their `data-row`:
 * changing rows rewrites one rule, and rows rendered later (panes render only what is near the
 * view) pick it up as they arrive.
 */
import type { Layout } from '../../core/reader/view-state.ts';
import { useReaderStore } from '../store/use-reader-store.ts';

export function RowHighlights({ layout }: { layout: Layout }) {
  const current = useReaderStore((s) => s.currentRow);
  const hovered = useReaderStore((s) => s.hoveredRow);
  // aligned rows light their whole block; flowing text lights the sentences
  const target = (row: number) => (layout === 'rows' ? `.pane .row[data-row="${row + 1}"]` : `.pane .seg[data-row="${row + 1}"]`);
  const rules = [
    hovered !== null && hovered !== current ? `${target(hovered)} { background: var(--hover); }` : '',
    current !== null ? `${target(current)} { background: var(--current); box-shadow: inset 3px 0 0 var(--accent); }` : '',
    current !== null && layout === 'flow' ? `.pane .row-mark:has(+ .seg[data-row="${current + 1}"]) { color: var(--accent); }` : '',
  ];
  return <style>{rules.join('\n')}</style>;
}
