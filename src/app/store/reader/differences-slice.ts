/** The differences between the Chinese texts: which kinds are shown, the one whose details are open, stepping through them, and the list of all of them. */
import { stepVariant, variantsInOrder } from '../../../core/reader/document-guide.ts';
import { VARIANT_CATEGORIES } from '../../../core/model-variant.ts';
import type { Slice } from './slice.ts';
import type { DifferencesActions, DifferencesState } from './state.ts';

export const DIFFERENCES: DifferencesState = { hiddenCategories: new Set(), openVariant: null, listOpen: false };

export const differencesSlice: Slice<DifferencesState, DifferencesActions> = (set, get, { ready, jumpTo }) => {
  /** Hide these kinds of difference; the open one closes if it is of them. */
  const hideCategories = (hidden: ReadonlySet<string>) => {
    const open = get().openVariant;
    const openCategory = open === null ? undefined : ready()?.variants?.items[open]?.category;
    set({ hiddenCategories: hidden, ...(openCategory && hidden.has(openCategory) ? { openVariant: null } : {}) });
  };
  return {
    ...DIFFERENCES,
    showOnlyCategories: (categories) => hideCategories(new Set(VARIANT_CATEGORIES.filter((c) => !categories.includes(c)))),
    toggleCategory: (category) => {
      const hidden = new Set(get().hiddenCategories);
      if (hidden.has(category)) hidden.delete(category);
      else hidden.add(category);
      hideCategories(hidden);
    },
    openVariantDetails: (index) => set({ openVariant: index }),
    stepDifference: (by) => {
      const doc = ready();
      if (!doc) return null;
      const { openVariant, currentRow, hiddenCategories } = get();
      const next = stepVariant(doc, variantsInOrder(doc, hiddenCategories), openVariant, currentRow, by);
      if (next === null) return null;
      const row = doc.variants!.items[next]!.row;
      set({ openVariant: next, currentRow: row, jump: jumpTo(row, false) });
      return next;
    },
    setListOpen: (open) => set({ listOpen: open }),
  };
};
