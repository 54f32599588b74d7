/**
 * The DOM edge of synchronized scrolling. Each pane's row anchors are measured once per layout
 * (and again after a resize); a scroll of any pane moves the others in the same event, so they
 * follow within the frame. A scroll event whose position is the one we just set is our own echo
 * and is ignored, so panes never fight, drift or jitter.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { filledAnchors, followerScrollTop, type PaneGeometry } from '../../core/reader/scroll-sync.ts';

/** Where the eye reads: a third of the way down a pane. */
const READING_LINE = 0.3;

export interface ScrollSync {
  /** Ref callback for a pane's scroll container. */
  readonly register: (id: string) => (element: HTMLElement | null) => void;
  /** Bring row `row` (1-based) to the reading line of every pane. */
  readonly scrollToRow: (row: number) => void;
}

export interface ScrollSyncOptions {
  readonly enabled: boolean;
  readonly rowCount: number;
  /** Changes whenever what the panes show changes (document, witnesses, layout, filters). */
  readonly layoutKey: string;
  /** Rows rendered so far; rows added later are levelled on their own. */
  readonly renderedRows: number;
  readonly equalizeRows: boolean;
}

export function useScrollSync(options: ScrollSyncOptions): ScrollSync {
  const panes = useRef(new Map<string, HTMLElement>());
  const geometry = useRef(new Map<HTMLElement, PaneGeometry>());
  const expected = useRef(new Map<HTMLElement, number>());
  const enabled = useRef(options.enabled);
  enabled.current = options.enabled;
  const rowCount = useRef(options.rowCount);
  rowCount.current = options.rowCount;

  const measure = useCallback((pane: HTMLElement): PaneGeometry => {
    let known = geometry.current.get(pane);
    if (known) return known;
    const anchors = new Array<number>(rowCount.current).fill(Number.NaN);
    for (const element of pane.querySelectorAll<HTMLElement>('[data-row]')) {
      const row = Number(element.dataset.row) - 1;
      if (row >= 0 && row < anchors.length && Number.isNaN(anchors[row]!)) anchors[row] = element.offsetTop;
    }
    const end = pane.scrollHeight;
    known = { anchors: filledAnchors(anchors, end), end, readingLine: pane.clientHeight * READING_LINE, maxScrollTop: pane.scrollHeight - pane.clientHeight };
    geometry.current.set(pane, known);
    return known;
  }, []);

  const follow = useCallback(
    (source: HTMLElement) => {
      const from = measure(source);
      for (const pane of panes.current.values()) {
        if (pane === source) continue;
        const top = followerScrollTop(from, source.scrollTop, measure(pane));
        if (Math.abs(pane.scrollTop - top) < 1) continue;
        pane.scrollTop = top;
        expected.current.set(pane, pane.scrollTop);
      }
    },
    [measure],
  );

  const onScroll = useCallback(
    (event: Event) => {
      const pane = event.currentTarget as HTMLElement;
      const echo = expected.current.get(pane);
      if (echo !== undefined) {
        expected.current.delete(pane);
        if (Math.abs(pane.scrollTop - echo) < 1) return;
      }
      if (enabled.current) follow(pane);
    },
    [follow],
  );

  const register = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      const old = panes.current.get(id);
      if (old && old !== element) {
        old.removeEventListener('scroll', onScroll);
        panes.current.delete(id);
        geometry.current.delete(old);
      }
      if (element && old !== element) {
        element.addEventListener('scroll', onScroll, { passive: true });
        panes.current.set(id, element);
      }
    },
    [onScroll],
  );

  // Row heights level across panes (aligned layout), then fresh anchors: all rows when the view
  // changes or a pane is resized, only the newly rendered ones as a long document arrives.
  const levelled = useRef(0);
  useLayoutEffect(() => {
    levelled.current = 0;
    const relayout = () => {
      if (options.equalizeRows) equalizeRowHeights([...panes.current.values()], 0);
      geometry.current.clear();
    };
    let first = true;
    const observer = new ResizeObserver(() => {
      // the observer reports every pane once on observe(); the layout effect below has them
      if (first) first = false;
      else requestAnimationFrame(relayout);
    });
    for (const pane of panes.current.values()) observer.observe(pane);
    return () => observer.disconnect();
  }, [options.layoutKey, options.equalizeRows]);
  useLayoutEffect(() => {
    if (options.equalizeRows) equalizeRowHeights([...panes.current.values()], levelled.current);
    levelled.current = options.renderedRows;
    geometry.current.clear();
  }, [options.layoutKey, options.equalizeRows, options.renderedRows]);

  // Turning sync back on brings the others level with the first pane.
  useEffect(() => {
    const first = panes.current.values().next().value;
    if (options.enabled && first) follow(first);
  }, [options.enabled, follow]);

  const scrollToRow = useCallback(
    (row: number) => {
      const first = panes.current.values().next().value;
      if (!first) return;
      const g = measure(first);
      const top = g.anchors[row - 1];
      if (top === undefined) return;
      first.scrollTop = Math.max(0, top - g.readingLine + 4);
      follow(first);
    },
    [measure, follow],
  );

  return { register, scrollToRow };
}

/**
 * Give the blocks of each row from `from` on the height of the tallest of them, so counterparts
 * start level. All reads happen before all writes: one layout, not one per row.
 */
function equalizeRowHeights(panes: readonly HTMLElement[], from: number): void {
  const blocks = panes.map((p) => [...p.querySelectorAll<HTMLElement>(':scope > .pane-body > .row')].slice(from));
  for (const list of blocks) for (const block of list) block.style.minHeight = '';
  const rows = Math.max(0, ...blocks.map((l) => l.length));
  const heights = blocks.map((list) => list.map((block) => block.getBoundingClientRect().height));
  for (let r = 0; r < rows; r++) {
    const tallest = Math.max(...heights.map((h) => h[r] ?? 0));
    for (const list of blocks) {
      const block = list[r];
      if (block) block.style.minHeight = `${tallest}px`;
    }
  }
}
