/**
 * The size of the text in the panes, a step of SIZES, remembered in this browser (a reader with
 * weaker eyes, a class reading from a projector). A browser that will not store it keeps it for
 * the session.
 */
import { useSyncExternalStore } from 'react';
import { TEXT_SIZES as SIZES, isTextSize, type TextSize } from '../../core/reader/view-state.ts';

export { SIZES };
const KEY = 'duizhao.text-size';
const listeners = new Set<() => void>();

function stored(): TextSize {
  try {
    // in Node (tests) there is none; a browser that refuses storage to a file opened from disk throws on reaching it
    if (typeof localStorage === 'undefined') return 1;
    const value = Number(localStorage.getItem(KEY));
    return isTextSize(value) ? value : 1;
  } catch {
    return 1;
  }
}

let current: TextSize = stored();

export const currentTextSize = (): TextSize => current;

/** Told of every change of size made in this tab. */
export function onTextSize(changed: (size: TextSize) => void): () => void {
  const listener = () => changed(current);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setTextSize(size: TextSize): void {
  if (size === current) return;
  current = size;
  try {
    localStorage.setItem(KEY, String(size));
  } catch {
    // private browsing or a full disk: the size holds until the page is closed
  }
  for (const l of listeners) l();
}

/** One step smaller (-1) or larger (1), within SIZES. */
export function stepTextSize(by: -1 | 1): void {
  const at = SIZES.indexOf(current);
  const next = SIZES[Math.max(0, Math.min(SIZES.length - 1, (at < 0 ? 2 : at) + by))]!;
  if (next !== current) setTextSize(next);
}

export function useTextSize(): number {
  return useSyncExternalStore(
    (changed) => {
      listeners.add(changed);
      // another tab changed it
      const onStorage = (event: StorageEvent) => {
        if (event.key === KEY) {
          current = stored();
          changed();
        }
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(changed);
        window.removeEventListener('storage', onStorage);
      };
    },
    () => current,
  );
}
