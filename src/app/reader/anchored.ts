/**
 * A panel kept beside what it describes (a difference's mark, a word), never over it: below it,
 * or above when there is no room below, moved sideways to stay inside the window (Floating UI).
 * `locate` finds the subject's box afresh on every frame, since the panes render only the rows
 * near the view and a mark's element comes and goes as they scroll; while the subject is not in
 * the page (scrolled away), the panel keeps its last place.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, type RefObject } from 'react';

export type Locate = () => DOMRect | { left: number; top: number; right: number; bottom: number } | null;

export function useAnchored(floating: RefObject<HTMLElement | null>, locate: Locate | null, key: unknown): void {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el || !locate) return;
    let last = locate();
    if (!last) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => {
        last = locate() ?? last;
        const { left, top, right, bottom } = last!;
        return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
      },
    };
    const update = () => {
      // never over the reader's tools: the room above ends at the toolbar
      const top = (document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0) + 4;
      const padding = { top, right: 8, bottom: 8, left: 8 };
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          // where no side has room for all of it (a character's card of eight readings on a phone), below it, scrolling inside
          flip({ fallbackPlacements: ['top-start', 'right-start', 'left-start'], fallbackStrategy: 'initialPlacement', padding }),
          shift({ padding }),
          // a panel taller than the room beside its subject scrolls inside, rather than covering it
          size({
            padding,
            apply: ({ availableHeight }) => {
              Object.assign(el.style, { maxHeight: `${Math.max(120, Math.floor(availableHeight))}px`, overflowY: 'auto' });
            },
          }),
        ],
      }).then(({ x, y }) => {
        Object.assign(el.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, right: 'auto', bottom: 'auto', visibility: 'visible' });
      });
    };
    return autoUpdate(reference, el, update, { animationFrame: true });
  }, [floating, locate, key]);
}
