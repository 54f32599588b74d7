/**
 * The pointer and the panes: hovering or focusing a sentence marks its row in every pane, a click
 * makes it current (or opens a difference, or follows a moved passage's link to its other place);
 * Shift+click marks the rows from the current one, unless it extends a text selection.
 * While panes scroll under a still pointer the sentence under it changes every frame; following it
 * would restyle rows mid-scroll, so hover follows the pointer again once scrolling stops.
 */
import { useEffect, useRef, type FocusEvent, type MouseEvent } from 'react';
import type { HoveredWord, ReaderStore } from '../store/reader-store.ts';

/** How long after the last scroll event hover follows the pointer again. */
const SCROLL_SETTLE_MS = 200;

export function usePointerRows(store: ReaderStore) {
  const lastScroll = useRef(0);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Whether the Shift+click under way extends a text selection the user started (then it marks no rows). */
  const extending = useRef(false);
  useEffect(() => () => clearTimeout(settle.current), []);

  const hoverAt = (element: Element | null) => {
    const row = element?.closest<HTMLElement>('.pane [data-row]');
    store.getState().setHoveredRow(row ? Number(row.dataset.row) - 1 : null);
    const word = wordAt(element, false);
    if (word !== undefined) store.getState().setHoveredWord(word);
  };

  return {
    onMouseDown: (event: MouseEvent) => {
      if (!event.shiftKey) return;
      // a selection already holding text is the user's: Shift+click extends it, as everywhere;
      // with none (a click leaves only a caret), Shift+click marks rows and selects no text
      const selection = window.getSelection();
      extending.current = selection !== null && !selection.isCollapsed && selection.toString() !== '';
      if (!extending.current) event.preventDefault();
    },
    onClick: (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const reveal = target.closest<HTMLElement>('[data-reveal-row]');
      if (reveal) {
        store.getState().revealRow(Number(reveal.dataset.revealRow) - 1);
        return;
      }
      const note = target.closest<HTMLElement>('[data-note-row]');
      if (note) {
        store.getState().openNote(Number(note.dataset.noteRow) - 1);
        return;
      }
      // a tap on a word pins its card (touch screens have no hover)
      const word = wordAt(target, true);
      if (word) store.getState().setHoveredWord(word);
      const goto = target.closest<HTMLElement>('[data-goto-row]');
      if (goto) {
        event.preventDefault();
        store.getState().goToRow(Number(goto.dataset.gotoRow) - 1);
        return;
      }
      const mark = target.closest<HTMLElement>('mark[data-index]');
      if (mark) store.getState().openVariantDetails(Number(mark.dataset.index));
      const row = target.closest<HTMLElement>('[data-row]');
      const current = store.getState().currentRow;
      if (event.shiftKey && extending.current) return;
      if (row && event.shiftKey && current !== null) {
        // Shift+click marks the rows from the current one to this one, for a link
        const to = Number(row.dataset.row) - 1;
        store.getState().setRange({ from: Math.min(current, to), to: Math.max(current, to) });
        return;
      }
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
      if (!store.getState().hoveredWord?.pinned) store.getState().setHoveredWord(null);
    },
    onFocus: (event: FocusEvent) => hoverAt(event.target),
    onScrollCapture: () => {
      lastScroll.current = performance.now();
      clearTimeout(settle.current);
      settle.current = setTimeout(() => {
        if (pointer.current) hoverAt(document.elementFromPoint(pointer.current.x, pointer.current.y));
      }, SCROLL_SETTLE_MS);
    },
  };
}

/** The word under `element` (undefined when word links are off, null over no word). */
function wordAt(element: Element | null, pinned: boolean): HoveredWord | null | undefined {
  const word = element?.closest<HTMLElement>('.w');
  if (!word) return element?.closest('.pane .seg') ? null : undefined;
  const row = Number(word.closest<HTMLElement>('[data-row]')?.dataset.row) - 1;
  const box = word.getBoundingClientRect();
  const at = { row, x: box.left, y: box.bottom, top: box.top, right: box.right, pinned };
  if (word.dataset.w) return { ...at, zh: word.dataset.w, ...wordPlace(word) };
  if (word.dataset.s) return { ...at, stem: word.dataset.s };
  return null;
}

/** Where a Chinese word's element says it stands (its sentence's witness, its offset), when it says. */
export function wordPlace(word: HTMLElement): { place?: { witness: string; at: number } } {
  const witness = word.closest<HTMLElement>('[data-witness]')?.dataset.witness;
  const at = Number(word.dataset.at);
  return witness && word.dataset.at !== undefined && Number.isInteger(at) ? { place: { witness, at } } : {};
}
