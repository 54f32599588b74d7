/** The reader's controls: witnesses shown and their order, layout, sync, the variant legend and filter, and difference navigation. */
import type { BuiltDocument } from '../../core/model.ts';
import { VARIANT_CATEGORIES } from '../../core/variants/types.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';

export function Controls({ doc, goToRow }: { doc: BuiltDocument; goToRow: (row: number) => void }) {
  const store = useReaderStoreApi();
  const shown = useReaderStore((s) => s.shown);
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const current = useReaderStore((s) => s.currentRow);
  const counts = new Map<string, number>();
  for (const v of doc.variants?.items ?? []) counts.set(v.category, (counts.get(v.category) ?? 0) + 1);
  const step = (by: -1 | 1) => {
    const row = store.getState().stepSubstantive(by);
    if (row !== null) goToRow(row + 1);
  };

  return (
    <div className="controls">
      {doc.witnesses.length > 1 && (
        <fieldset className="witness-chooser">
          <legend>Witnesses</legend>
          {doc.witnesses.map((w) => (
            <span key={w.id} className="witness-choice">
              <label>
                <input type="checkbox" checked={shown.includes(w.id)} disabled={shown.length === 1 && shown.includes(w.id)} onChange={() => store.getState().toggleWitness(w.id)} />
                {w.label}
              </label>
              {shown.includes(w.id) && shown.length > 1 && (
                <>
                  <button type="button" className="icon" aria-label={`Move ${w.label} left`} disabled={shown.indexOf(w.id) === 0} onClick={() => store.getState().moveWitness(w.id, -1)}>
                    ←
                  </button>
                  <button type="button" className="icon" aria-label={`Move ${w.label} right`} disabled={shown.indexOf(w.id) === shown.length - 1} onClick={() => store.getState().moveWitness(w.id, 1)}>
                    →
                  </button>
                </>
              )}
            </span>
          ))}
        </fieldset>
      )}
      {shown.length > 1 && (
        <div className="view-options" role="group" aria-label="Layout and scrolling">
          <button type="button" aria-pressed={layout === 'rows'} onClick={() => store.getState().setLayout('rows')}>
            Aligned rows
          </button>
          <button type="button" aria-pressed={layout === 'flow'} onClick={() => store.getState().setLayout('flow')}>
            Flowing text
          </button>
          <button type="button" aria-pressed={sync} onClick={() => store.getState().setSync(!sync)}>
            {sync ? 'Sync on' : 'Sync off'}
          </button>
        </div>
      )}
      {doc.variants && (
        <div className="legend" role="group" aria-label="Differences between the Chinese witnesses (press to show or hide)">
          {VARIANT_CATEGORIES.map((category) => (
            <button key={category} type="button" className="legend-item" data-category={category} aria-pressed={!hidden.has(category)} onClick={() => store.getState().toggleCategory(category)}>
              <span className="swatch" aria-hidden="true" />
              {category} <span className="count">{counts.get(category) ?? 0}</span>
            </button>
          ))}
          <button type="button" onClick={() => step(-1)}>
            ‹ Previous substantive
          </button>
          <button type="button" onClick={() => step(1)}>
            Next substantive ›
          </button>
        </div>
      )}
      <p className="current-row" aria-live="polite">
        {current === null ? 'No row selected (↑/↓ or j/k to move)' : `Row ${current + 1} of ${doc.rows.length}`}
      </p>
    </div>
  );
}
