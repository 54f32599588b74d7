/** The library: every document of the corpus, the open one marked. */
import type { CorpusIndex } from '../../core/model.ts';

export function Library({ corpus, openId, onOpen }: { corpus: CorpusIndex; openId: string | null; onOpen: (id: string) => void }) {
  return (
    <nav className="library" aria-label="Library">
      <h2 className="library-heading">Documents</h2>
      <ul aria-label="Documents">
        {corpus.documents.map((d) => (
          <li key={d.id}>
            <a
              href={`?doc=${d.id}`}
              aria-current={d.id === openId ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onOpen(d.id);
              }}
            >
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
    </nav>
  );
}
