/** Title, date, the witnesses' sources and the credits of the open document. */
import type { BuiltDocument } from '../../core/model.ts';

export function DocumentHeader({ doc }: { doc: BuiltDocument }) {
  const sources = doc.witnesses
    .map((w) => [w.metadata.source, w.metadata.date, w.metadata.page ? `p. ${w.metadata.page}` : ''].filter(Boolean).join(', '))
    .filter((s, i, all) => s && all.indexOf(s) === i)
    .join('; ');
  return (
    <header className="document-header">
      <h2 lang="zh-Hans">{doc.title.zh}</h2>
      {doc.title.en && <p className="title-en">{doc.title.en}</p>}
      <p className="meta">
        <time dateTime={doc.date}>{doc.date}</time>
        {sources && ` · ${sources}`}
      </p>
      <details className="credits">
        <summary>Sources and credits</summary>
        <p>{doc.credits}</p>
      </details>
    </header>
  );
}
