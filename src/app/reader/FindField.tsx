/**
 * Find in the document: a search field in the toolbar (`/` or Ctrl+F in the reader reach it) that
 * searches every row as the reader types, in the texts shown, and marks each match in the panes;
 * Enter and Shift+Enter step from match to match ("3 of 12"), each brought to the reading line with
 * its counterparts level beside it; Escape clears. The matching (script, variant forms and spacing
 * set aside in Chinese; case and diacritics in English) loads when first used.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BuiltDocument } from '../../core/model.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { isTypingTarget } from './typing-target.ts';

/** Milliseconds of typing to wait before searching a long document again. */
const TYPING_MS = 120;

export function FindField({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const find = useReaderStore((s) => s.find);
  const shown = useReaderStore((s) => s.shown);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (query.trim() === '') {
      store.getState().clearFind();
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      import('../../core/reader/find.ts')
        .then(({ findInDocument }) => {
          if (stale) return;
          setProblem(null);
          store.getState().showFound(query, findInDocument(doc, query, shown));
        })
        .catch((error: unknown) => setProblem(`Find could not load (${(error as Error).message}); reload the page to try again.`));
    }, TYPING_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [store, query, doc, shown]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target instanceof Element ? event.target : null);
      const ctrlF = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      if (!slash && !ctrlF) return;
      // the browser's own find sees only the rows in the page; this one sees them all
      event.preventDefault();
      input.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      store.getState().stepFind(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  const searching = query.trim() !== '' && find?.query !== query;
  const count = problem ?? (query.trim() === '' ? '' : searching ? '…' : !find || find.hits.length === 0 ? 'no match' : find.current < 0 ? `${find.hits.length}` : `${find.current + 1} of ${find.hits.length}`);
  return (
    <span className="find">
      <input ref={input} type="search" aria-label="Find in document" placeholder="Find  ( / )" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} title="Find in every row of the texts shown; Enter: next, Shift+Enter: previous, Escape: clear" />
      <span className="find-count" aria-live="polite" role="status">
        {count}
      </span>
    </span>
  );
}
