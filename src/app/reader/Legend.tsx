/**
 * The legend of difference marks, which doubles as their filter: each kind in its colour with its
 * count, pressed when shown. Hiding script-only differences leaves the substantive ones standing
 * out; what the legend shows is what the stepper and n / p step through.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { variantCounts } from '../../core/reader/document-guide.ts';
import { describeCategory, VARIANT_CATEGORIES } from '../../core/model-variant.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { comparedWitnesses } from '../../core/variants/collation.ts';

export function Legend({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const hidden = useReaderStore((s) => s.hiddenCategories);
  if (!doc.variants) return <NoDifferences doc={doc} />;
  const counts = variantCounts(doc);
  const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
  const onlySubstantive = VARIANT_CATEGORIES.every((c) => (c === 'substantive') !== hidden.has(c));
  return (
    <div className="legend" role="group" aria-label={`Differences of ${comparedWitnesses(doc.variants).map(label).join(', ')} from ${label(doc.variants.a)}: press a kind to show or hide it`}>
      {VARIANT_CATEGORIES.map((category) => (
        <button key={category} type="button" className="legend-item" data-category={category} aria-pressed={!hidden.has(category)} title={describeCategory(category)} disabled={counts[category] === 0 && !hidden.has(category)} onClick={() => store.getState().toggleCategory(category)}>
          <span className="swatch" aria-hidden="true" />
          {category} <span className="count">{counts[category]}</span>
        </button>
      ))}
      <button type="button" className="legend-preset" aria-pressed={onlySubstantive} onClick={() => store.getState().showOnlyCategories(onlySubstantive ? VARIANT_CATEGORIES : ['substantive'])}>
        {onlySubstantive ? 'Show every kind' : 'Substantive only'}
      </button>
    </div>
  );
}

export function NoDifferences({ doc }: { doc: BuiltDocument }) {
  const chinese = doc.witnesses.filter((w) => w.lang === 'zh').length;
  return <p className="legend legend-none">{chinese < 2 ? 'No differences to mark: this document has one Chinese text.' : 'No differences marked: this build has no comparison of the Chinese texts.'}</p>;
}
