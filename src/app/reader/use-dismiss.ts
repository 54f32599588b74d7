/**
 * Closing a pop-up the way people expect: a press outside it (and outside what opened it), or
 * Escape. Listened for in the capture phase, so a press that closes one pop-up can still open
 * another where it lands.
 */
import { useEffect, useRef, type RefObject } from 'react';

export interface DismissOptions {
  /** Close on Escape too (default); the Escape is then the pop-up's alone. */
  readonly escape?: boolean;
  /** Presses on what matches this selector leave it open (a mark that opens another difference). */
  readonly ignore?: string;
}

export function useDismiss(active: boolean, inside: readonly RefObject<Element | null>[], dismiss: (by: 'escape' | 'outside') => void, options: DismissOptions = {}): void {
  const { escape = true, ignore } = options;
  // the latest `dismiss` and `inside`, read when an event comes
  const latest = useRef({ dismiss, inside });
  latest.current = { dismiss, inside };
  useEffect(() => {
    if (!active) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element;
      if (latest.current.inside.some((r) => r.current?.contains(target)) || (ignore && target.closest?.(ignore))) return;
      latest.current.dismiss('outside');
    };
    const onKey = (event: KeyboardEvent) => {
      if (!escape || event.key !== 'Escape') return;
      event.stopPropagation();
      latest.current.dismiss('escape');
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [active, escape, ignore]);
}
