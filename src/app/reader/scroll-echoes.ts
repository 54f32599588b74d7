/**
 * Scroll positions the viewport set, remembered so that the scroll event each causes is known for
 * our own echo and not taken for the user's scroll (which would make the panes fight).
 */
import type { PaneElement } from './page-ports.ts';

/** A position we set is our echo only this long; older ones are forgotten. */
const ECHO_MS = 500;

export class ScrollEchoes<E extends PaneElement> {
  private readonly expected = new Map<E, { top: number; at: number }>();

  constructor(private readonly now: () => number) {}

  /** Scroll `el` to `top` (whole pixels, not above 0), remembering the event it will cause. */
  scrollTo(el: E, top: number): void {
    const target = Math.max(0, Math.round(top));
    const was = el.scrollTop;
    if (Math.abs(was - target) < 0.5) return;
    el.scrollTop = target;
    // a position the browser clamped to where the pane already was causes no scroll event
    if (el.scrollTop !== was) this.expected.set(el, { top: el.scrollTop, at: this.now() });
  }

  /** Whether the scroll event `el` just fired is the echo of a position we set (each echo is heard once). */
  isEcho(el: E): boolean {
    const echo = this.expected.get(el);
    if (!echo) return false;
    this.expected.delete(el);
    return Math.abs(el.scrollTop - echo.top) < 1 && this.now() - echo.at < ECHO_MS;
  }
}
