/**
 * What the pane viewport needs of the page, passed in rather than reached for, as TanStack
 * Virtual's core takes its observers and scroll functions: so the viewport runs against the browser
 * here and against stubs in a unit test (`tests/unit/pane-viewport.test.ts`), where time, frames,
 * fonts, sizes and the elements' geometry are whatever the test says.
 */
import type { HeightIndex } from '../../core/reader/height-index.ts';
import type { TextBox } from '../../core/reader/pane-blocks.ts';
import type { Layout } from '../../core/reader/view-state.ts';
import { measureBlocks, measureBox, writeRowHeights, writeSpacers } from './pane-dom.ts';
import type { PaneState } from './pane-state.ts';

/** What the viewport reads and sets on a pane's elements (its scroll container, body and spacers); an `HTMLElement` is one. */
export interface PaneElement {
  scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  readonly clientWidth: number;
  readonly offsetTop: number;
  addEventListener(type: 'scroll', listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: 'scroll', listener: () => void): void;
}

/** Watches elements' sizes (a ResizeObserver in the browser). */
export interface SizeWatcher<E> {
  observe(element: E): void;
  unobserve(element: E): void;
  disconnect(): void;
}

/** Reading the rendered blocks' heights and the text's lines, and writing the heights and spacers decided. */
export interface PaneDom<E> {
  measureBox(body: E, layout: Layout): TextBox;
  /** Natural heights of the rendered blocks into `pane.natural` (and, in flowing text, rows' tops into `pane.intra`); the blocks whose height changed. */
  measureBlocks(pane: PaneState, body: E, layout: Layout): Set<number>;
  writeRowHeights(body: E, index: HeightIndex): void;
  writeSpacers(before: E, after: E, pane: PaneState): void;
}

export interface PagePorts<E extends PaneElement = HTMLElement> {
  readonly watchSizes: (onResize: () => void) => SizeWatcher<E>;
  /** Call `listener` whenever web fonts finish loading; returns a function that stops. */
  readonly onFontsLoaded: (listener: () => void) => () => void;
  /** The frame clock: run `fn` before the next frame is painted. */
  readonly nextFrame: (fn: () => void) => void;
  readonly now: () => number;
  readonly setTimer: (fn: () => void, ms: number) => () => void;
  /** The height of the window, before the panes are in the page. */
  readonly viewportHeight: () => number;
  readonly dom: PaneDom<E>;
}

const NO_SIZES: SizeWatcher<HTMLElement> = { observe: () => {}, unobserve: () => {}, disconnect: () => {} };

/** The page itself. */
export function browserPorts(): PagePorts<HTMLElement> {
  return {
    watchSizes: (onResize) => (typeof ResizeObserver === 'undefined' ? NO_SIZES : new ResizeObserver(onResize)),
    onFontsLoaded: (listener) => {
      const fonts = typeof document === 'undefined' ? undefined : document.fonts;
      fonts?.addEventListener?.('loadingdone', listener);
      return () => fonts?.removeEventListener?.('loadingdone', listener);
    },
    nextFrame: (fn) => void requestAnimationFrame(fn),
    now: () => performance.now(),
    setTimer: (fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
    viewportHeight: () => (typeof window === 'undefined' ? 900 : window.innerHeight),
    dom: { measureBox, measureBlocks, writeRowHeights, writeSpacers },
  };
}
