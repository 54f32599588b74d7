/**
 * The pointer and the panes: hovering or focusing a sentence marks its row in every pane, a click
 * makes it current (or opens a difference, or follows a moved passage's link to its other place).
 * While panes scroll under a still pointer the sentence under it changes every frame; following it
 * would restyle rows mid-scroll, so hover follows the pointer again once scrolling stops.
 */
import { useEffect, useRef, type FocusEvent, type MouseEvent } from 'react';
import type { ReaderStore } from '../store/reader-store.ts';

/** How long after the last scroll event hover follows the pointer again. */
const SCROLL_SETTLE_MS = 200;

export function usePointerRows(store: ReaderStore) {
  const lastScroll = useRef(0);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);

  const hoverAt = (element: Element | null) => {
    const row = element?.closest<HTMLElement>('.pane [data-row]');
    store.getState().setHoveredRow(row ? Number(row.dataset.row) - 1 : null);
  };

  return {
    onClick: (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const goto = target.closest<HTMLElement>('[data-goto-row]');
      if (goto) {
        event.preventDefault();
        store.getState().goToRow(Number(goto.dataset.gotoRow) - 1);
        return;
      }
      const mark = target.closest<HTMLElement>('mark[data-index]');
      if (mark) store.getState().openVariantDetails(Number(mark.dataset.index));
      const row = target.closest<HTMLElement>('[data-row]');
      if (row) store.getState().setCurrentRow(Number(row.dataset.row) - 1);
      const sentence = target.closest<HTMLElement>('.seg[data-seg]');
      if (sentence?.dataset.witness) store.getState().selectSentence(sentence.dataset.witness, Number(sentence.dataset.seg));
    },
    onMouseOver: (event: MouseEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      if (performance.now() - lastScroll.current < SCROLL_SETTLE_MS) return;
      hoverAt(event.target as HTMLElement);
    },
    onMouseLeave: () => {
      pointer.current = null;
      store.getState().setHoveredRow(null);
    },
    onFocus: (event: FocusEvent) => hoverAt(event.target as HTMLElement),
    onScrollCapture: () => {
      lastScroll.current = performance.now();
      clearTimeout(settle.current);
      settle.current = setTimeout(() => {
        if (pointer.current) hoverAt(document.elementFromPoint(pointer.current.x, pointer.current.y));
      }, SCROLL_SETTLE_MS);
    },
  };
}
