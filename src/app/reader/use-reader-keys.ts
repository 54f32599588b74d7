/**
 * The reader's keys, wherever the focus is (except in a text field): ↓/j and ↑/k move the current
 * row, n and p go to the next and previous substantive difference, Escape closes a difference's
 * details, and Enter or Space on a focused difference opens them; r reveals the current row of a
 * hidden text, o opens its note; with Words on, w and W step through the current row's Chinese
 * words, each with its dictionary card and counterparts (the keyboard's way to what hover shows).
 * Page Up/Down, Space and Home/End scroll the focused pane as usual, and the others follow.
 */
import { isTypingTarget } from './typing-target.ts';
import { useEffect } from 'react';
import type { ReaderStore } from '../store/reader-store.ts';
import { wordPlace } from './use-pointer-rows.ts';

export function useReaderKeys(store: ReaderStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTypingTarget(target)) return;
      const state = store.getState();
      if ((event.key === 'Enter' || event.key === ' ') && target?.matches('mark[data-index]')) {
        event.preventDefault();
        state.openVariantDetails(Number((target as HTMLElement).dataset.index));
        return;
      }
      switch (event.key) {
        case 'ArrowDown':
        case 'j':
          state.stepRow(1);
          break;
        case 'ArrowUp':
        case 'k':
          state.stepRow(-1);
          break;
        case 'n':
          state.stepDifference(1);
          break;
        case 'p':
          state.stepDifference(-1);
          break;
        case 'w':
        case 'W':
          if (!state.words || state.currentRow === null) return;
          stepWord(store, event.key === 'w' ? 1 : -1);
          break;
        case 'r':
          if (state.currentRow === null) return;
          state.revealRow(state.currentRow);
          break;
        case 'o':
          if (state.currentRow === null) return;
          state.openNote(state.currentRow);
          break;
        case 'Escape':
          if (state.openVariant === null) return;
          state.openVariantDetails(null);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

/** Where w last stopped: the row and the word's place among the row's words. */
let wordCursor: { row: number; index: number } | null = null;

/** The next (or previous) Chinese word of the current row, in the first Chinese pane, with its card pinned. */
function stepWord(store: ReaderStore, by: 1 | -1): void {
  const state = store.getState();
  const row = state.currentRow!;
  const fragments = [...document.querySelectorAll<HTMLElement>(`.pane[lang^="zh"] .seg[data-row="${row + 1}"] .w[data-w]`)];
  const pane = fragments[0]?.closest('.pane');
  // one stop a word: a word cut by a mark is several fragments in a row with the same word
  const words = fragments.filter((el, i) => el.closest('.pane') === pane && (i === 0 || fragments[i - 1]!.dataset.w !== el.dataset.w));
  if (words.length === 0) return;
  const open = state.hoveredWord;
  const at = wordCursor?.row === row && open && 'zh' in open ? wordCursor.index : -1;
  const index = at < 0 && by < 0 ? words.length - 1 : (at + by + words.length) % words.length;
  const next = words[index]!;
  wordCursor = { row, index };
  next.scrollIntoView({ block: 'nearest' });
  const box = next.getBoundingClientRect();
  state.setHoveredWord(null);
  state.setHoveredWord({ row, zh: next.dataset.w!, ...wordPlace(next), x: box.left, y: box.bottom, top: box.top, right: box.right, pinned: true });
}
