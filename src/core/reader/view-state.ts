/**
 * The reader's view as it lives in the URL, so that a link reopens it: the document, the
 * witnesses shown and their order, the current row (1-based, as shown), the layout, whether
 * scrolling is synchronized, and which kinds of difference are hidden.
 */

import { parseHandoutOptions, setHandoutParams, type HandoutOptions } from './handout-options.ts';

export type Layout = 'rows' | 'flow' | 'interlinear';

/** The text sizes the reader offers, as a factor of the base size. */
export const TEXT_SIZES = [0.85, 0.92, 1, 1.1, 1.2, 1.35, 1.5, 1.7] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const isTextSize = (value: number): value is TextSize => (TEXT_SIZES as readonly number[]).includes(value);

export interface ViewState {
  readonly doc?: string;
  /** A saved project of the user's, by id (instead of a corpus document). */
  readonly project?: string;
  /** The page for bringing new texts. */
  readonly newTexts?: boolean;
  /** Witness ids shown, in order; absent for "all, in the document's order". */
  readonly witnesses?: readonly string[];
  /** 1-based; absent for none. */
  readonly row?: number;
  /** Absent for the default, aligned rows. */
  readonly layout?: Layout;
  /** False when scrolling is not synchronized; absent for the default, on. */
  readonly sync?: boolean;
  /** Variant categories hidden; absent for none. */
  readonly hide?: readonly string[];
  /** A range of rows (1-based, inclusive) a link points to: `rows=12-15`. */
  readonly range?: { readonly from: number; readonly to: number };
  /** Witnesses whose text is hidden, to be revealed row by row (a class translating first). */
  readonly hidden?: readonly string[];
  /** Pinyin above the Chinese; absent for off. */
  readonly pinyin?: boolean;
  /** Words: the dictionary card and counterparts; absent for off. */
  readonly words?: boolean;
  /** The text size; absent for the size this browser last used. */
  readonly size?: TextSize;
  /** The print handout of this view. */
  readonly handout?: boolean;
  /** The handout's own choices (texts, hidden, answer key, pinyin, notes, rows); absent: as the view is. */
  readonly handoutOptions?: HandoutOptions;
  /** The Chinese witness the others are compared with; absent for the document's own (its first). */
  readonly base?: string;
}

const list = (text: string | null) => text?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];

/** The view a URL's query string describes; what it does not say, or says wrongly, stays absent. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const doc = params.get('doc')?.trim();
  const project = params.get('project')?.trim();
  const newTexts = params.has('new');
  const witnesses = list(params.get('w'));
  const rowText = params.get('row');
  const row = rowText && /^\d+$/.test(rowText) && Number(rowText) > 0 ? Number(rowText) : undefined;
  const layoutText = params.get('layout');
  const layout = layoutText === 'rows' || layoutText === 'flow' || layoutText === 'interlinear' ? layoutText : undefined;
  const syncText = params.get('sync');
  const sync = syncText === 'off' ? false : syncText === 'on' ? true : undefined;
  const hide = list(params.get('hide'));
  const rangeMatch = /^(\d+)-(\d+)$/.exec(params.get('rows') ?? '');
  const range = rangeMatch && Number(rangeMatch[1]) > 0 && Number(rangeMatch[2]) >= Number(rangeMatch[1]) ? { from: Number(rangeMatch[1]), to: Number(rangeMatch[2]) } : undefined;
  const hidden = list(params.get('hidden'));
  const pinyin = params.get('pinyin') === 'on';
  const words = params.get('words') === 'on';
  const sizeText = params.get('size');
  const sizeValue = sizeText !== null && /^\d+(\.\d+)?$/.test(sizeText) ? Number(sizeText) : NaN;
  const size = isTextSize(sizeValue) ? sizeValue : undefined;
  const handout = params.has('handout');
  const base = params.get('base')?.trim();
  const handoutOptions = parseHandoutOptions(params);
  return {
    ...(doc ? { doc } : {}),
    ...(project ? { project } : {}),
    ...(newTexts ? { newTexts } : {}),
    ...(witnesses.length > 0 ? { witnesses } : {}),
    ...(row ? { row } : {}),
    ...(layout ? { layout } : {}),
    ...(sync !== undefined ? { sync } : {}),
    ...(hide.length > 0 ? { hide } : {}),
    ...(range ? { range } : {}),
    ...(hidden.length > 0 ? { hidden } : {}),
    ...(pinyin ? { pinyin } : {}),
    ...(words ? { words } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(handout ? { handout } : {}),
    ...(handoutOptions ? { handoutOptions } : {}),
    ...(base ? { base } : {}),
  };
}

/** The query string for a view (`?doc=…&w=…&row=…&layout=flow&sync=off&hide=…`, `?project=…`, `?new`); defaults are left out. */
export function viewStateQuery(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.newTexts) return '?new';
  if (view.doc) params.set('doc', view.doc);
  if (view.project) params.set('project', view.project);
  if (view.witnesses && view.witnesses.length > 0) params.set('w', view.witnesses.join(','));
  if (view.row) params.set('row', String(view.row));
  if (view.layout && view.layout !== 'rows') params.set('layout', view.layout);
  if (view.sync === false) params.set('sync', 'off');
  if (view.hide && view.hide.length > 0) params.set('hide', view.hide.join(','));
  if (view.range) params.set('rows', `${view.range.from}-${view.range.to}`);
  if (view.hidden && view.hidden.length > 0) params.set('hidden', view.hidden.join(','));
  if (view.pinyin) params.set('pinyin', 'on');
  if (view.words) params.set('words', 'on');
  if (view.size !== undefined) params.set('size', String(view.size));
  if (view.base) params.set('base', view.base);
  if (view.handout) params.set('handout', '');
  setHandoutParams(params, view.handoutOptions);
  const query = params.toString().replace(/%2C/g, ',').replace(/handout=(&|$)/, 'handout$1');
  return query ? `?${query}` : '';
}

/** The view a lesson keeps with its document: how the texts are shown, not where the reader is. */
export type LessonView = Pick<ViewState, 'witnesses' | 'layout' | 'sync' | 'hide' | 'hidden' | 'pinyin' | 'words' | 'size'>;
const LESSON_FIELDS = ['witnesses', 'layout', 'sync', 'hide', 'hidden', 'pinyin', 'words', 'size'] as const satisfies readonly (keyof LessonView)[];

/** The lesson's part of a view. */
export function lessonViewOf(view: ViewState): LessonView {
  const lesson: Record<string, unknown> = {};
  for (const field of LESSON_FIELDS) if (view[field] !== undefined) lesson[field] = view[field];
  return lesson;
}

/**
 * A view with its document's kept lesson filled in, unless the view says something of its own
 * about how the texts are shown (a link made with a view keeps that view; a bare link, or
 * reopening from the library, gets the lesson back).
 */
export function withLessonView(view: ViewState | undefined, lesson: LessonView | null): ViewState | undefined {
  if (!lesson) return view;
  if (view && LESSON_FIELDS.some((field) => view[field] !== undefined)) return view;
  return { ...view, ...lesson };
}
