/** The reader's controls: witnesses shown and their order, layout and sync, the legend that filters differences, and where the reader is. */
import type { BuiltDocument } from '../../core/model.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { Legend } from './Legend.tsx';
import { Apparatus } from './Apparatus.tsx';
import { ClassroomControls } from '../classroom/ClassroomControls.tsx';

export function Controls({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const shown = useReaderStore((s) => s.shown);
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const current = useReaderStore((s) => s.currentRow);
  const state = store.getState;

  return (
    <div className="controls">
      <div className="control-line">
        {doc.witnesses.length > 1 && (
          <fieldset className="witness-chooser">
            <legend>Witnesses</legend>
            {doc.witnesses.map((w) => {
              const at = shown.indexOf(w.id);
              return (
                <span key={w.id} className="witness-choice">
                  <label>
                    <input type="checkbox" checked={at >= 0} disabled={shown.length === 1 && at >= 0} onChange={() => state().toggleWitness(w.id)} />
                    {w.label}
                  </label>
                  {at >= 0 && shown.length > 1 && (
                    <span className="order">
                      <button type="button" className="icon" aria-label={`Move ${w.label} left`} disabled={at === 0} onClick={() => state().moveWitness(w.id, -1)}>
                        ‹
                      </button>
                      <button type="button" className="icon" aria-label={`Move ${w.label} right`} disabled={at === shown.length - 1} onClick={() => state().moveWitness(w.id, 1)}>
                        ›
                      </button>
                    </span>
                  )}
                </span>
              );
            })}
          </fieldset>
        )}
        <div className="view-options" role="group" aria-label="Layout and scrolling">
          <span className="segmented">
            <button type="button" aria-pressed={layout === 'rows'} onClick={() => state().setLayout('rows')}>
              Aligned rows
            </button>
            <button type="button" aria-pressed={layout === 'flow'} onClick={() => state().setLayout('flow')}>
              Flowing text
            </button>
          </span>
          {shown.length > 1 && (
            <button type="button" className="sync" aria-pressed={sync} title={sync ? 'The panes scroll together; press to scroll one alone' : 'Each pane scrolls alone; press to scroll them together'} onClick={() => state().setSync(!sync)}>
              <LockIcon locked={sync} /> Sync scrolling
            </button>
          )}
        </div>
      </div>
      <div className="control-line">
        <Legend doc={doc} />
        <p className="current-row" aria-live="polite">
          {current === null ? `${doc.rows.length} rows` : `Row ${current + 1} of ${doc.rows.length}`}
          <span className="keys"> · ↑↓ or j k: rows{doc.variants ? ' · n p: differences' : ''}</span>
        </p>
      </div>
      <Apparatus doc={doc} />
      <ClassroomControls doc={doc} />
    </div>
  );
}

/** A padlock, shut while the panes scroll together. */
function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d={locked ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 5.9-.8'} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
