/**
 * The handout's options as they live in the URL beside `handout`, so that a link reopens the same
 * handout: which texts are printed (`htexts`), which of them are hidden and printed as lines to
 * write on (`hhide`, `none` for none), an answer key after them (`key=on`), pinyin (`hpinyin=on|off`),
 * the notes column (`hnotes=off`) and a range of rows (`hrows=3-9`, 1-based). What is absent follows
 * the reader's view (its texts shown, hidden, pinyin and marked rows); what is invalid is ignored.
 */

export interface HandoutOptions {
  /** Witness ids printed, in order; absent for the texts the view shows. */
  readonly texts?: readonly string[];
  /** Witness ids printed as ruled lines (empty: none); absent for the texts the view hides. */
  readonly hide?: readonly string[];
  /** The hidden texts printed again after the handout, under "Answer key". */
  readonly key?: boolean;
  /** Pinyin over the Chinese; absent for the view's choice. */
  readonly pinyin?: boolean;
  /** False to leave the notes column out even where there are notes. */
  readonly notes?: boolean;
  /** 1-based, inclusive; absent for the view's marked rows, else all. */
  readonly rows?: { readonly from: number; readonly to: number };
}

const NONE = 'none';
const ids = (text: string | null) => text?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
const onOff = (text: string | null) => (text === 'on' ? true : text === 'off' ? false : undefined);

/** `3-9` as rows 3 to 9; null for anything else (reversed, zero, not numbers). */
export function parseRowRange(text: string | null): { from: number; to: number } | null {
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from > 0 && to >= from ? { from, to } : null;
}

/** The handout options a query string holds; absent when it holds none. */
export function parseHandoutOptions(params: URLSearchParams): HandoutOptions | undefined {
  const texts = ids(params.get('htexts'));
  const hideText = params.get('hhide');
  const hide = hideText === null ? null : hideText.trim() === NONE ? [] : ids(hideText);
  const key = params.get('key') === 'on';
  const pinyin = onOff(params.get('hpinyin'));
  const notes = params.get('hnotes') === 'off' ? false : undefined;
  const rows = parseRowRange(params.get('hrows'));
  const options: HandoutOptions = {
    ...(texts.length > 0 ? { texts } : {}),
    // `hhide=` with no ids says nothing; `hhide=none` says none
    ...(hide !== null && (hide.length > 0 || hideText?.trim() === NONE) ? { hide } : {}),
    ...(key ? { key } : {}),
    ...(pinyin !== undefined ? { pinyin } : {}),
    ...(notes === false ? { notes } : {}),
    ...(rows ? { rows } : {}),
  };
  return Object.keys(options).length > 0 ? options : undefined;
}

/** Write the options into `params` (defaults left out), the inverse of `parseHandoutOptions`. */
export function setHandoutParams(params: URLSearchParams, options: HandoutOptions | undefined): void {
  if (!options) return;
  if (options.texts && options.texts.length > 0) params.set('htexts', options.texts.join(','));
  if (options.hide) params.set('hhide', options.hide.length > 0 ? options.hide.join(',') : NONE);
  if (options.key) params.set('key', 'on');
  if (options.pinyin !== undefined) params.set('hpinyin', options.pinyin ? 'on' : 'off');
  if (options.notes === false) params.set('hnotes', 'off');
  if (options.rows) params.set('hrows', `${options.rows.from}-${options.rows.to}`);
}
