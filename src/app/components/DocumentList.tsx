import type { CorpusIndex } from '../../core/model.ts';

type IndexedDocument = CorpusIndex['documents'][number];

/** The documents of the corpus with their witnesses, as the reader will offer them. */
export function DocumentList({ documents }: { documents: CorpusIndex['documents'] }) {
  if (documents.length === 0) return <p className="status">The corpus has no documents yet.</p>;
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <ul className="documents" aria-labelledby="documents-heading">
        {documents.map((doc) => (
          <DocumentItem key={doc.id} doc={doc} />
        ))}
      </ul>
    </section>
  );
}

function DocumentItem({ doc }: { doc: IndexedDocument }) {
  return (
    <li className="document" data-document={doc.id}>
      <h3 className="document-title" lang="zh">
        {doc.title.zh}
      </h3>
      {doc.title.en !== undefined && (
        <p className="document-title-en" lang="en">
          {doc.title.en}
        </p>
      )}
      <p className="document-date">
        <time dateTime={doc.date}>{doc.date}</time>
      </p>
      <ul className="witnesses" aria-label={`Witnesses of ${doc.id}`}>
        {doc.witnesses.map((witness) => (
          <li key={witness.id}>
            <span className="witness-label">{witness.label}</span>{' '}
            <span className="witness-meta">
              ({witness.id}, {witness.lang === 'zh' ? 'Chinese' : 'English'}, {countSegments(witness.segments)})
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

function countSegments(n: number): string {
  return `${n} ${n === 1 ? 'segment' : 'segments'}`;
}
