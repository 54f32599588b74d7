/** The open difference: both readings, category, code points, and where it stands. */
import type { BuiltDocument } from '../../core/model.ts';
import { codePoints } from '../../core/reader/segment-marks.ts';
import { describeCategory, type VariantCategory } from '../../core/variants/types.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';

export function VariantDetails({ doc, goToRow }: { doc: BuiltDocument; goToRow: (row: number) => void }) {
  const open = useReaderStore((s) => s.openVariant);
  const store = useReaderStoreApi();
  const variant = open === null ? undefined : doc.variants?.items[open];
  if (!variant || !doc.variants) return null;
  const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
  const reading = (text: string) => (text === '' ? <em>nothing</em> : <span lang="zh">{text}</span>);
  return (
    <aside className="variant-details" aria-label="Difference">
      <button type="button" className="close" aria-label="Close" onClick={() => store.getState().openVariantDetails(null)}>
        ×
      </button>
      <p>
        <strong data-category={variant.category}>{variant.category}</strong>: {describeCategory(variant.category as VariantCategory)}
      </p>
      <dl>
        <dt>{label(doc.variants.a)}</dt>
        <dd>
          {reading(variant.a)} <code>{codePoints(variant.a)}</code>
        </dd>
        <dt>{label(doc.variants.b)}</dt>
        <dd>
          {reading(variant.b)} <code>{codePoints(variant.b)}</code>
        </dd>
      </dl>
      <p>
        <button type="button" onClick={() => goToRow(variant.row + 1)}>
          Row {variant.row + 1}
        </button>
        {variant.bRow !== undefined && (
          <>
            {' '}↔{' '}
            <button type="button" onClick={() => goToRow(variant.bRow! + 1)}>
              Row {variant.bRow + 1}
            </button>
          </>
        )}
      </p>
    </aside>
  );
}
