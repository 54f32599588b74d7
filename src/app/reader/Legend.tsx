/**
 * The legend of difference marks, which doubles as their filter: each category in its colour with
 * its count, pressed when shown. Hiding script-only differences leaves the substantive ones
 * standing out. With it, the next and previous substantive difference.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { variantCounts } from '../../core/reader/document-guide.ts';
import { describeCategory, VARIANT_CATEGORIES } from '../../core/variants/types.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { useProjectStoreApi } from '../store/use-project-store.ts';
import { PROJECT_PREFIX } from '../../core/project/project.ts';
import { comparedWitnesses } from '../../core/variants/collation.ts';

export function Legend({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const projects = useProjectStoreApi();
  if (!doc.variants) {
    const chinese = doc.witnesses.filter((w) => w.lang === 'zh').length;
    return <p className="legend legend-none">{chinese < 2 ? 'No differences to mark: this document has one Chinese text.' : 'No differences marked: this build has no comparison of the Chinese texts.'}</p>;
  }
  const counts = variantCounts(doc);
  const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
  return (
    <div className="legend" role="group" aria-label={`Differences of ${comparedWitnesses(doc.variants).map(label).join(', ')} from ${label(doc.variants.a)}: press a kind to show or hide it`}>
      {VARIANT_CATEGORIES.map((category) => (
        <button key={category} type="button" className="legend-item" data-category={category} aria-pressed={!hidden.has(category)} title={describeCategory(category)} disabled={counts[category] === 0 && !hidden.has(category)} onClick={() => store.getState().toggleCategory(category)}>
          <span className="swatch" aria-hidden="true" />
          {category} <span className="count">{counts[category]}</span>
        </button>
      ))}
      <span className="step">
        <button type="button" disabled={counts.substantive === 0} onClick={() => store.getState().stepSubstantive(-1)}>
          ‹ Previous substantive
        </button>
        <button type="button" disabled={counts.substantive === 0} onClick={() => store.getState().stepSubstantive(1)}>
          Next substantive ›
        </button>
      </span>
      <label className="legend-base">
        Base{' '}
        <select
          value={doc.variants.a}
          onChange={(e) => (doc.id.startsWith(PROJECT_PREFIX) ? projects.getState().setBase(e.target.value) : void store.getState().setBase(e.target.value))}
          aria-label="Base text: the others are compared with it"
        >
          {doc.witnesses
            .filter((w) => w.lang === 'zh')
            .map((w) => (
              <option key={w.id} value={w.id}>
                {w.label}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
