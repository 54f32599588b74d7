/**
 * The current and hovered rows, highlighted in every pane by one generated style rule each:
 * changing them touches no row element, so ten thousand rows stay cheap.
 */
import { useReaderStore } from '../store/use-reader-store.ts';

export function RowHighlights() {
  const current = useReaderStore((s) => s.currentRow);
  const hovered = useReaderStore((s) => s.hoveredRow);
  const rules: string[] = [];
  if (hovered !== null) rules.push(`.pane [data-row="${hovered + 1}"]{background:var(--hover)}`);
  if (current !== null) rules.push(`.pane .row[data-row="${current + 1}"],.pane .seg[data-row="${current + 1}"]{background:var(--current);box-shadow:inset 3px 0 0 var(--accent)}`);
  return <style>{rules.join('\n')}</style>;
}
