/**
 * The reader's keys, wherever the focus is (except in a text field): ↓/j and ↑/k move the current
 * row, n and p go to the next and previous substantive difference, Escape closes a difference's
 * details, and Enter or Space on a focused difference opens them; r reveals the current row of a
 * hidden text, o opens its note. Page Up/Down, Space and
 * Home/End scroll the focused pane as usual, and the others follow.
 */
import { isTypingTarget } from './typing-target.ts';
import { useEffect } from 'react';
import type { ReaderStore } from '../store/reader-store.ts';


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
          state.stepSubstantive(1);
          break;
        case 'p':
          state.stepSubstantive(-1);
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
