/**
 * The reader: the document's header, the controls (witnesses, layout, sync, the variant legend
 * that doubles as a filter, next/previous substantive difference), the panes, and the panel with
 * a difference's details. Which blocks each pane renders, and synchronized scrolling, belong to
 * the `PaneViewport`; this component renders what it says and tells it when the page changed.
 */
import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { BuiltDocument } from '../../core/model.ts';
import { sectionHeadings } from '../../core/reader/document-guide.ts';
import { witnessRows } from '../../core/reader/pane-blocks.ts';
import { documentMarks, NO_PANE_MARKS } from '../../core/reader/segment-marks.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { UNSURE_BELOW, type PaneContext } from './blocks.tsx';
import { Controls } from './Controls.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { Pane } from './Pane.tsx';
import { PaneViewport } from './pane-viewport.ts';
import { RowHighlights } from './RowHighlights.tsx';
import { usePointerRows } from './use-pointer-rows.ts';
import { useReaderKeys } from './use-reader-keys.ts';
import { VariantDetails } from './VariantDetails.tsx';

/** `editor`, for a user's project, stands between the controls and the panes; `threshold` flags unsure rows. */
export function Reader({ doc, editor, threshold = UNSURE_BELOW }: { doc: BuiltDocument; editor?: ReactNode; threshold?: number }) {
  const store = useReaderStoreApi();
  const shown = useReaderStore((s) => s.shown);
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const jump = useReaderStore((s) => s.jump);
  const witnessIndices = useMemo(() => shown.map((id) => doc.witnesses.findIndex((w) => w.id === id)).filter((i) => i >= 0), [doc, shown]);
  const contexts = usePaneContexts(doc, hidden, threshold);

  const [viewport] = useState(() => new PaneViewport(doc));
  viewport.setFlush(flushSync);
  viewport.setDocument(doc);
  viewport.configure(layout, witnessIndices);
  useSyncExternalStore(viewport.subscribe, viewport.getVersion);
  // After every render: measure, level, sync (before the frame is painted). Then any jump asked for.
  useLayoutEffect(() => viewport.afterCommit());
  useLayoutEffect(() => {
    if (jump) viewport.scrollToRow(jump.row, jump.nearest, false);
  }, [viewport, jump]);
  useEffect(() => {
    viewport.connect();
    return () => viewport.disconnect();
  }, [viewport]);
  useEffect(() => viewport.setSync(sync), [viewport, sync]);

  useReaderKeys(store);
  const pointer = usePointerRows(store);

  return (
    <div className="reader">
      <DocumentHeader doc={doc} />
      <Controls doc={doc} />
      {editor}
      <RowHighlights layout={layout} />
      <div className={`panes layout-${layout}`} style={{ gridTemplateColumns: `repeat(${witnessIndices.length}, minmax(0, 1fr))` }} {...pointer}>
        {witnessIndices.map((w) => {
          const context = contexts.get(w)!;
          const { blocks, window } = viewport.paneView(context.witness.id);
          const id = context.witness.id;
          return <Pane key={id} context={context} layout={layout} blocks={blocks} window={window} refs={{ pane: viewport.ref(id, 'pane'), body: viewport.ref(id, 'body'), before: viewport.ref(id, 'before'), after: viewport.ref(id, 'after') }} />;
        })}
      </div>
      <VariantDetails doc={doc} />
    </div>
  );
}

/** What every block of each witness's pane needs, rebuilt only when the document or the filter changes. */
function usePaneContexts(doc: BuiltDocument, hidden: ReadonlySet<string>, threshold: number): Map<number, PaneContext> {
  const fixed = useMemo(() => {
    const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
    const variants = doc.variants;
    const describeMark = (index: number) => {
      const v = variants?.items[index];
      if (!variants || !v) return 'difference';
      const reading = (text: string) => (text === '' ? 'nothing' : `“${text}”`);
      return `${v.category} difference: ${label(variants.a)} ${reading(v.a)}, ${label(variants.b)} ${reading(v.b)}`;
    };
    return doc.witnesses.map((witness, w) => ({ witness, rows: witnessRows(doc, w), headings: sectionHeadings(witness), describeMark }));
  }, [doc]);
  const marks = useMemo(() => documentMarks(doc, hidden), [doc, hidden]);
  return useMemo(() => new Map(fixed.map((f, w) => [w, { doc, witnessIndex: w, marks: marks.get(f.witness.id) ?? NO_PANE_MARKS, threshold, ...f }])), [doc, fixed, marks, threshold]);
}
