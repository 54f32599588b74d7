/** The reader's view as it lives in the URL: document, witnesses shown and their order, current row, layout. */

export type Layout = 'rows' | 'flow';

export interface ViewState {
  readonly doc?: string;
  /** Witness ids shown, in order; absent for "all, in the document's order". */
  readonly witnesses?: readonly string[];
  /** 1-based; absent for none. */
  readonly row?: number;
  readonly layout?: Layout;
}

/** The view a URL's query string describes; what it does not say stays absent. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const doc = params.get('doc') ?? undefined;
  const witnesses = params.get('w')?.split(',').map((s) => s.trim()).filter(Boolean);
  const rowText = params.get('row');
  const row = rowText && /^\d+$/.test(rowText) && Number(rowText) > 0 ? Number(rowText) : undefined;
  const layoutText = params.get('layout');
  const layout = layoutText === 'rows' || layoutText === 'flow' ? layoutText : undefined;
  return {
    ...(doc ? { doc } : {}),
    ...(witnesses && witnesses.length > 0 ? { witnesses } : {}),
    ...(row ? { row } : {}),
    ...(layout ? { layout } : {}),
  };
}

/** The query string for a view (`?doc=…&w=…&row=…&layout=…`). */
export function viewStateQuery(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.doc) params.set('doc', view.doc);
  if (view.witnesses && view.witnesses.length > 0) params.set('w', view.witnesses.join(','));
  if (view.row) params.set('row', String(view.row));
  if (view.layout && view.layout !== 'rows') params.set('layout', view.layout);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
