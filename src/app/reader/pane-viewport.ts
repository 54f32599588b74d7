/**
 * The DOM edge of the panes: which blocks each pane renders (a window around what is in view, so
 * 10,000 rows cost what a screenful costs), their measured heights, and synchronized scrolling.
 *
 * Each pane's blocks (rows, or paragraphs in flowing text) sit between two spacers whose heights
 * stand for the blocks not rendered; a `HeightIndex` holds every block's height, measured once it
 * has been rendered and estimated from its text before. In aligned layout the panes share one
 * index whose heights are the tallest cell of each row, so counterparts start on the same line.
 *
 * A scroll of any pane moves the others in the same event (so they are level within the frame),
 * and each position we set is remembered: the scroll event it causes is our own echo and is
 * ignored, so panes never fight, drift or jitter. When measuring changes heights above what the
 * user is reading while they scroll, the change goes into an offset (`shift`) instead of their
 * scroll position, and is settled into it once scrolling stops; a scroll position set under the
 * user's wheel would cancel its smooth scrolling.
 *
 * The arithmetic is pure and tested (`src/core/reader/`); this class reads and writes the DOM.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { HeightIndex } from '../../core/reader/height-index.ts';
import { alignedBlocks, blockOfSegments, estimateBlockHeight, flowingBlocks, textWidths, witnessRows, type PaneBlock, type TextBox, type WitnessRows } from '../../core/reader/pane-blocks.ts';
import { filledAnchor, followerScrollTop, offsetOfRow, rowAtOffset, type PaneAnchors } from '../../core/reader/scroll-sync.ts';
import type { Layout } from '../../core/reader/view-state.ts';

/** Where the eye reads: this fraction of the way down a pane. */
export const READING_LINE = 0.3;
/** Viewports rendered beyond each edge of the view, and how little may remain before more is rendered. */
const OVERSCAN = 1;
const MIN_OVERSCAN = 0.3;
/** Milliseconds without a scroll event after which scrolling has stopped. */
const IDLE_MS = 150;
/** A position we set is our echo only this long; older ones are forgotten. */
const ECHO_MS = 500;
/** Passes of render-measure-sync allowed within one frame before the rest waits for the next. */
const MAX_PASSES = 6;

export interface BlockWindow {
  readonly start: number;
  readonly end: number;
}

interface Elements {
  pane?: HTMLElement | null;
  body?: HTMLElement | null;
  before?: HTMLElement | null;
  after?: HTMLElement | null;
}

interface Group {
  index: HeightIndex;
  shift: number;
  readonly panes: PaneState[];
}

interface PaneState {
  readonly id: string;
  readonly witnessIndex: number;
  readonly rows: WitnessRows;
  readonly widths: Float32Array;
  readonly blocks: readonly PaneBlock[];
  readonly blockOfSegment: Int32Array;
  group: Group;
  /** Raw estimates per block, before calibration. */
  raw: Float64Array;
  /** Measured natural height per block, 0 when not measured. */
  natural: Float64Array;
  /** Measured/estimated, over the blocks measured: corrects the estimates of the others. */
  calibration: number;
  /** Flowing text: measured top of a row's first segment within its block. */
  readonly intra: Map<number, number>;
  window: BlockWindow;
  box: TextBox | null;
  boxWidth: number;
  bodyTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** The reading position: a row, and how far into it the reading line is. */
export interface ReadingPosition {
  readonly row: number;
  readonly fraction: number;
  /** Pixels to place the row above the reading line (a row brought into view sits just above it). */
  readonly lead?: number;
}

export class PaneViewport {
  private doc: BuiltDocument;
  private readonly elements = new Map<string, Elements>();
  private readonly witnessCache = new Map<number, { rows: WitnessRows; widths: Float32Array }>();
  private panes: PaneState[] = [];
  private layout: Layout = 'rows';
  private configKey = '';
  private sync = true;
  private leader: PaneState | null = null;
  private readonly expected = new Map<HTMLElement, { top: number; at: number }>();
  private pending: ReadingPosition | null = null;
  private lastUserScroll = -Infinity;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private passes = 0;
  private version = 0;
  private readonly refs = new Map<string, (element: HTMLElement | null) => void>();
  private readonly listeners = new Set<() => void>();
  private readonly resizeObserver: ResizeObserver | null;
  private flushRender: (fn: () => void) => void = (fn) => fn();
  private disposed = false;

  constructor(doc: BuiltDocument) {
    this.doc = doc;
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.onResize());
  }

  /** Start watching pane sizes and font loads (from an effect; `disconnect` undoes it). */
  connect(): void {
    this.disposed = false;
    for (const parts of this.elements.values()) if (parts.pane) this.resizeObserver?.observe(parts.pane);
    document.fonts?.addEventListener?.('loadingdone', this.onFontsLoaded);
  }

  disconnect(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    this.resizeObserver?.disconnect();
    document.fonts?.removeEventListener?.('loadingdone', this.onFontsLoaded);
  }

  /** React's `flushSync`, so a window changed by a scroll renders before the frame is painted. */
  setFlush(flush: (fn: () => void) => void): void {
    this.flushRender = flush;
  }

  // ---- configuration ----

  /** Show an edited document (a project's table changed): the panes are rebuilt where the reader was. */
  setDocument(doc: BuiltDocument): void {
    if (doc === this.doc) return;
    const carried = this.panes.length > 0 ? this.readingPosition() : null;
    this.doc = doc;
    this.witnessCache.clear();
    this.configKey = '';
    this.panes = [];
    if (carried) this.pending = { ...carried, row: Math.min(carried.row, Math.max(0, doc.rows.length - 1)) };
  }

  /** Show these witnesses (document indices, in order) in this layout; keeps the reading position. */
  configure(layout: Layout, witnessIndices: readonly number[]): void {
    const key = `${layout}|${witnessIndices.join(',')}`;
    if (key === this.configKey) return;
    const carried = this.panes.length > 0 ? this.readingPosition() : null;
    this.configKey = key;
    this.layout = layout;
    const rowCount = this.doc.rows.length;
    const shared: Group | null = layout === 'rows' ? { index: new HeightIndex(new Float64Array(rowCount)), shift: 0, panes: [] } : null;
    this.panes = witnessIndices.map((w) => {
      const witness = this.doc.witnesses[w]!;
      const { rows, widths } = this.witnessData(w);
      const blocks = layout === 'rows' ? alignedBlocks(this.doc, w) : flowingBlocks(witness, rows);
      const group = shared ?? { index: new HeightIndex(new Float64Array(blocks.length)), shift: 0, panes: [] };
      const pane: PaneState = {
        id: witness.id,
        witnessIndex: w,
        rows,
        widths,
        blocks,
        blockOfSegment: blockOfSegments(blocks, witness.segments.length),
        group,
        raw: new Float64Array(blocks.length),
        natural: new Float64Array(blocks.length),
        calibration: 1,
        intra: new Map(),
        window: { start: 0, end: 0 },
        box: null,
        boxWidth: -1,
        bodyTop: 0,
        clientHeight: 0,
        scrollHeight: 0,
      };
      group.panes.push(pane);
      return pane;
    });
    for (const pane of this.panes) {
      this.estimate(pane, defaultBox(this.doc.witnesses[pane.witnessIndex]!.lang === 'en'));
      pane.window = pane.group.index.range(0, (typeof window === 'undefined' ? 900 : window.innerHeight) * (1 + OVERSCAN));
    }
    this.leader = this.panes[0] ?? null;
    if (carried) this.pending = carried;
    this.version++;
  }

  setSync(on: boolean): void {
    if (on === this.sync) return;
    this.sync = on;
    // Turning sync back on brings the others level with the pane last scrolled.
    if (on && this.leader) {
      this.follow(this.leader);
      this.refreshWindows(false);
    }
  }

  /** The blocks a pane shows and which of them are rendered now. */
  paneView(id: string): { blocks: readonly PaneBlock[]; window: BlockWindow } {
    const pane = this.panes.find((p) => p.id === id);
    return pane ? { blocks: pane.blocks, window: pane.window } : { blocks: [], window: { start: 0, end: 0 } };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Ref callbacks for a pane's scroll container, its body, and the spacers before and after its blocks. */
  ref(id: string, part: keyof Elements): (element: HTMLElement | null) => void {
    const key = `${id}|${part}`;
    const known = this.refs.get(key);
    if (known) return known;
    const ref = (element: HTMLElement | null) => {
      const parts = this.elements.get(id) ?? {};
      const old = parts[part];
      if (old === element) return;
      if (part === 'pane' && old) {
        old.removeEventListener('scroll', this.onScroll);
        this.resizeObserver?.unobserve(old);
      }
      parts[part] = element;
      this.elements.set(id, parts);
      if (part === 'pane' && element) {
        element.addEventListener('scroll', this.onScroll, { passive: true });
        this.resizeObserver?.observe(element);
      }
    };
    this.refs.set(key, ref);
    return ref;
  }

  // ---- reading position and scrolling to a row ----

  /** The row at the reading line of the pane last scrolled (or the first), and how far into it. */
  readingPosition(): ReadingPosition | null {
    const pane = this.leader ?? this.panes[0];
    const el = pane && this.el(pane);
    if (!pane || !el) return null;
    const anchors = this.anchors(pane);
    return rowAtOffset(anchors, el.scrollTop + anchors.readingLine);
  }

  /**
   * Bring `row` (0-based) to the reading line, or with `nearest` only when it is not already in
   * full view. Measuring may move it; it is put back until the user scrolls.
   */
  scrollToRow(row: number, nearest = false, flush = true): void {
    const pane = this.leader ?? this.panes[0];
    const el = pane && this.el(pane);
    if (!pane || !el) {
      this.pending = { row, fraction: 0, lead: 4 };
      return;
    }
    if (nearest && this.rowInView(pane, row)) return;
    this.pending = { row, fraction: 0, lead: 4 };
    this.applyPending();
    this.refreshWindows(flush);
  }

  /** Go to a reading position when the panes are next laid out (a deep link's row). */
  setPending(position: ReadingPosition): void {
    this.pending = position;
  }

  private rowInView(pane: PaneState, row: number): boolean {
    const el = this.el(pane)!;
    const anchors = this.anchors(pane);
    const top = anchors.anchor(row) - el.scrollTop;
    const bottom = anchors.anchor(row + 1) - el.scrollTop;
    return top >= pane.bodyTop && bottom <= pane.clientHeight - 8;
  }

  private applyPending(): void {
    const position = this.pending;
    const pane = this.leader ?? this.panes[0];
    if (!position || !pane || !this.el(pane)) return;
    const anchors = this.anchors(pane);
    const y = offsetOfRow(anchors, Math.min(position.row, anchors.rowCount - 1), position.fraction);
    this.setScrollTop(pane, y - anchors.readingLine + (position.lead ?? 0));
    if (this.sync) this.follow(pane);
  }

  // ---- events ----

  private readonly onScroll = (event: Event): void => {
    const el = event.currentTarget as HTMLElement;
    const pane = this.panes.find((p) => this.el(p) === el);
    if (!pane) return;
    const echo = this.expected.get(el);
    if (echo) {
      this.expected.delete(el);
      if (Math.abs(el.scrollTop - echo.top) < 1 && performance.now() - echo.at < ECHO_MS) {
        this.refreshWindows(true);
        return;
      }
    }
    // A scroll we did not cause: the user's (wheel, keys, scrollbar, touch) or a script's. It leads.
    this.lastUserScroll = performance.now();
    this.pending = null;
    this.leader = pane;
    if (this.sync) this.follow(pane);
    this.refreshWindows(true);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(this.settle, IDLE_MS);
  };

  private readonly onResize = (): void => {
    if (this.disposed) return;
    this.afterCommit();
  };

  private readonly onFontsLoaded = (): void => {
    for (const pane of this.panes) pane.boxWidth = -1;
    this.afterCommit();
  };

  /** Scrolling has stopped: settle any shift into the scroll positions (nothing moves on screen). */
  private readonly settle = (): void => {
    if (this.disposed) return;
    if (performance.now() - this.lastUserScroll < IDLE_MS) {
      this.idleTimer = setTimeout(this.settle, IDLE_MS);
      return;
    }
    const groups = new Set(this.panes.map((p) => p.group));
    for (const group of groups) {
      if (group.shift === 0) continue;
      const shift = group.shift;
      const tops = group.panes.map((p) => this.el(p)?.scrollTop ?? 0);
      group.shift = 0;
      for (const pane of group.panes) this.writeSpacers(pane);
      group.panes.forEach((pane, k) => this.setScrollTop(pane, tops[k]! - shift));
    }
    for (const pane of this.panes) this.readScrollHeight(pane);
  };

  // ---- following ----

  private follow(source: PaneState): void {
    const el = this.el(source);
    if (!el) return;
    const from = this.anchors(source);
    for (const pane of this.panes) {
      if (pane === source || !this.el(pane)) continue;
      // panes sharing aligned rows have the same heights: the same position, past their titles
      const top = pane.group === source.group ? el.scrollTop - source.bodyTop + pane.bodyTop : followerScrollTop(from, el.scrollTop, this.anchors(pane));
      this.setScrollTop(pane, top);
    }
  }

  private setScrollTop(pane: PaneState, top: number): void {
    const el = this.el(pane);
    if (!el) return;
    const target = Math.max(0, Math.round(top));
    const was = el.scrollTop;
    if (Math.abs(was - target) < 0.5) return;
    el.scrollTop = target;
    // a position the browser clamped to where the pane already was causes no scroll event
    if (el.scrollTop !== was) this.expected.set(el, { top: el.scrollTop, at: performance.now() });
  }

  /** A pane's row anchors in its scroll coordinates (what `scrollTop` measures). */
  private anchors(pane: PaneState): PaneAnchors {
    const { index, shift } = pane.group;
    const base = pane.bodyTop + shift;
    const rowCount = this.doc.rows.length;
    const readingLine = pane.clientHeight * READING_LINE;
    const maxScrollTop = Math.max(0, pane.scrollHeight - pane.clientHeight);
    if (this.layout === 'rows') return { rowCount, anchor: (r) => base + index.offset(r), readingLine, maxScrollTop };
    const witness = this.doc.witnesses[pane.witnessIndex]!;
    const top = (row: number) => {
      const s = pane.rows.firstSegment[row]!;
      const b = pane.blockOfSegment[s]!;
      const measured = pane.intra.get(row);
      if (measured !== undefined) return base + index.offset(b) + measured;
      const block = pane.blocks[b]!;
      const from = pane.widths[witness.segments[block.segStart]!.start]!;
      const to = pane.widths[witness.segments[block.segEnd - 1]!.end]!;
      const at = pane.widths[witness.segments[s]!.start]!;
      return base + index.offset(b) + (to > from ? (index.height(b) * (at - from)) / (to - from) : 0);
    };
    return { rowCount, anchor: filledAnchor(pane.rows.present, top, base + index.total(), rowCount), readingLine, maxScrollTop };
  }

  // ---- windows ----

  /** Recompute which blocks each pane renders; render now (`flush`) or let React pick it up. */
  private refreshWindows(flush: boolean): void {
    let changed = false;
    const wanted = this.panes.map((pane) => this.windowFor(pane));
    // Aligned rows scrolling together render the same rows, so every row is levelled at once.
    if (this.layout === 'rows' && this.sync && wanted.length > 1) {
      const union = { start: Math.min(...wanted.map((w) => w.start)), end: Math.max(...wanted.map((w) => w.end)) };
      wanted.fill(union);
    }
    this.panes.forEach((pane, k) => {
      const next = wanted[k]!;
      if (next.start !== pane.window.start || next.end !== pane.window.end) {
        pane.window = next;
        changed = true;
      }
    });
    if (!changed) return;
    this.version++;
    const notify = () => {
      for (const listener of this.listeners) listener();
    };
    if (flush) this.flushRender(notify);
    else notify();
  }

  private windowFor(pane: PaneState): BlockWindow {
    const el = this.el(pane);
    const { index, shift } = pane.group;
    const height = pane.clientHeight || (typeof window === 'undefined' ? 900 : window.innerHeight);
    const top = (el?.scrollTop ?? 0) - pane.bodyTop - shift;
    const { start, end } = pane.window;
    const n = index.count;
    const covers = end > start && (start === 0 || index.offset(start) <= top - height * MIN_OVERSCAN) && (end === n || index.offset(end) >= top + height * (1 + MIN_OVERSCAN));
    const tooLarge = index.offset(end) - index.offset(start) > height * (1 + 2 * OVERSCAN) * 3;
    if (covers && !tooLarge) return pane.window;
    return index.range(top - height * OVERSCAN, top + height * (1 + OVERSCAN));
  }

  // ---- measuring ----

  /**
   * After every render of the panes: measure what was rendered, level the rows, keep what the
   * user reads where it was, write spacers and heights, bring followers level, and render more
   * if the view is not covered. Runs before the frame is painted.
   */
  afterCommit(): void {
    if (this.disposed || this.panes.length === 0) return;
    const attached = this.panes.filter((p) => this.el(p) && this.elements.get(p.id)?.body);
    if (attached.length === 0) return;
    if (!this.countPass()) return;

    // Reads: geometry, then where each pane's reading line is in the model, then the blocks.
    for (const pane of attached) this.readGeometry(pane);
    const before = new Map(attached.map((pane) => [pane, this.anchorBlock(pane)]));
    const changed = this.measure(attached);

    // Heights into the indexes.
    if (this.layout === 'rows') this.levelRows(new Set([...changed.values()].flatMap((set) => [...set])));
    else for (const [pane, blocks] of changed) for (const b of blocks) pane.group.index.set(b, pane.natural[b]!);

    // Keep what each group's anchor pane shows where it was.
    const idle = performance.now() - this.lastUserScroll >= IDLE_MS;
    const groups = new Set(attached.map((p) => p.group));
    const moves: [PaneState, number][] = [];
    for (const group of groups) {
      const anchorPane = group.panes.includes(this.leader!) ? this.leader! : group.panes[0]!;
      const was = before.get(anchorPane);
      // a pane at the very top stays there: what the reader sees is the start of the text
      if (!was || (this.el(anchorPane)!.scrollTop <= 0 && group.shift === 0)) continue;
      const now = group.index.offset(was.block);
      if (idle) {
        // nothing is animating: move the scroll positions, leave no shift
        group.shift = 0;
        for (const pane of group.panes) moves.push([pane, now - was.top]);
      } else {
        group.shift = was.top - now;
        const lowest = Math.min(...group.panes.map((p) => group.index.offset(p.window.start)));
        if (lowest + group.shift < 0) {
          const delta = -(lowest + group.shift);
          group.shift += delta;
          for (const pane of group.panes) moves.push([pane, delta]);
        }
        if (!this.sync) {
          for (const pane of group.panes) {
            const b = before.get(pane);
            if (pane !== anchorPane && b) moves.push([pane, group.index.offset(b.block) + group.shift - b.top]);
          }
        }
      }
    }

    // Writes, then the scroll positions they call for.
    for (const pane of attached) {
      if (this.layout === 'rows') this.writeRowHeights(pane);
      this.writeSpacers(pane);
    }
    const tops = new Map(moves.map(([pane]) => [pane, this.el(pane)!.scrollTop]));
    for (const [pane, delta] of moves) if (delta !== 0) tops.set(pane, tops.get(pane)! + delta);
    for (const [pane, top] of tops) this.setScrollTop(pane, top);
    for (const pane of attached) this.readScrollHeight(pane);

    if (this.pending) this.applyPending();
    else if (this.sync && this.leader && this.el(this.leader)) this.follow(this.leader);
    this.refreshWindows(false);
  }

  /** Passes are counted per animation frame, so a layout that keeps changing cannot lock the page. */
  private countPass(): boolean {
    if (this.passes === 0) requestAnimationFrame(() => (this.passes = 0));
    if (++this.passes <= MAX_PASSES) return true;
    if (this.passes === MAX_PASSES + 1) requestAnimationFrame(() => this.afterCommit());
    return false;
  }

  private readGeometry(pane: PaneState): void {
    const el = this.el(pane)!;
    const body = this.elements.get(pane.id)!.body!;
    pane.bodyTop = body.offsetTop;
    pane.clientHeight = el.clientHeight;
    const width = body.clientWidth;
    if (width !== pane.boxWidth && width > 0) {
      pane.boxWidth = width;
      pane.natural.fill(0);
      pane.intra.clear();
      pane.group.index.forgetMeasurements();
      this.estimate(pane, measureBox(body, this.layout));
    }
  }

  private readScrollHeight(pane: PaneState): void {
    const el = this.el(pane);
    if (el) pane.scrollHeight = el.scrollHeight;
  }

  /** The block at a pane's reading line and its top, in the model as it stood before this pass. */
  private anchorBlock(pane: PaneState): { block: number; top: number } {
    const el = this.el(pane)!;
    const { index, shift } = pane.group;
    const y = el.scrollTop + pane.clientHeight * READING_LINE - pane.bodyTop - shift;
    const block = index.blockAt(y);
    return { block, top: index.offset(block) + shift };
  }

  /** Natural heights of the rendered blocks (and, in flowing text, where their rows start). */
  private measure(panes: readonly PaneState[]): Map<PaneState, Set<number>> {
    const all = new Map<PaneState, Set<number>>();
    for (const pane of panes) {
      const changed = new Set<number>();
      all.set(pane, changed);
      const body = this.elements.get(pane.id)!.body!;
      for (const element of body.children) {
        const index = Number((element as HTMLElement).dataset.block);
        if (!Number.isInteger(index)) continue;
        if (this.layout === 'rows') {
          const cell = element.firstElementChild;
          if (!cell) continue;
          const height = Math.ceil(cell.getBoundingClientRect().height);
          if (pane.natural[index] !== height) {
            pane.natural[index] = height;
            changed.add(index);
          }
        } else {
          const box = element.getBoundingClientRect();
          if (pane.natural[index] !== box.height) {
            pane.natural[index] = box.height;
            changed.add(index);
          }
          const block = pane.blocks[index]!;
          for (const seg of element.querySelectorAll<HTMLElement>('.seg[data-first]')) {
            const row = Number(seg.dataset.row) - 1;
            if (pane.rows.firstSegment[row]! >= block.segStart && pane.rows.firstSegment[row]! < block.segEnd) pane.intra.set(row, seg.getBoundingClientRect().top - box.top);
          }
        }
      }
    }
    this.calibrate(panes);
    return all;
  }

  /** Scale the estimates of blocks not yet measured by how the measured ones came out. */
  private calibrate(panes: readonly PaneState[]): void {
    for (const pane of panes) {
      let measured = 0;
      let estimated = 0;
      for (let i = pane.window.start; i < pane.window.end; i++) {
        if (pane.natural[i]! > 0) {
          measured += pane.natural[i]!;
          estimated += pane.raw[i]!;
        }
      }
      if (estimated <= 0) continue;
      const ratio = measured / estimated;
      // only a real difference, and not from a handful of blocks, changes every estimate
      if (Math.abs(ratio - pane.calibration) / pane.calibration < 0.03 || pane.window.end - pane.window.start < 8) continue;
      pane.calibration = ratio;
      if (this.layout === 'rows') this.levelRows(null);
      else pane.group.index.reestimate((i) => pane.raw[i]! * pane.calibration);
    }
  }

  /** Aligned rows: each row as tall as its tallest cell (estimated where not yet measured). */
  private levelRows(rows: Set<number> | null): void {
    const index = this.panes[0]!.group.index;
    const level = (r: number) => {
      let height = 0;
      let measured = true;
      for (const pane of this.panes) {
        const natural = pane.natural[r]!;
        if (natural === 0) measured = false;
        height = Math.max(height, natural > 0 ? natural : Math.round(pane.raw[r]! * pane.calibration));
      }
      index.set(r, height, measured);
    };
    if (rows) for (const r of rows) level(r);
    else for (let r = 0; r < index.count; r++) level(r);
  }

  private estimate(pane: PaneState, box: TextBox): void {
    pane.box = box;
    const witness = this.doc.witnesses[pane.witnessIndex]!;
    pane.blocks.forEach((block, i) => (pane.raw[i] = estimateBlockHeight(witness, pane.widths, block, box, this.layout)));
    if (this.layout === 'rows') {
      if (pane === this.panes[this.panes.length - 1] || this.panes.every((p) => p.box)) this.levelRows(null);
    } else pane.group.index.reestimate((i) => pane.raw[i]! * pane.calibration);
  }

  private writeRowHeights(pane: PaneState): void {
    const body = this.elements.get(pane.id)!.body!;
    const index = pane.group.index;
    for (const element of body.children) {
      const el = element as HTMLElement;
      const i = Number(el.dataset.block);
      if (!Number.isInteger(i)) continue;
      const height = `${index.height(i)}px`;
      if (el.style.height !== height) el.style.height = height;
    }
  }

  private writeSpacers(pane: PaneState): void {
    const parts = this.elements.get(pane.id);
    if (!parts?.before || !parts.after) return;
    const { index, shift } = pane.group;
    const top = `${Math.max(0, index.offset(pane.window.start) + shift)}px`;
    const bottom = `${Math.max(0, index.total() - index.offset(pane.window.end))}px`;
    if (parts.before.style.height !== top) parts.before.style.height = top;
    if (parts.after.style.height !== bottom) parts.after.style.height = bottom;
  }

  private witnessData(w: number) {
    let data = this.witnessCache.get(w);
    if (!data) {
      data = { rows: witnessRows(this.doc, w), widths: textWidths(this.doc.witnesses[w]!.text) };
      this.witnessCache.set(w, data);
    }
    return data;
  }

  private el(pane: PaneState): HTMLElement | null {
    return this.elements.get(pane.id)?.pane ?? null;
  }
}

/** A guess of a pane's lines before it is in the page. */
function defaultBox(english: boolean): TextBox {
  return { lineEm: english ? 24 : 20, linePx: 30, chromePx: 12 };
}

/** A pane's lines as its styles lay them out. */
function measureBox(body: HTMLElement, layout: Layout): TextBox {
  const style = getComputedStyle(body);
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.75;
  const inset = parseFloat(style.getPropertyValue('--cell-inset')) || 0;
  const chrome = parseFloat(style.getPropertyValue(layout === 'rows' ? '--row-chrome' : '--paragraph-chrome')) || 0;
  return { lineEm: Math.max(4, (body.clientWidth - inset) / fontSize), linePx: lineHeight, chromePx: chrome };
}
