/**
 * The pane viewport against a page of stubs (its ports): elements whose scroll positions clamp and
 * fire their scroll events when the test says (as the browser does, a frame later), a clock and a
 * frame clock the test advances, a size watcher and font loads the test triggers, and blocks whose
 * heights the test decides. What is checked is what the reader sees: panes level, the row being
 * read kept at the reading line through resizes, font loads and measuring under a scroll.
 */
import { describe, expect, it } from 'vitest';
import { PaneViewport } from '../../src/app/reader/pane-viewport.ts';
import type { PagePorts, PaneElement } from '../../src/app/reader/page-ports.ts';
import type { PaneState } from '../../src/app/reader/pane-state.ts';
import type { BuiltDocument } from '../../src/core/model.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const communique = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;

class StubElement implements PaneElement {
  private top = 0;
  private queued = false;
  /** What the pane's content measures (its spacers and rendered blocks). */
  contentHeight = 0;
  private readonly listeners = new Set<() => void>();
  constructor(
    public clientHeight = 0,
    public clientWidth = 0,
    public offsetTop = 0,
  ) {}
  get scrollHeight(): number {
    return Math.max(this.clientHeight, this.contentHeight);
  }
  get scrollTop(): number {
    return this.top;
  }
  set scrollTop(value: number) {
    const next = Math.max(0, Math.min(Math.round(value), this.scrollHeight - this.clientHeight));
    if (next === this.top) return;
    this.top = next;
    this.queued = true;
  }
  addEventListener(_type: 'scroll', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'scroll', listener: () => void): void {
    this.listeners.delete(listener);
  }
  /** The scroll event the browser fires after the position changed (the next frame). */
  fireScroll(): void {
    if (!this.queued) return;
    this.queued = false;
    for (const listener of this.listeners) listener();
  }
  /** The user scrolls the pane to `top`. */
  scrollBy(by: number): void {
    this.scrollTop = this.top + by;
    this.fireScroll();
  }
}

interface StubPane {
  readonly pane: StubElement;
  readonly body: StubElement;
  readonly before: StubElement;
  readonly after: StubElement;
}

/** A page of stubs: blocks are `heightOf(witness, block)` px tall, as rendered at `width`. */
function stubPage(heightOf: (witness: string, block: number, width: number) => number) {
  let time = 0;
  let frames: (() => void)[] = [];
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const resizeListeners = new Set<() => void>();
  const fontListeners = new Set<() => void>();
  const panes = new Map<string, StubPane>();
  const calls = { measureBox: 0, measureBlocks: 0 };
  const ownerOf = (body: StubElement) => [...panes.values()].find((p) => p.body === body || p.before === body)!;
  const ports: PagePorts<StubElement> = {
    watchSizes: (onResize) => {
      resizeListeners.add(onResize);
      return { observe: () => {}, unobserve: () => {}, disconnect: () => resizeListeners.delete(onResize) };
    },
    onFontsLoaded: (listener) => {
      fontListeners.add(listener);
      return () => fontListeners.delete(listener);
    },
    nextFrame: (fn) => void frames.push(fn),
    now: () => time,
    setTimer: (fn, ms) => {
      const timer = { at: time + ms, fn, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
    viewportHeight: () => 600,
    dom: {
      measureBox: () => {
        calls.measureBox++;
        return { lineEm: 30, linePx: 28, chromePx: 12 };
      },
      measureBlocks: (pane: PaneState, body: StubElement) => {
        calls.measureBlocks++;
        const changed = new Set<number>();
        for (let b = pane.window.start; b < pane.window.end; b++) {
          const height = heightOf(pane.id, b, body.clientWidth);
          if (pane.natural[b] !== height) {
            pane.natural[b] = height;
            changed.add(b);
          }
        }
        return changed;
      },
      writeRowHeights: () => {},
      writeSpacers: (before: StubElement, _after: StubElement, pane: PaneState) => {
        const { index, shift } = pane.group;
        ownerOf(before).pane.contentHeight = ownerOf(before).body.offsetTop + Math.max(0, index.offset(pane.window.start) + shift) + index.total() - index.offset(pane.window.start);
      },
    },
  };
  return {
    ports,
    calls,
    /** A pane's elements, attached to the viewport as React's refs would. */
    attach(viewport: PaneViewport<StubElement>, id: string, width = 500): StubPane {
      const parts = { pane: new StubElement(600, width), body: new StubElement(0, width, 40), before: new StubElement(), after: new StubElement() };
      panes.set(id, parts);
      const refs = viewport.refsOf(id);
      refs.pane(parts.pane);
      refs.body(parts.body);
      refs.before(parts.before);
      refs.after(parts.after);
      return parts;
    },
    advance(ms: number): void {
      time += ms;
      for (const timer of timers.filter((t) => t.live && t.at <= time)) {
        timer.live = false;
        timer.fn();
      }
    },
    nextFrame(): void {
      const run = frames;
      frames = [];
      for (const fn of run) fn();
    },
    resize(): void {
      for (const listener of resizeListeners) listener();
    },
    fontsLoaded(): void {
      for (const listener of fontListeners) listener();
    },
    liveTimers: () => timers.filter((t) => t.live).length,
  };
}

/** Lay out as the reader does after a render: measure until nothing changes. */
function settleLayout(viewport: PaneViewport<StubElement>, page: ReturnType<typeof stubPage>) {
  for (let k = 0; k < 5; k++) {
    viewport.afterCommit();
    page.nextFrame();
  }
}

/** A Chinese and an English pane in aligned rows: rows as tall as their taller cell. */
function alignedReader(doc: BuiltDocument = communique, heightOf = (witness: string, block: number) => (witness === 'en' ? 48 + (block % 5) * 24 : 40 + (block % 3) * 28)) {
  const page = stubPage(heightOf);
  const viewport = new PaneViewport(doc, page.ports);
  viewport.configure('rows', [0, 2]);
  const zh = page.attach(viewport, doc.witnesses[0]!.id);
  const en = page.attach(viewport, doc.witnesses[2]!.id);
  viewport.connect();
  settleLayout(viewport, page);
  return { page, viewport, zh, en };
}

describe('the pane viewport, driven through its ports', () => {
  it('moves the other pane level with the one scrolled, in the same event, and takes the echo of its own move as no scroll', () => {
    const { page, viewport, zh, en } = alignedReader();
    expect(zh.pane.scrollHeight).toBeGreaterThan(2000);
    zh.pane.scrollBy(700);
    expect(en.pane.scrollTop).toBe(700);
    expect(page.liveTimers()).toBe(1);
    // the English pane's scroll event, a frame later, is the move the viewport made
    en.pane.fireScroll();
    expect(page.liveTimers()).toBe(1);
    expect(zh.pane.scrollTop).toBe(700);
    // a scroll of the English pane by the user leads in its turn
    en.pane.scrollBy(-300);
    expect(zh.pane.scrollTop).toBe(400);
    expect(viewport.readingPosition()!.row).toBeGreaterThan(0);
  });

  it('with sync off leaves the other pane where it is; turned on, brings it level with the pane last scrolled', () => {
    const { viewport, zh, en } = alignedReader();
    viewport.setSync(false);
    zh.pane.scrollBy(900);
    expect(en.pane.scrollTop).toBe(0);
    viewport.setSync(true);
    expect(en.pane.scrollTop).toBe(900);
  });

  it('renders, before the panes are laid out, a window as tall as the viewport height it is given', () => {
    const page = stubPage(() => 30);
    const viewport = new PaneViewport(communique, page.ports);
    viewport.configure('rows', [0]);
    const { window } = viewport.paneView(communique.witnesses[0]!.id);
    // 600 px and as much again below, of rows estimated from their text
    expect(window.start).toBe(0);
    expect(window.end).toBeGreaterThan(3);
    expect(window.end).toBeLessThan(communique.rows.length);
  });

  it('a narrower window (the size watcher) re-measures the lines and keeps the row being read at the reading line', () => {
    let scale = 1;
    const { page, viewport, zh, en } = alignedReader(communique, (witness, block) => Math.round((witness === 'en' ? 60 : 44 + (block % 4) * 20) * scale));
    zh.pane.scrollBy(800);
    page.advance(500);
    const before = viewport.readingPosition()!;
    const boxes = page.calls.measureBox;
    scale = 1.6;
    for (const p of [zh, en]) p.body.clientWidth = p.pane.clientWidth = 320;
    page.resize();
    settleLayout(viewport, page);
    expect(page.calls.measureBox).toBeGreaterThan(boxes);
    const after = viewport.readingPosition()!;
    expect(after.row).toBe(before.row);
    expect(Math.abs(after.fraction - before.fraction)).toBeLessThan(0.1);
    expect(en.pane.scrollTop).toBe(zh.pane.scrollTop);
  });

  it('fonts loaded: every pane is estimated and measured again, and the reading row stays', () => {
    let scale = 1;
    const { page, viewport, zh } = alignedReader(communique, (_witness, block) => Math.round((50 + (block % 3) * 30) * scale));
    zh.pane.scrollBy(1000);
    page.advance(500);
    const before = viewport.readingPosition()!;
    const boxes = page.calls.measureBox;
    scale = 1.25;
    page.fontsLoaded();
    settleLayout(viewport, page);
    expect(page.calls.measureBox).toBe(boxes + 2);
    expect(viewport.readingPosition()!.row).toBe(before.row);
    viewport.disconnect();
    page.fontsLoaded();
    expect(page.calls.measureBox).toBe(boxes + 2);
  });

  it('heights that change above the reader while they scroll go into a shift, settled into the scroll positions once scrolling stops; nothing moves on screen', () => {
    let scale = 1;
    const { page, viewport, zh, en } = alignedReader(communique, (_witness, block) => Math.round((50 + (block % 3) * 30) * scale));
    zh.pane.scrollBy(1200);
    en.pane.fireScroll();
    const before = viewport.readingPosition()!;
    const top = zh.pane.scrollTop;
    // still scrolling (40 ms since the last event): measuring must not set a scroll position under the wheel
    page.advance(40);
    scale = 1.5;
    viewport.afterCommit();
    expect(zh.pane.scrollTop).toBe(top);
    expect(viewport.readingPosition()!.row).toBe(before.row);
    // scrolling stopped: the shift goes into the scroll positions, the row read stays
    page.advance(200);
    expect(zh.pane.scrollTop).not.toBe(top);
    expect(en.pane.scrollTop).toBe(zh.pane.scrollTop);
    expect(viewport.readingPosition()!.row).toBe(before.row);
  });

  it('passes of measuring are capped per frame, and the rest runs on the next frame (a layout that keeps changing cannot lock the page)', () => {
    const { page, viewport } = alignedReader();
    const start = page.calls.measureBlocks;
    for (let k = 0; k < 10; k++) viewport.afterCommit();
    expect(page.calls.measureBlocks - start).toBe(6 * 2);
    page.nextFrame();
    expect(page.calls.measureBlocks - start).toBe(7 * 2);
  });
});
