/**
 * The elements of each pane, as React hands them over by ref: its scroll container, its body and
 * the two spacers around its rendered blocks. A container is watched for size and listened to for
 * scrolls from the moment it is attached; a ref callback is made once per pane and part, so React
 * never sees a new one.
 */
import type { PaneElement, SizeWatcher } from './page-ports.ts';

export interface PaneParts<E> {
  pane?: E | null;
  body?: E | null;
  before?: E | null;
  after?: E | null;
}

export class PaneElements<E extends PaneElement> {
  private readonly parts = new Map<string, PaneParts<E>>();
  private readonly refs = new Map<string, (element: E | null) => void>();
  /** Each pane's scroll listener, by pane id: the pane it reports is known without reading the event. */
  private readonly scrollListeners = new Map<string, () => void>();

  constructor(
    private readonly sizes: SizeWatcher<E>,
    private readonly onScroll: (id: string) => void,
  ) {}

  /** A pane's parts, as far as they are attached. */
  of(id: string): PaneParts<E> | undefined {
    return this.parts.get(id);
  }

  /** Watch every attached container's size again (after a disconnect). */
  observeAll(): void {
    for (const parts of this.parts.values()) if (parts.pane) this.sizes.observe(parts.pane);
  }

  /** All four ref callbacks of a pane, as a pane component takes them. */
  refsOf(id: string): { readonly [P in keyof Required<PaneParts<E>>]: (element: E | null) => void } {
    return { pane: this.ref(id, 'pane'), body: this.ref(id, 'body'), before: this.ref(id, 'before'), after: this.ref(id, 'after') };
  }

  /** The ref callback for one part of a pane. */
  ref(id: string, part: keyof PaneParts<E>): (element: E | null) => void {
    const key = `${id}|${part}`;
    const known = this.refs.get(key);
    if (known) return known;
    const ref = (element: E | null) => {
      const parts = this.parts.get(id) ?? {};
      const old = parts[part];
      if (old === element) return;
      if (part === 'pane' && old) {
        old.removeEventListener('scroll', this.scrollListenerOf(id));
        this.sizes.unobserve(old);
      }
      parts[part] = element;
      this.parts.set(id, parts);
      if (part === 'pane' && element) {
        element.addEventListener('scroll', this.scrollListenerOf(id), { passive: true });
        this.sizes.observe(element);
      }
    };
    this.refs.set(key, ref);
    return ref;
  }

  private scrollListenerOf(id: string): () => void {
    let listener = this.scrollListeners.get(id);
    if (!listener) this.scrollListeners.set(id, (listener = () => this.onScroll(id)));
    return listener;
  }
}
