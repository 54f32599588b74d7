/**
 * The editor's keys, while a project is open and the focus is not in a text field: c confirm,
 * Enter confirm and go on, m merge, Shift+↑/↓ move a sentence, e empty cell, s split the row,
 * x split the sentence, u/l next unconfirmed/unsure row, Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo.
 * The reader's own keys (↑/↓, j/k, n/p) keep working beside them.
 */
import { isTypingTarget } from '../reader/typing-target.ts';
import { useEffect, useRef } from 'react';

export interface EditorActions {
  readonly confirm: () => void;
  readonly confirmAndNext: () => void;
  readonly merge: () => void;
  readonly up: () => void;
  readonly down: () => void;
  readonly splitRow: () => void;
  readonly empty: () => void;
  readonly splitSentence: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly nextUnconfirmed: () => void;
  readonly nextUnsure: () => void;
}


export function useEditorKeys(actions: EditorActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTypingTarget(target)) return;
      const a = latest.current;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const action = command
        ? key === 'z'
          ? event.shiftKey
            ? a.redo
            : a.undo
          : key === 'y'
            ? a.redo
            : null
        : event.shiftKey && event.key === 'ArrowUp'
          ? a.up
          : event.shiftKey && event.key === 'ArrowDown'
            ? a.down
            : event.key === 'Enter' && target?.closest('button, a, mark')
              ? null
              : ({ c: a.confirm, enter: a.confirmAndNext, m: a.merge, e: a.empty, s: a.splitRow, x: a.splitSentence, u: a.nextUnconfirmed, l: a.nextUnsure } as Record<string, (() => void) | undefined>)[key] ?? null;
      if (!action) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      action();
    };
    // before the reader's keys, so Shift+↑ moves a sentence rather than the current row
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
