/**
 * What a handout prints, from its options and the reader's view, checked against the document:
 * unknown witness ids are dropped, the rows are kept inside the document, and the answer key is
 * printed only when a printed text is hidden (`printsAnswerKey`). Pure, so the handout view only renders it.
 */
import type { HandoutOptions } from './handout-options.ts';

export interface HandoutView {
  /** The witnesses shown in the reader, in order. */
  readonly shown: readonly string[];
  readonly hidden: ReadonlySet<string>;
  readonly pinyin: boolean;
  /** Marked rows, 0-based, inclusive; null for none. */
  readonly range: { readonly from: number; readonly to: number } | null;
}

export interface HandoutPlan {
  /** Indices into the document's witnesses, in the order printed. */
  readonly texts: readonly number[];
  /** Ids of the printed texts printed as lines to write on. */
  readonly hidden: ReadonlySet<string>;
  /** The hidden texts again, after a page break, under "Answer key" (printed when a text is hidden). */
  readonly answerKey: boolean;
  readonly pinyin: boolean;
  /** Whether the notes column may be printed (it is, when a printed row has a note). */
  readonly notes: boolean;
  /** 0-based, inclusive. */
  readonly from: number;
  readonly to: number;
}

interface PlannedDocument {
  readonly witnesses: readonly { readonly id: string }[];
  readonly rows: { readonly length: number };
}

/** The handout of `doc` that `options` ask for over `view`. */
export function planHandout(doc: PlannedDocument, view: HandoutView, options: HandoutOptions = {}): HandoutPlan {
  const index = (id: string) => doc.witnesses.findIndex((w) => w.id === id);
  const known = (ids: readonly string[]) => ids.map(index).filter((i, k, all) => i >= 0 && all.indexOf(i) === k);
  // texts the document does not have are dropped; none left, the view's; none there, every text
  const chosen = known(options.texts ?? []);
  const fromView = chosen.length > 0 ? chosen : known(view.shown);
  const texts = fromView.length > 0 ? fromView : doc.witnesses.map((_, i) => i);
  const printed = new Set(texts.map((i) => doc.witnesses[i]!.id));
  const hidden = new Set((options.hide ?? [...view.hidden]).filter((id) => printed.has(id)));
  const last = Math.max(0, doc.rows.length - 1);
  const asked = options.rows ? { from: options.rows.from - 1, to: options.rows.to - 1 } : view.range;
  const from = Math.min(Math.max(0, asked?.from ?? 0), last);
  const to = Math.min(Math.max(from, asked?.to ?? last), last);
  return { texts, hidden, answerKey: options.key === true, pinyin: options.pinyin ?? view.pinyin, notes: options.notes ?? true, from, to };
}

/** The options that give `plan` over `view`, with what the view already says left out (for the URL). */
export function handoutOptionsOf(plan: HandoutPlan, view: HandoutView, doc: PlannedDocument): HandoutOptions {
  const ids = plan.texts.map((i) => doc.witnesses[i]!.id);
  const hide = ids.filter((id) => plan.hidden.has(id));
  const viewHide = ids.filter((id) => view.hidden.has(id));
  const viewFrom = view.range?.from ?? 0;
  const viewTo = view.range?.to ?? doc.rows.length - 1;
  return {
    ...(ids.join(',') !== view.shown.join(',') ? { texts: ids } : {}),
    ...(hide.join(',') !== viewHide.join(',') ? { hide } : {}),
    ...(plan.answerKey ? { key: true } : {}),
    ...(plan.pinyin !== view.pinyin ? { pinyin: plan.pinyin } : {}),
    ...(plan.notes ? {} : { notes: false }),
    ...(plan.from !== viewFrom || plan.to !== viewTo ? { rows: { from: plan.from + 1, to: plan.to + 1 } } : {}),
  };
}

/** Whether the answer key is printed: asked for, and a printed text is hidden. */
export const printsAnswerKey = (plan: HandoutPlan): boolean => plan.answerKey && plan.hidden.size > 0;
