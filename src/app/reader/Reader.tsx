/**
 * The reader: the document's header, the controls (witnesses, layout, sync, the variant legend
 * that doubles as a filter, next/previous substantive difference), the panes, and the panel with
 * a difference's details.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { BuiltDocument } from '../../core/model.ts';
import type { MarkSpan } from '../../core/reader/segment-marks.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { PaneContent } from './pane-content.tsx';
import { paneLang } from './witness-lang.ts';
import { useScrollSync } from './use-scroll-sync.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { Controls } from './Controls.tsx';
import { VariantDetails } from './VariantDetails.tsx';
import { RowHighlights } from './RowHighlights.tsx';

export function Reader({ doc }: { doc: BuiltDocument }) {
  const shown = useReaderStore((s) => s.shown);
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const store = useReaderStoreApi();
  const witnesses = shown.map((id) => doc.witnesses.findIndex((w) => w.id === id)).filter((i) => i >= 0);
  const limit = useProgressiveRows(doc.rows.length, store.getState().currentRow);
  const { register, scrollToRow } = useScrollSync({ enabled: sync, rowCount: doc.rows.length, layoutKey: `${doc.id}|${shown.join(',')}|${layout}|${[...hidden].join(',')}`, renderedRows: limit, equalizeRows: layout === 'rows' });
  const marks = useMarks(doc, hidden);

  const goToRow = useCallback(
    (row: number) => {
      store.getState().setCurrentRow(row - 1);
      scrollToRow(row);
    },
    [store, scrollToRow],
  );

  const onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const goto = target.closest<HTMLElement>('[data-goto-row]');
    if (goto) {
      event.preventDefault();
      goToRow(Number(goto.dataset.gotoRow));
      return;
    }
    const mark = target.closest<HTMLElement>('mark[data-index]');
    if (mark) store.getState().openVariantDetails(Number(mark.dataset.index));
    const row = target.closest<HTMLElement>('[data-row]');
    if (row) store.getState().setCurrentRow(Number(row.dataset.row) - 1);
  };
  // While panes scroll under a still pointer, the sentence under it changes every frame: following
  // it would restyle rows mid-scroll. Hover follows the pointer again once scrolling stops.
  const lastScroll = useRef(0);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hoverAt = (element: Element | null) => {
    const row = element?.closest<HTMLElement>('.pane [data-row]');
    store.getState().setHoveredRow(row ? Number(row.dataset.row) - 1 : null);
  };
  const onMouseOver = (event: MouseEvent) => {
    pointer.current = { x: event.clientX, y: event.clientY };
    if (performance.now() - lastScroll.current < SCROLL_SETTLE_MS) return;
    hoverAt(event.target as HTMLElement);
  };
  const onScrollCapture = () => {
    lastScroll.current = performance.now();
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      if (pointer.current) hoverAt(document.elementFromPoint(pointer.current.x, pointer.current.y));
    }, SCROLL_SETTLE_MS);
  };
  useEffect(() => () => clearTimeout(settle.current), []);
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('mark[data-index]')) {
      event.preventDefault();
      store.getState().openVariantDetails(Number(target.dataset.index));
      return;
    }
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    store.getState().stepRow(step);
    const row = store.getState().currentRow;
    if (row !== null) scrollToRow(row + 1);
  };

  return (
    <div className="reader" onKeyDown={onKeyDown}>
      <DocumentHeader doc={doc} />
      <Controls doc={doc} goToRow={goToRow} />
      <RowHighlights refreshKey={`${shown.join(',')}|${layout}|${limit}|${[...hidden].join(',')}`} />
      <div className={`panes layout-${layout}`} style={{ gridTemplateColumns: `repeat(${witnesses.length}, minmax(0, 1fr))` }} onClick={onClick} onMouseOver={onMouseOver} onScrollCapture={onScrollCapture} onFocus={(event) => hoverAt(event.target as HTMLElement)} onMouseLeave={() => {
          pointer.current = null;
          store.getState().setHoveredRow(null);
        }}>
        {witnesses.map((index) => {
          const witness = doc.witnesses[index]!;
          return (
            <section key={witness.id} className="pane" data-pane={witness.id} lang={paneLang(witness)} aria-label={`${witness.label} (${witness.id})`} tabIndex={0} ref={register(witness.id)}>
              <h3 className="pane-title" lang="en">
                {witness.label}
              </h3>
              <div className="pane-body">
                <PaneContent doc={doc} witnessIndex={index} layout={layout} marks={marks.get(witness.id) ?? NO_MARKS} limit={limit} />
              </div>
            </section>
          );
        })}
      </div>
      <VariantDetails doc={doc} goToRow={goToRow} />
    </div>
  );
}

const NO_MARKS: readonly MarkSpan[] = [];

/** How long after the last scroll event hover follows the pointer again. */
const SCROLL_SETTLE_MS = 200;

/** Rows shown at first, and added per frame after: a long document paints its start at once. */
const FIRST_ROWS = 120;
const ROWS_PER_FRAME = 700;

function useProgressiveRows(total: number, currentRow: number | null): number {
  const [limit, setLimit] = useState(() => Math.min(total, Math.max(FIRST_ROWS, (currentRow ?? 0) + 100)));
  useEffect(() => {
    if (limit >= total) return;
    const frame = requestAnimationFrame(() => setLimit((n) => Math.min(total, n + ROWS_PER_FRAME)));
    return () => cancelAnimationFrame(frame);
  }, [limit, total]);
  return limit;
}

/** The marks of each compared witness, without the hidden categories. */
function useMarks(doc: BuiltDocument, hidden: ReadonlySet<string>): Map<string, MarkSpan[]> {
  return useMemo(() => {
    const byWitness = new Map<string, MarkSpan[]>();
    const variants = doc.variants;
    if (!variants) return byWitness;
    const a: MarkSpan[] = [];
    const b: MarkSpan[] = [];
    variants.items.forEach((v, index) => {
      if (hidden.has(v.category)) return;
      a.push({ ...v.aSpan, variant: index, category: v.category });
      b.push({ ...v.bSpan, variant: index, category: v.category });
    });
    byWitness.set(variants.a, a);
    byWitness.set(variants.b, b);
    return byWitness;
  }, [doc, hidden]);
}
