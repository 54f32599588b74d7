/**
 * The reader's toolbar: one line of grouped menus, so that the text has the screen. Texts (which
 * are shown, in which order, and the base of the comparison), Layout (aligned rows, flowing text,
 * interlinear; sync; type size), Differences (the legend that filters them and the list of all),
 * a stepper through the differences shown ("3 of 6"), Study, Share, where the reader is, and the
 * list of keys. On a narrow screen the line scrolls sideways rather than taking more height.
 */
import type { BuiltDocument } from '../../core/model.ts';
import { variantsInOrder } from '../../core/reader/document-guide.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { useOptionalProjectStoreApi } from '../store/use-project-store.ts';
import { useReaderFeatures } from './reader-features.ts';
import { MarkedRows, ShareTools, StudyProblems, StudyTools } from '../classroom/ClassroomControls.tsx';
import { ExportTeiButton } from './Apparatus.tsx';
import { Legend, NoDifferences } from './Legend.tsx';
import { MenuBar, ToolMenu, useCloseMenu } from './ToolMenu.tsx';
import type { Layout } from '../../core/reader/view-state.ts';
import { useMemo } from 'react';
import { FindField } from './FindField.tsx';
import { KeysHelp } from './KeysHelp.tsx';
import { SIZES, stepTextSize, useTextSize } from './text-size.ts';

export function Toolbar({ reading }: { reading: ReaderDocument }) {
  const doc = reading.doc;
  const current = useReaderStore((s) => s.currentRow);
  const features = useReaderFeatures();
  return (
    <MenuBar label="Reader tools">
      {doc.witnesses.length > 1 && (
        <ToolMenu label="Texts" title="Which texts are shown, in which order, and the base of the comparison">
          <TextsTools reading={reading} />
        </ToolMenu>
      )}
      <ToolMenu label="Layout" title="Aligned rows, flowing text or interlinear; synchronized scrolling; type size">
        <LayoutTools />
      </ToolMenu>
      <ToolMenu label="Differences" title="The kinds of difference marked, and the list of all of them">
        <DifferencesTools doc={doc} />
      </ToolMenu>
      {doc.variants && <DifferenceStepper doc={doc} />}
      <ToolMenu label="Study" title="Pinyin, words, hiding a text to reveal it row by row, notes">
        <StudyTools doc={doc} />
      </ToolMenu>
      <ToolMenu label="Share" title="A link to this row or these rows, exports, the handout">
        <ShareTools reading={reading} extra={<ExportTeiButton doc={doc} />} />
      </ToolMenu>
      <MarkedRows />
      <StudyProblems doc={doc} />
      {features.find && <FindField doc={doc} />}
      <p className="current-row" aria-live="polite">
        {current === null ? `${doc.rows.length} rows` : `Row ${current + 1} of ${doc.rows.length}`}
      </p>
      <KeysHelp />
    </MenuBar>
  );
}

function TextsTools({ reading }: { reading: ReaderDocument }) {
  const doc = reading.doc;
  const store = useReaderStoreApi();
  const projects = useOptionalProjectStoreApi();
  const { rebase } = useReaderFeatures();
  const shown = useReaderStore((s) => s.shown);
  const state = store.getState;
  const chinese = doc.witnesses.filter((w) => w.lang === 'zh');
  return (
    <div className="tool-lines">
      <fieldset className="witness-chooser">
        <legend>Shown, in this order</legend>
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
      {rebase && doc.variants && chinese.length > 1 && (
        <p className="tool-line">
          <label className="legend-base">
            Base of the comparison{' '}
            <select
              value={doc.variants.a}
              onChange={(e) => (reading.kind === 'project' ? projects?.getState().setBase(e.target.value) : void state().setBase(e.target.value))}
              aria-label="Base text: the others are compared with it"
            >
              {chinese.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
    </div>
  );
}

const LAYOUTS: readonly { layout: Layout; label: string }[] = [
  { layout: 'rows', label: 'Aligned rows' },
  { layout: 'flow', label: 'Flowing text' },
  { layout: 'interlinear', label: 'Interlinear' },
];

function LayoutTools() {
  const store = useReaderStoreApi();
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const shown = useReaderStore((s) => s.shown);
  const size = useTextSize();
  const state = store.getState;
  return (
    <div className="tool-lines">
      <p className="tool-line segmented" role="group" aria-label="Layout">
        {LAYOUTS.map((l) => (
          <button key={l.layout} type="button" aria-pressed={layout === l.layout} onClick={() => state().setLayout(l.layout)}>
            {l.label}
          </button>
        ))}
      </p>
      <p className="tool-line text-size" role="group" aria-label="Text size">
        <button type="button" aria-label="A− Smaller text" disabled={size === SIZES[0]} onClick={() => stepTextSize(-1)}>
          A−
        </button>
        <span className="text-size-value">{Math.round(size * 100)}%</span>
        <button type="button" aria-label="A+ Larger text" disabled={size === SIZES[SIZES.length - 1]} onClick={() => stepTextSize(1)}>
          A+
        </button>
      </p>
      {shown.length > 1 && (
        <p className="tool-line">
          <button type="button" className="sync" aria-pressed={sync} title={sync ? 'The panes scroll together; press to scroll one alone' : 'Each pane scrolls alone; press to scroll them together'} onClick={() => state().setSync(!sync)}>
            <LockIcon locked={sync} /> Sync scrolling
          </button>
        </p>
      )}
    </div>
  );
}

function DifferencesTools({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const listOpen = useReaderStore((s) => s.listOpen);
  const close = useCloseMenu();
  if (!doc.variants) return <NoDifferences doc={doc} />;
  return (
    <div className="tool-lines">
      <Legend doc={doc} />
      <p className="tool-line">
        <button
          type="button"
          aria-pressed={listOpen}
          onClick={() => {
            store.getState().setListOpen(!listOpen);
            close();
          }}
        >
          List of all differences
        </button>
      </p>
    </div>
  );
}

/** Previous and next difference of the kinds shown, and which of them is open: "3 of 6". */
function DifferenceStepper({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const open = useReaderStore((s) => s.openVariant);
  const current = useReaderStore((s) => s.currentRow);
  const order = useMemo(() => variantsInOrder(doc, hidden), [doc, hidden]);
  const at = open === null ? -1 : order.indexOf(open);
  const items = doc.variants?.items ?? [];
  // with none open, the buttons say whether there is one before or after the current row
  const before = at > 0 || (at < 0 && order.some((i) => current === null || items[i]!.row < current));
  const after = (at >= 0 && at < order.length - 1) || (at < 0 && order.some((i) => current === null || items[i]!.row > current));
  const kinds = hidden.size === 0 ? 'differences' : 'differences of the kinds shown';
  return (
    <span className="stepper" role="group" aria-label={`Step through the ${kinds}`}>
      <button type="button" className="icon" aria-label="Previous difference (p)" disabled={!before} onClick={() => store.getState().stepDifference(-1)}>
        ‹
      </button>
      <span className="stepper-count" aria-live="polite">
        {order.length === 0 ? 'none shown' : at < 0 ? `– of ${order.length}` : `${at + 1} of ${order.length}`}
        {at >= 0 && at === order.length - 1 ? ' · last' : ''}
      </span>
      <button type="button" className="icon" aria-label="Next difference (n)" disabled={!after} onClick={() => store.getState().stepDifference(1)}>
        ›
      </button>
    </span>
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
