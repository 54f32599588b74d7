/**
 * Search across the library, from the library's own field: every corpus document and every
 * project saved in this browser, answered as a concordance in a panel over the reader (each
 * match in its sentence, its row's counterparts beside it, grouped by document with counts); a
 * line opens its document at its row. The corpus's search file (its texts and their index) and
 * the matching load when first used; the projects are searched in the project worker.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConcordanceGroup } from '../../core/reader/library-search.ts';
import type { SearchIndex } from '../../core/reader/search-index.ts';
import type { SearchableDocument } from '../../core/reader/searchable.ts';
import { LIBRARY_SEARCH_FILE } from '../../core/pipeline/corpus-index.ts';

export interface LibrarySearchSource {
  /** The corpus's search file, as the build wrote it. */
  readonly corpus: () => Promise<unknown>;
  /** The concordance of a query in the projects saved in this browser (the worker's). */
  readonly projects: (query: string) => Promise<readonly ConcordanceGroup[]>;
}

export interface LibraryTarget {
  readonly openDocument: (id: string, row?: number) => void;
  readonly openProject: (id: string, row?: number) => void;
}

type Result = { readonly status: 'idle' } | { readonly status: 'searching'; readonly query: string } | { readonly status: 'done'; readonly query: string; readonly groups: readonly ConcordanceGroup[] } | { readonly status: 'error'; readonly message: string };

let corpusIndex: Promise<SearchIndex<SearchableDocument>> | null = null;

export function LibrarySearch({ source, target }: { source: LibrarySearchSource; target: LibraryTarget }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<Result>({ status: 'idle' });
  const panel = useRef<HTMLElement>(null);

  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    const q = query.trim();
    if (q === '') return;
    setResult({ status: 'searching', query: q });
    try {
      const [{ concordance }, corpus, projects] = await Promise.all([import('../../core/reader/library-search.ts'), loadCorpusIndex(source), source.projects(q)]);
      setResult({ status: 'done', query: q, groups: [...concordance(corpus, q), ...projects] });
    } catch (error) {
      setResult({ status: 'error', message: `The library could not be searched: ${(error as Error).message}` });
    }
  };

  useEffect(() => {
    if (result.status === 'done') panel.current?.focus();
  }, [result]);
  useEffect(() => {
    if (result.status === 'idle') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setResult({ status: 'idle' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [result.status]);

  const go = (group: ConcordanceGroup, row: number) => {
    setResult({ status: 'idle' });
    if (group.source === 'project') target.openProject(group.id, row);
    else target.openDocument(group.id, row);
  };

  return (
    <>
      <form className="library-search" role="search" onSubmit={(e) => void search(e)}>
        <input type="search" aria-label="Search the library" placeholder="Search all texts" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" disabled={query.trim() === ''}>
          Search
        </button>
      </form>
      {result.status !== 'idle' && (
        <section ref={panel} className="concordance" aria-label="Search results" tabIndex={-1}>
          <header className="concordance-head">
            <h2>{heading(result)}</h2>
            <button type="button" className="icon" aria-label="Close the search results" onClick={() => setResult({ status: 'idle' })}>
              ×
            </button>
          </header>
          {result.status === 'error' && <p role="alert">{result.message}</p>}
          {result.status === 'done' &&
            result.groups.map((group) => (
              <section key={group.id} className="concordance-group" aria-label={group.title.zh}>
                <h3>
                  <span lang="zh">{group.title.zh}</span>
                  {group.title.en && <span className="concordance-en"> {group.title.en}</span>}
                  <span className="concordance-count">
                    {' '}
                    · {group.count} {group.count === 1 ? 'match' : 'matches'}
                    {group.source === 'project' ? ' · your project' : ''}
                  </span>
                </h3>
                <ol>
                  {group.lines.map((line, k) => (
                    <li key={k}>
                      <button type="button" onClick={() => go(group, line.row)} title={`Open row ${line.row + 1}`}>
                        <span className="concordance-row">{line.row + 1}</span>
                        <span className="concordance-hit" lang={line.lang}>
                          {line.sentence.before}
                          <mark data-find="hit">{line.sentence.match}</mark>
                          {line.sentence.after}
                        </span>
                        <span className="concordance-counterpart" lang={line.counterparts[0]?.lang}>
                          {line.counterparts[0]?.text || '—'}
                        </span>
                      </button>
                    </li>
                  ))}
                </ol>
                {group.count > group.lines.length && <p className="concordance-more">The first {group.lines.length} of {group.count} are listed.</p>}
              </section>
            ))}
        </section>
      )}
    </>
  );
}

function heading(result: Exclude<Result, { status: 'idle' }>): string {
  if (result.status === 'error') return 'Search';
  if (result.status === 'searching') return `Searching for “${result.query}”…`;
  const total = result.groups.reduce((n, g) => n + g.count, 0);
  if (total === 0) return `“${result.query}”: no match in the library`;
  return `“${result.query}”: ${total} ${total === 1 ? 'match' : 'matches'} in ${result.groups.length} ${result.groups.length === 1 ? 'document' : 'documents'}`;
}

/** The corpus's search file, read and checked once; a failure is named by the file and tried again on the next search. */
function loadCorpusIndex(source: LibrarySearchSource): Promise<SearchIndex<SearchableDocument>> {
  corpusIndex ??= Promise.all([
    import('../../core/reader/library-search.ts'),
    source.corpus().catch((error: unknown) => {
      throw new Error(`${LIBRARY_SEARCH_FILE}: ${(error as Error).message}`);
    }),
  ]).then(([{ readLibrarySearchFile }, file]) => readLibrarySearchFile(file, LIBRARY_SEARCH_FILE));
  corpusIndex.catch(() => (corpusIndex = null));
  return corpusIndex;
}
