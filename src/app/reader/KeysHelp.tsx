/**
 * The list of every key of the reader, opened by `?` (or its button) and closed by Escape, the
 * button again, or a click elsewhere.
 */
import { useEffect, useRef, useState } from 'react';
import { isTypingTarget } from './typing-target.ts';
import { useDismiss } from './use-dismiss.ts';
import { useReaderFeatures } from './reader-features.ts';

/** Each key with what it does, and the feature it needs (a one-file reader has no find and no links). */
const KEYS: readonly (readonly [keys: string, what: string, needs?: 'find' | 'links'])[] = [
  ['↓ j  ·  ↑ k', 'next / previous row'],
  ['n  ·  p', 'next / previous difference of the kinds shown'],
  ['/  ·  Ctrl+F', 'find in the document', 'find'],
  ['Enter  ·  Shift+Enter', 'in find: next / previous match', 'find'],
  ['Enter  ·  Space', 'on a marked difference: its details'],
  ['Escape', 'close the details, a menu, this list; in find: clear'],
  ['r', 'reveal the current row of a hidden text'],
  ['o', 'a note on the current row'],
  ['w  ·  W', 'with Words on: next / previous word of the row, with its card'],
  ['Page Up/Down  ·  Space  ·  Home/End', 'scroll the pane with the focus; the others follow'],
  ['Shift+click', 'mark the rows from the current one, for a link', 'links'],
  ['?', 'this list'],
];

export function KeysHelp() {
  const [open, setOpen] = useState(false);
  const features = useReaderFeatures();
  const keys = KEYS.filter(([, , needs]) => needs === undefined || features[needs]);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      setOpen((o) => !o);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  useDismiss(open, [panel, button], (by) => {
    setOpen(false);
    if (by === 'escape') button.current?.focus();
  });

  return (
    <>
      <button type="button" ref={button} className="keys-button" aria-expanded={open} aria-controls="reader-keys" title="Keys (?)" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">?</span>
        <span className="sr-only">Keys</span>
      </button>
      {open && (
        <div id="reader-keys" ref={panel} className="keys-panel" role="dialog" aria-label="Keys">
          <h3>Keys</h3>
          <dl>
            {keys.map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </>
  );
}
