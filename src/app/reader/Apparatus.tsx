/**
 * The apparatus, as scholars read a collation: a panel beside the panes (below them on a narrow
 * screen), opened from the Differences menu, with every difference of the document in a list, in
 * reading order, filtered by the legend's kinds and by a variant's strength ("k of N shown"); an
 * entry goes to its row and opens its details. The list is keyboard navigable (↑ ↓ Home End); a
 * long one is listed PAGE entries at a time, each press listing PAGE more, so that opening it
 * stays quick and every entry can still be reached.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BuiltDocument } from '../../core/model.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { collatedWitnesses, comparedWitnesses, witnessOf } from '../../core/variants/collation.ts';
import { toTeiApparatus } from '../../core/export/tei-apparatus.ts';
import { fileBase, saveFile } from '../files/save-file.ts';
import { Legend } from './Legend.tsx';

const PAGE = 500;
type StrengthFilter = 'all' | 'full' | 'partial';

export function Apparatus({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const openVariant = useReaderStore((s) => s.openVariant);
  const [strength, setStrength] = useState<StrengthFilter>('all');
  const [listed, setListed] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const items = doc.variants?.items;
  const shown = useMemo(
    () => (items ?? []).map((v, index) => ({ v, index })).filter(({ v }) => !hidden.has(v.category) && (strength === 'all' || v.category !== 'variant' || v.strength === strength)),
    [items, hidden, strength],
  );
  if (!doc.variants || !items || items.length === 0) return null;
  const close = () => store.getState().setListOpen(false);
  const several = comparedWitnesses(doc.variants).length > 1;
  const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
  const reading = (text: string) => (text === '' ? '∅' : text.replace(/\s+/gu, ' '));
  const open = (index: number) => {
    const v = items[index]!;
    store.getState().goToRow(v.row);
    store.getState().openVariantDetails(index);
  };
  // arrows move along the entries; the reader's own keys are not for here
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    event.stopPropagation();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  };
  return (
    <section className="apparatus" aria-label="All differences">
      <header className="apparatus-head">
        <h3 className="apparatus-count">All differences: {shown.length === items.length ? items.length : `${shown.length} of ${items.length}`} shown</h3>
        <button type="button" className="icon" aria-label="Close the list of differences" onClick={close}>
          ×
        </button>
      </header>
      <Legend doc={doc} />
      <p className="apparatus-filters">
        <span>
          {label(doc.variants.a)} against {comparedWitnesses(doc.variants).map(label).join(', ')}. Kinds as the legend shows them; variants:{' '}
        </span>
        <label>
          <select value={strength} onChange={(e) => setStrength(e.target.value as StrengthFilter)} aria-label="Variants of which strength">
            <option value="all">full and partial</option>
            <option value="full">full only (the same character)</option>
            <option value="partial">partial only (some senses)</option>
          </select>
        </label>
      </p>
      <ol className="apparatus-list" ref={list} onKeyDown={onKeyDown} aria-label="Differences">
        {shown.slice(0, listed).map(({ v, index }) => (
          <li key={index}>
            <button type="button" aria-current={openVariant === index ? 'true' : undefined} onClick={() => open(index)}>
              <span className="apparatus-row">{v.bRow !== undefined && v.bRow !== v.row ? `${v.row + 1}→${v.bRow + 1}` : v.row + 1}</span>{' '}
              <span className="swatch" data-category={v.category} aria-hidden="true" />
              <span className="apparatus-kind">{v.strength ? `${v.category} (${v.strength})` : v.category}</span>{' '}
              <span className="apparatus-readings" lang="zh">
                {reading(v.a)} ] {reading(v.b)}
              </span>
              {several && <span className="apparatus-witness"> {label(witnessOf(doc.variants!, v))}</span>}
              {v.reason && <span className="apparatus-reason"> — {v.reason}</span>}
            </button>
          </li>
        ))}
      </ol>
      {shown.length > listed && (
        <p className="apparatus-more">
          The first {listed} of {shown.length} are listed (hide kinds in the legend to narrow the list).{' '}
          <button type="button" onClick={() => setListed((n) => n + PAGE)}>
            List {Math.min(PAGE, shown.length - listed)} more
          </button>
        </p>
      )}
    </section>
  );
}

export function ExportTeiButton({ doc }: { doc: BuiltDocument }) {
  if (!doc.variants) return null;
  return (
    <button type="button" onClick={() => exportTei(doc)} title="TEI P5 parallel segmentation: the base text with every reading of every text at each place">
      Export TEI
    </button>
  );
}

/** The collation as a TEI apparatus file (every difference, whatever the legend hides). */
function exportTei(doc: BuiltDocument) {
  const variants = doc.variants!;
  const witnesses = collatedWitnesses(variants).map((id) => ({ id, label: doc.witnesses.find((w) => w.id === id)?.label ?? id }));
  const baseText = doc.witnesses.find((w) => w.id === variants.a)?.text ?? '';
  const xml = toTeiApparatus({ title: doc.title.en ?? doc.title.zh, witnesses, baseText, variants });
  saveFile(`${fileBase(doc.title.en ?? doc.title.zh)}.${variants.a}.tei.xml`, new Blob([xml], { type: 'application/tei+xml;charset=utf-8' }));
}
