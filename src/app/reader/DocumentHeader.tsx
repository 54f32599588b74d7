/**
 * The open document's title on one line (Chinese, then English), so that the text starts near the
 * top of the screen; its date, the witnesses' sources and the credits open from "About".
 */
import type { BuiltDocument } from '../../core/model.ts';
import { paneLang } from './witness-lang.ts';

export function DocumentHeader({ doc }: { doc: BuiltDocument }) {
  const sources = doc.witnesses
    .map((w) => [w.metadata.source, w.metadata.date, w.metadata.page ? `p. ${w.metadata.page}` : ''].filter(Boolean).join(', '))
    .filter((s, i, all) => s && all.indexOf(s) === i)
    .join('; ');
  return (
    <header className="document-header">
      <h2 title={[doc.title.zh, doc.title.en].filter(Boolean).join(' — ')}>
        <span lang={titleLang(doc)}>{doc.title.zh}</span>
        {doc.title.en && (
          <span className="title-en" lang="en">
            {' '}
            {doc.title.en}
          </span>
        )}
      </h2>
      <details className="credits">
        <summary>About</summary>
        <div className="credits-body">
          <p className="meta">
            <time dateTime={doc.date}>{doc.date}</time>
            {sources && ` · ${sources}`}
          </p>
          <p>{doc.credits}</p>
        </div>
      </details>
    </header>
  );
}

/** The title is in the script of the document's first Chinese text (a traditional edition's title in a traditional face). */
function titleLang(doc: BuiltDocument): string {
  const chinese = doc.witnesses.find((w) => w.lang === 'zh');
  return chinese ? paneLang(chinese) : 'zh-Hans';
}
