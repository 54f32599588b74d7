/** Which texts are shown, in what order, and how: the layout and synchronized scrolling. */
import type { Slice } from './slice.ts';
import type { TextsActions, TextsState } from './state.ts';

export const TEXTS: TextsState = { shown: [], layout: 'rows', sync: true };

export const textsSlice: Slice<TextsState, TextsActions> = (set, get, { ready }) => ({
  ...TEXTS,
  toggleWitness: (id) => {
    const { shown } = get();
    if (shown.includes(id)) {
      if (shown.length > 1) set({ shown: shown.filter((w) => w !== id) });
      return;
    }
    const order = ready()?.witnesses.map((w) => w.id) ?? [];
    if (!order.includes(id)) return;
    // back in its place in the document's order, relative to the witnesses shown
    const next = [...shown];
    const after = order.slice(0, order.indexOf(id)).reverse().find((w) => shown.includes(w));
    next.splice(after === undefined ? 0 : next.indexOf(after) + 1, 0, id);
    set({ shown: next });
  },
  moveWitness: (id, by) => {
    const shown = [...get().shown];
    const at = shown.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= shown.length) return;
    [shown[at], shown[to]] = [shown[to]!, shown[at]!];
    set({ shown });
  },
  setLayout: (layout) => set({ layout }),
  setSync: (on) => set({ sync: on }),
});
