/**
 * The current and hovered rows, highlighted in every pane by a class on just their elements
 * (found by `data-row`): changing rows touches a handful of elements, not ten thousand.
 */
import { useEffect } from 'react';
import { useReaderStore } from '../store/use-reader-store.ts';

export function RowHighlights({ refreshKey }: { refreshKey: string }) {
  const current = useReaderStore((s) => s.currentRow);
  const hovered = useReaderStore((s) => s.hoveredRow);
  useHighlight('is-current', current, refreshKey);
  useHighlight('is-hovered', hovered, refreshKey);
  return null;
}

function useHighlight(className: string, row: number | null, refreshKey: string) {
  useEffect(() => {
    if (row === null) return;
    const elements = rowElements(row);
    for (const element of elements) element.classList.add(className);
    return () => {
      for (const element of elements) element.classList.remove(className);
    };
  }, [className, row, refreshKey]);
}

/**
 * The elements of a row in every pane. In aligned layout a pane's body holds one block per row,
 * so the row is its child by index; only flowing text needs a search, and only in the panes.
 */
function rowElements(row: number): Element[] {
  const found: Element[] = [];
  for (const body of document.querySelectorAll('.pane .pane-body')) {
    const block = body.children[row];
    if (block?.classList.contains('row') && block.getAttribute('data-row') === String(row + 1)) {
      found.push(block, ...block.querySelectorAll('.seg'));
    } else {
      found.push(...body.querySelectorAll(`[data-row="${row + 1}"]`));
    }
  }
  return found;
}
