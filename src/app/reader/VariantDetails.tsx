/**
 * The open difference: its category, both readings with their code points, and the rows where they
 * stand; in a collation of several witnesses, every witness's reading at that place too.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useAnchored } from './anchored.ts';
import { useDismiss } from './use-dismiss.ts';
import type { BuiltDocument } from '../../core/model.ts';
import { collatedWitnesses, placesOfVariation, readingAt, witnessOf } from '../../core/variants/collation.ts';
import { codePoints } from '../../core/reader/segment-marks.ts';
import { describeCategory } from '../../core/model-variant.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';

export function VariantDetails({ doc }: { doc: BuiltDocument }) {
  const open = useReaderStore((s) => s.openVariant);
  const store = useReaderStoreApi();
  const variants = doc.variants;
  // only a collation of several witnesses has places worth listing (`compared` is set only then)
  const places = useMemo(() => (variants?.compared ? placesOfVariation(variants) : []), [variants]);
  const variant = open === null ? undefined : variants?.items[open];
  const current = useReaderStore((s) => s.currentRow);
  const panel = useRef<HTMLElement>(null);
  // beside the difference's mark (the one in the base text, else any), not over it
  const locate = useCallback(() => {
    const marks = [...document.querySelectorAll<HTMLElement>(`.pane mark[data-index="${open}"]`)];
    const mark = marks.find((m) => m.closest(`[data-witness="${variants?.a}"]`)) ?? marks[0];
    return mark ? mark.getBoundingClientRect() : null;
  }, [open, variants]);
  useAnchored(panel, variant ? locate : null, open);
  // moving to another row, or a click elsewhere, closes it
  useEffect(() => {
    if (!variant || current === null || current === variant.row || current === variant.bRow) return;
    store.getState().openVariantDetails(null);
  }, [store, variant, current]);
  // Escape is the reader's key (it closes the details wherever the focus is)
  useDismiss(variant !== undefined, [panel], () => store.getState().openVariantDetails(null), { escape: false, ignore: 'mark[data-index], .apparatus, .toolbar, .tool-panel' });
  if (!variant || !variants) return null;
  const other = witnessOf(variants, variant);
  const place = places.find((p) => p.items.includes(open!));
  const baseText = doc.witnesses.find((w) => w.id === variants.a)?.text ?? '';
  const witness = (id: string) => doc.witnesses.find((w) => w.id === id);
  const reading = (text: string, id: string) =>
    text === '' ? (
      <em>nothing</em>
    ) : (
      <span className="reading" lang={witness(id)?.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
        {text}
      </span>
    );
  const goTo = (row: number) => store.getState().goToRow(row);
  return (
    <aside ref={panel} className="variant-details" aria-label="Difference" aria-live="polite">
      <button type="button" className="close" aria-label="Close the difference's details" onClick={() => store.getState().openVariantDetails(null)}>
        ×
      </button>
      <p className="variant-kind">
        <span className="swatch" data-category={variant.category} aria-hidden="true" />
        <strong>{variant.category}</strong>
        {variant.strength && <> ({variant.strength})</>}: {describeCategory(variant.category)}
      </p>
      {variant.reason && <p className="variant-reason">Why: {variant.reason}</p>}
      <dl>
        {([
          ['a', variants.a],
          ['b', other],
        ] as const).map(([side, id]) => (
          <div key={side}>
            <dt>{witness(id)?.label ?? id}</dt>
            <dd>
              {reading(variant[side], id)} {variant[side] && <code>{codePoints(variant[side])}</code>}
            </dd>
          </div>
        ))}
      </dl>
      {place && (
        <>
          <p className="variant-place-title">Every text at this place (base: {witness(variants.a)?.label ?? variants.a}):</p>
          <dl className="variant-place" aria-label="Readings of every text at this place">
            {collatedWitnesses(variants).map((id) => (
              <div key={id}>
                <dt>{witness(id)?.label ?? id}</dt>
                <dd>{reading(readingAt(variants, baseText, place, id), id)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="variant-rows">
        <button type="button" onClick={() => goTo(variant.row)}>
          Row {variant.row + 1}
        </button>
        {variant.bRow !== undefined && variant.bRow !== variant.row && (
          <>
            {' ↔ '}
            <button type="button" onClick={() => goTo(variant.bRow!)}>
              Row {variant.bRow + 1}
            </button>
          </>
        )}
      </p>
    </aside>
  );
}
