/**
 * One witness's text in a pane: row blocks (aligned layout: one block per row, empty cells
 * shown as such) or paragraphs (flowing layout). Each segment carries `data-row` (1-based, the
 * number shown and the one a class reads out) and `data-witness`; variant readings are marks.
 */
import { memo, type ReactNode } from 'react';
import { segmentText, type BuiltDocument, type Witness } from '../../core/model.ts';
import { markPieces, type MarkSpan } from '../../core/reader/segment-marks.ts';
import type { Layout } from '../../core/reader/view-state.ts';

interface PaneContentProps {
  readonly doc: BuiltDocument;
  readonly witnessIndex: number;
  readonly layout: Layout;
  readonly marks: readonly MarkSpan[];
  /** Rows rendered so far: a long document arrives in chunks, so its first rows paint at once. */
  readonly limit: number;
}

export const PaneContent = memo(function PaneContent({ doc, witnessIndex, layout, marks, limit }: PaneContentProps) {
  const witness = doc.witnesses[witnessIndex]!;
  return layout === 'rows' ? (
    <RowBlocks doc={doc} witness={witness} witnessIndex={witnessIndex} marks={marks} limit={limit} />
  ) : (
    <Paragraphs doc={doc} witness={witness} witnessIndex={witnessIndex} marks={marks} limit={limit} />
  );
});

interface PartProps {
  readonly doc: BuiltDocument;
  readonly witness: Witness;
  readonly witnessIndex: number;
  readonly marks: readonly MarkSpan[];
  readonly limit: number;
}

function RowBlocks({ doc, witness, witnessIndex, marks, limit }: PartProps) {
  return (
    <>
      {doc.rows.slice(0, limit).map((row, r) => {
        const cell = row.cells[witnessIndex]!;
        const number = r + 1;
        const classes = ['row', row.confidence < 0.5 ? 'unsure' : '', row.movedTo !== undefined ? 'moved' : ''].filter(Boolean).join(' ');
        if (cell.end === cell.start) {
          return (
            <div key={r} className={`${classes} empty`} data-row={number} data-witness={witness.id}>
              <span className="row-number" aria-hidden="true">{number}</span>
              <span className="gap" aria-label={`row ${number}: nothing in this witness`}>—</span>
            </div>
          );
        }
        return (
          <div key={r} className={classes} data-row={number} data-witness={witness.id}>
            <span className="row-number" aria-hidden="true">{number}</span>
            {row.movedTo !== undefined && <MovedLink to={row.movedTo} />}
            {witness.segments.slice(cell.start, cell.end).map((segment, k) => (
              <Segment key={k} witness={witness} segmentIndex={cell.start + k} row={number} marks={marks} />
            ))}
          </div>
        );
      })}
    </>
  );
}

function Paragraphs({ doc, witness, witnessIndex, marks, limit }: PartProps) {
  const rowOf = new Int32Array(witness.segments.length);
  doc.rows.forEach((row, r) => {
    const cell = row.cells[witnessIndex]!;
    for (let s = cell.start; s < cell.end; s++) rowOf[s] = r + 1;
  });
  const paragraphs: ReactNode[][] = [];
  witness.segments.forEach((segment, s) => {
    if (rowOf[s]! > limit) return;
    (paragraphs[segment.paragraph] ??= []).push(<Segment key={s} witness={witness} segmentIndex={s} row={rowOf[s]!} marks={marks} />);
  });
  return (
    <>
      {paragraphs.map((children, p) => (
        <p key={p} className="paragraph">
          {children}
        </p>
      ))}
    </>
  );
}

function Segment({ witness, segmentIndex, row, marks }: { witness: Witness; segmentIndex: number; row: number; marks: readonly MarkSpan[] }) {
  const segment = witness.segments[segmentIndex]!;
  const text = segmentText(witness.text, segment);
  const start = segment.start + witness.text.slice(segment.start, segment.end).indexOf(text);
  const pieces = marks.length > 0 ? markPieces(witness.text, start, start + text.length, marks) : [{ text }];
  return (
    <span className={`seg ${segment.kind}`} data-row={row} data-witness={witness.id}>
      {pieces.map((piece, k) =>
        piece.mark ? (
          <mark
            key={k}
            data-variant={piece.mark.category}
            data-index={piece.mark.variant}
            className={piece.text === '' ? 'gap-mark' : undefined}
            tabIndex={0}
            role="button"
            aria-label={`${piece.mark.category} difference${piece.text ? `: ${piece.text}` : ' (nothing here)'}`}
          >
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
      {witness.lang === 'en' ? ' ' : ''}
    </span>
  );
}

function MovedLink({ to }: { to: number }) {
  return (
    <a className="moved-link" href={`#row-${to + 1}`} data-goto-row={to + 1} title={`The same passage stands at row ${to + 1} in the other witnesses`}>
      moved ↔ row {to + 1}
    </a>
  );
}
