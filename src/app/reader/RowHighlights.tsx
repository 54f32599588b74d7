/**
 * The current and hovered rows, highlighted in every pane by a style rule on their `data-row`
 * (in a constructed style sheet, which the Content-Security-Policy allows):
 * changing rows rewrites one rule, and rows rendered later (panes render only what is near the
 * view) pick it up as they arrive.
 */
import type { Layout } from '../../core/reader/view-state.ts';
import { useReaderStore } from '../store/use-reader-store.ts';
import { useStyleRules } from '../style-rules.ts';

export function RowHighlights({ layout }: { layout: Layout }) {
  const current = useReaderStore((s) => s.currentRow);
  const hovered = useReaderStore((s) => s.hoveredRow);
  const range = useReaderStore((s) => s.range);
  // aligned rows light their whole block; flowing text lights the sentences
  const target = (row: number) => (layout === 'rows' ? `.pane .row[data-row="${row + 1}"]` : `.pane .seg[data-row="${row + 1}"]`);
  // a linked range of rows carries a bar in the margin (a long range is marked at its ends)
  const ranged = range ? (range.to - range.from < 400 ? Array.from({ length: range.to - range.from + 1 }, (_, k) => range.from + k) : [range.from, range.to]) : [];
  const rules = [
    ranged.length > 0 ? `${ranged.map((r) => `.pane .row[data-row="${r + 1}"], .pane .seg[data-row="${r + 1}"]`).join(', ')} { box-shadow: inset -3px 0 0 var(--range); }` : '',
    hovered !== null && hovered !== current ? `${target(hovered)} { background: var(--hover); }` : '',
    current !== null ? `${target(current)} { background: var(--current); box-shadow: inset 3px 0 0 var(--accent); }` : '',
    current !== null && layout === 'flow' ? `.pane .row-mark:has(+ .seg[data-row="${current + 1}"]) { color: var(--accent); }` : '',
  ];
  useStyleRules(rules.join('\n'));
  return null;
}
