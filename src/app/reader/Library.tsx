/**
 * The library: every document of the corpus, then the user's own projects (saved in this browser)
 * and the way to bring new texts; the open one marked. Saved data that could not be read is
 * reported here, where the projects are.
 */
import type { CorpusIndex } from '../../core/model.ts';
import { sameDocument, type DocumentKey } from '../../core/reader/reader-document.ts';
import type { Navigation } from '../navigation.ts';
import { useProjectStore, useProjectStoreApi } from '../store/use-project-store.ts';
import { saveFile } from '../files/save-file.ts';
import { LibrarySearch, type LibrarySearchSource } from './LibrarySearch.tsx';

interface LibraryProps {
  readonly corpus: CorpusIndex | null;
  /** The document or project open in the reader. */
  readonly openKey: DocumentKey | null;
  readonly navigate: Navigation;
  readonly newTextsOpen: boolean;
  /** Where search across the library looks (none: no search field). */
  readonly search?: LibrarySearchSource | undefined;
}

export function Library({ corpus, openKey, navigate, newTextsOpen, search }: LibraryProps) {
  const store = useProjectStoreApi();
  const saved = useProjectStore((s) => s.saved);
  const setAside = useProjectStore((s) => s.setAside);
  const listError = useProjectStore((s) => s.listError);
  const isOpen = (key: DocumentKey) => openKey !== null && sameDocument(openKey, key);
  const follow = (event: React.MouseEvent, go: () => void) => {
    event.preventDefault();
    go();
  };
  return (
    <nav className="library" id="library" aria-label="Library">
      {search && <LibrarySearch source={search} target={navigate} />}
      <h2 className="library-heading">Documents</h2>
      {corpus && (
        <ul aria-label="Documents">
          {corpus.documents.map((d) => (
            <li key={d.id}>
              <a href={`?doc=${d.id}`} aria-current={isOpen({ kind: 'corpus', id: d.id }) ? 'page' : undefined} onClick={(e) => follow(e, () => navigate.openDocument(d.id))}>
                <span lang="zh-Hans" className="library-title">
                  {d.title.zh}
                </span>
                <span className="library-meta">
                  {d.date} · {d.witnesses.map((w) => w.id).join(', ')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="library-heading">Your texts</h2>
      <a className="new-texts" href="?new" aria-current={newTextsOpen ? 'page' : undefined} onClick={(e) => follow(e, navigate.newTexts)}>
        + Bring your own texts
      </a>
      {saved.length > 0 && (
        <ul aria-label="Your projects">
          {saved.map((p) => (
            <li key={p.id} className="saved-project">
              <a href={`?project=${encodeURIComponent(p.id)}`} aria-current={isOpen({ kind: 'project', id: p.id }) ? 'page' : undefined} onClick={(e) => follow(e, () => navigate.openProject(p.id))}>
                <span className="library-title">{p.name}</span>
                <span className="library-meta">
                  {Math.floor((p.confirmed / Math.max(1, p.rows)) * 100)}% confirmed · {p.rows} rows · {p.texts.join(', ')}
                </span>
              </a>
              <button
                type="button"
                className="icon delete"
                aria-label={`Delete ${p.name}`}
                title={`Delete ${p.name} from this browser`}
                onClick={() => {
                  if (window.confirm(`Delete “${p.name}” from this browser? Export it first to keep a copy.`)) void store.getState().deleteProject(p.id);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {listError && (
        <p className="library-problem" role="alert">
          {listError}
        </p>
      )}
      {setAside.length > 0 && (
        <div className="library-problem" role="alert">
          <p>
            {setAside.length === 1 ? 'One saved project' : `${setAside.length} saved projects`} could not be read and {setAside.length === 1 ? 'was' : 'were'} set aside (kept, not deleted):
          </p>
          <ul>
            {setAside.map((s) => (
              <li key={`${s.key}:${s.id}`}>
                {s.reason}
                {' '}
                <button
                  type="button"
                  aria-label={s.key >= 0 ? `Download set-aside data ${s.key}` : `Download the data saved as "${s.id}"`}
                  title="Save this data as a JSON file"
                  onClick={() =>
                    void store
                      .getState()
                      .setAsideData(s.key, s.id)
                      .then(
                        (data) => saveFile(s.key >= 0 ? `set-aside-${s.key}.json` : `saved-${safeName(s.id)}.json`, new Blob([asJson(data)], { type: 'application/json' })),
                        (error: Error) => store.setState({ listError: `Set-aside data ${s.key >= 0 ? s.key : `"${s.id}"`} could not be read: ${error.message}` }),
                      )
                  }
                >
                  Download
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}

/** Set-aside data as JSON, whatever it holds (what JSON cannot say is written as text). */
function asJson(data: unknown): string {
  try {
    return JSON.stringify(data ?? null, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value), 2);
  } catch {
    return JSON.stringify(String(data));
  }
}

/** An id as a file name: letters, digits, `-` and `_` kept, anything else (a path, a quote) as `_`. */
function safeName(id: string): string {
  return id.replace(/[^\p{L}\p{N}_-]/gu, '_').slice(0, 80) || 'project';
}
