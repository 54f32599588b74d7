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
 * The arithmetic is pure and tested (`src/core/reader/`); what the viewport knows of each pane is in
 * `pane-state.ts`; the page (sizes, fonts, the frame clock, time, the elements' geometry, and the
 * reads and writes of `pane-dom.ts`) comes in as ports (`page-ports.ts`), so that this class, which
 * runs them, is unit-tested against stubs.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { textWidths, witnessRows, type PaneBlock, type WitnessRows } from '../../core/reader/pane-blocks.ts';
import { followerScrollTop, offsetOfRow, rowAtOffset } from '../../core/reader/scroll-sync.ts';
import type { Layout } from '../../core/reader/view-state.ts';
import { defaultBox } from './pane-dom.ts';
import type { PagePorts, PaneElement, SizeWatcher } from './page-ports.ts';
import { PaneElements, type PaneParts } from './pane-elements.ts';
import { ScrollEchoes } from './scroll-echoes.ts';
import { estimatePane, levelRows, OVERSCAN, paneAnchors, READING_LINE, type BlockWindow, type PaneState } from './pane-state.ts';
import { anchorMoves, buildPanes, wantedWindows } from './pane-layout.ts';
import { anchorBlock, measureBlocks, readGeometry, readScrollHeight, writeRowHeights, writeSpacers, type MeasureContext } from './pane-measure.ts';

export { READING_LINE, type BlockWindow };
/** Milliseconds without a scroll event after which scrolling has stopped. */
const IDLE_MS = 150;
/** Passes of render-measure-sync allowed within one frame before the rest waits for the next. */
const MAX_PASSES = 6;

/** The reading position: a row, and how far into it the reading line is. */
export interface ReadingPosition {
  readonly row: number;
  readonly fraction: number;
  /** Pixels to place the row above the reading line (a row brought into view sits just above it). */
  readonly lead?: number;
}

export class PaneViewport<E extends PaneElement = HTMLElement> {
  private doc: BuiltDocument;
  private readonly page: PagePorts<E>;
  private readonly elements: PaneElements<E>;
  private readonly witnessCache = new Map<number, { rows: WitnessRows; widths: Float32Array }>();
  private panes: PaneState[] = [];
  private layout: Layout = 'rows';
  private configKey = '';
  private sync = true;
  private leader: PaneState | null = null;
  private readonly echoes: ScrollEchoes<E>;
  private pending: ReadingPosition | null = null;
  private lastUserScroll = -Infinity;
  private cancelIdle: () => void = () => {};
  private passes = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly sizes: SizeWatcher<E>;
  private stopFonts: () => void = () => {};
  private flushRender: (fn: () => void) => void = (fn) => fn();
  private disposed = false;

  constructor(doc: BuiltDocument, page: PagePorts<E>) {
    this.doc = doc;
    this.page = page;
    this.sizes = page.watchSizes(() => this.onResize());
    this.elements = new PaneElements(this.sizes, (id) => this.onScroll(id));
    this.echoes = new ScrollEchoes(() => page.now());
  }

  /** Start watching pane sizes and font loads (from an effect; `disconnect` undoes it). */
  connect(): void {
    this.disposed = false;
    this.elements.observeAll();
    this.stopFonts();
    this.stopFonts = this.page.onFontsLoaded(this.onFontsLoaded);
  }

  disconnect(): void {
    this.disposed = true;
    this.cancelIdle();
    this.sizes.disconnect();
    this.stopFonts();
    this.stopFonts = () => {};
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
    this.panes = buildPanes(this.doc, layout, witnessIndices, (w) => this.witnessData(w));
    for (const pane of this.panes) {
      estimatePane(this.doc, this.layout, this.panes, pane, defaultBox(this.doc.witnesses[pane.witnessIndex]!.lang === 'en'));
      pane.window = pane.group.index.range(0, this.page.viewportHeight() * (1 + OVERSCAN));
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

  /** All four ref callbacks of a pane, as a pane component takes them. */
  refsOf(id: string): ReturnType<PaneElements<E>['refsOf']> {
    return this.elements.refsOf(id);
  }

  /** The ref callback for one part of a pane (its scroll container, its body, a spacer). */
  ref(id: string, part: keyof PaneParts<E>): (element: E | null) => void {
    return this.elements.ref(id, part);
  }

  // ---- reading position and scrolling to a row ----

  /** The row at the reading line of the pane last scrolled (or the first), and how far into it. */
  readingPosition(): ReadingPosition | null {
    const pane = this.leader ?? this.panes[0];
    const el = pane && this.el(pane);
    if (!pane || !el) return null;
    const anchors = paneAnchors(this.doc, this.layout, pane);
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
    const anchors = paneAnchors(this.doc, this.layout, pane);
    const top = anchors.anchor(row) - el.scrollTop;
    const bottom = anchors.anchor(row + 1) - el.scrollTop;
    return top >= pane.bodyTop && bottom <= pane.clientHeight - 8;
  }

  private applyPending(): void {
    const position = this.pending;
    const pane = this.leader ?? this.panes[0];
    if (!position || !pane || !this.el(pane)) return;
    const anchors = paneAnchors(this.doc, this.layout, pane);
    const y = offsetOfRow(anchors, Math.min(position.row, anchors.rowCount - 1), position.fraction);
    this.setScrollTop(pane, y - anchors.readingLine + (position.lead ?? 0));
    if (this.sync) this.follow(pane);
  }

  // ---- events ----

  private onScroll(id: string): void {
    const pane = this.panes.find((p) => p.id === id);
    const el = pane && this.el(pane);
    if (!pane || !el) return;
    if (this.echoes.isEcho(el)) {
      this.refreshWindows(true);
      return;
    }
    // A scroll we did not cause: the user's (wheel, keys, scrollbar, touch) or a script's. It leads.
    this.lastUserScroll = this.page.now();
    this.pending = null;
    this.leader = pane;
    if (this.sync) this.follow(pane);
    this.refreshWindows(true);
    this.cancelIdle();
    this.cancelIdle = this.page.setTimer(this.settle, IDLE_MS);
  }

  private readonly onResize = (): void => {
    if (this.disposed) return;
    this.afterCommit();
  };

  /** The text's size changed (the reader's A− / A+): every block is estimated and measured again. */
  textResized(): void {
    this.onFontsLoaded();
  }

  private readonly onFontsLoaded = (): void => {
    for (const pane of this.panes) pane.boxWidth = -1;
    this.afterCommit();
  };

  /** Scrolling has stopped: settle any shift into the scroll positions (nothing moves on screen). */
  private readonly settle = (): void => {
    if (this.disposed) return;
    if (this.page.now() - this.lastUserScroll < IDLE_MS) {
      this.cancelIdle = this.page.setTimer(this.settle, IDLE_MS);
      return;
    }
    const groups = new Set(this.panes.map((p) => p.group));
    for (const group of groups) {
      if (group.shift === 0) continue;
      const shift = group.shift;
      const tops = group.panes.map((p) => this.el(p)?.scrollTop ?? 0);
      group.shift = 0;
      for (const pane of group.panes) writeSpacers(this.measuring, pane);
      group.panes.forEach((pane, k) => this.setScrollTop(pane, tops[k]! - shift));
    }
    for (const pane of this.panes) readScrollHeight(this.measuring, pane);
  };

  // ---- following ----

  private follow(source: PaneState): void {
    const el = this.el(source);
    if (!el) return;
    const from = paneAnchors(this.doc, this.layout, source);
    for (const pane of this.panes) {
      if (pane === source || !this.el(pane)) continue;
      // panes sharing aligned rows have the same heights: the same position, past their titles
      const top = pane.group === source.group ? el.scrollTop - source.bodyTop + pane.bodyTop : followerScrollTop(from, el.scrollTop, paneAnchors(this.doc, this.layout, pane));
      this.setScrollTop(pane, top);
    }
  }

  private setScrollTop(pane: PaneState, top: number): void {
    const el = this.el(pane);
    if (el) this.echoes.scrollTo(el, top);
  }

  // ---- windows ----

  /** Recompute which blocks each pane renders; render now (`flush`) or let React pick it up. */
  private refreshWindows(flush: boolean): void {
    let changed = false;
    const wanted = wantedWindows(this.panes, this.layout, this.sync, (pane) => this.el(pane)?.scrollTop ?? 0, this.page.viewportHeight());
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

  // ---- measuring ----

  /**
   * After every render of the panes: measure what was rendered, level the rows, keep what the
   * user reads where it was, write spacers and heights, bring followers level, and render more
   * if the view is not covered. Runs before the frame is painted.
   */
  afterCommit(): void {
    if (this.disposed || this.panes.length === 0) return;
    const attached = this.panes.filter((p) => this.el(p) && this.elements.of(p.id)?.body);
    if (attached.length === 0) return;
    if (!this.countPass()) return;

    // Reads: where each pane's reading line was in the model (before a new width throws its
    // heights away: the block read then is the one to keep in place), then geometry, then the blocks.
    const before = new Map(attached.map((pane) => [pane, anchorBlock(this.measuring, pane)]));
    for (const pane of attached) readGeometry(this.measuring, pane);
    const changed = measureBlocks(this.measuring, attached);

    // Heights into the indexes.
    if (this.layout === 'rows') levelRows(this.panes, new Set([...changed.values()].flatMap((set) => [...set])));
    else for (const [pane, blocks] of changed) for (const b of blocks) pane.group.index.set(b, pane.natural[b]!);

    // Keep what each group's anchor pane shows where it was.
    const idle = this.page.now() - this.lastUserScroll >= IDLE_MS;
    const moves = anchorMoves(new Set(attached.map((p) => p.group)), before, { leader: this.leader, idle, sync: this.sync, scrollTopOf: (pane) => this.el(pane)!.scrollTop });

    // Writes, then the scroll positions they call for.
    for (const pane of attached) {
      if (this.layout === 'rows') writeRowHeights(this.measuring, pane);
      writeSpacers(this.measuring, pane);
    }
    const tops = new Map(moves.map(([pane]) => [pane, this.el(pane)!.scrollTop]));
    for (const [pane, delta] of moves) if (delta !== 0) tops.set(pane, tops.get(pane)! + delta);
    for (const [pane, top] of tops) this.setScrollTop(pane, top);
    for (const pane of attached) readScrollHeight(this.measuring, pane);

    if (this.pending) this.applyPending();
    else if (this.sync && this.leader && this.el(this.leader)) this.follow(this.leader);
    this.refreshWindows(false);
  }

  /** Passes are counted per animation frame, so a layout that keeps changing cannot lock the page. */
  private countPass(): boolean {
    if (this.passes === 0) this.page.nextFrame(() => (this.passes = 0));
    if (++this.passes <= MAX_PASSES) return true;
    if (this.passes === MAX_PASSES + 1) this.page.nextFrame(() => this.afterCommit());
    return false;
  }

  /** What measuring reads and writes through, as the viewport stands now. */
  private get measuring(): MeasureContext<E> {
    return { page: this.page, parts: (id) => this.elements.of(id), doc: this.doc, layout: this.layout, panes: this.panes };
  }

  private witnessData(w: number) {
    let data = this.witnessCache.get(w);
    if (!data) {
      data = { rows: witnessRows(this.doc, w), widths: textWidths(this.doc.witnesses[w]!.text) };
      this.witnessCache.set(w, data);
    }
    return data;
  }

  private el(pane: PaneState): E | null {
    return this.elements.of(pane.id)?.pane ?? null;
  }
}
