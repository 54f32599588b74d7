/** The open difference: its category, both readings with their code points, and the rows where they stand. */
import type { BuiltDocument } from '../../core/model.ts';
import { codePoints } from '../../core/reader/segment-marks.ts';
import { describeCategory } from '../../core/variants/types.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';

export function VariantDetails({ doc }: { doc: BuiltDocument }) {
  const open = useReaderStore((s) => s.openVariant);
  const store = useReaderStoreApi();
  const variants = doc.variants;
  const variant = open === null ? undefined : variants?.items[open];
  if (!variant || !variants) return null;
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
    <aside className="variant-details" aria-label="Difference" aria-live="polite">
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
        {(['a', 'b'] as const).map((side) => (
          <div key={side}>
            <dt>{witness(variants[side])?.label ?? variants[side]}</dt>
            <dd>
              {reading(variant[side], variants[side])} {variant[side] && <code>{codePoints(variant[side])}</code>}
            </dd>
          </div>
        ))}
      </dl>
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
