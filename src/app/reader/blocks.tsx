/**
 * What a pane renders: row blocks (aligned layout: one per row of the alignment table, an empty
 * cell shown as a quiet gap) or paragraph blocks (flowing layout). Every segment carries
 * `data-row` (1-based: the number shown beside it, and the one a class reads out as "row 12")
 * and `data-witness`; variant readings are `<mark data-variant>`. Blocks carry `data-block`, their
 * index in the pane, for the viewport that measures them.
 */
import { Fragment, memo } from 'react';
import type { BuiltDocument, Witness } from '../../core/model.ts';
import type { PaneBlock, WitnessRows } from '../../core/reader/pane-blocks.ts';
import { markPieces, type MarkSpan, type PaneMarks } from '../../core/reader/segment-marks.ts';

/** Rows aligned with less confidence than this are flagged. */
export const UNSURE_BELOW = 0.5;

/** What every block of a pane needs, stable while the pane's content does not change. */
export interface PaneContext {
  readonly doc: BuiltDocument;
  readonly witness: Witness;
  readonly witnessIndex: number;
  readonly rows: WitnessRows;
  readonly marks: PaneMarks;
  /** Section titles to show before a segment (the second letter of two), by segment index. */
  readonly headings: ReadonlyMap<number, string>;
  /** A mark's tooltip: both readings and the category. */
  readonly describeMark: (variant: number) => string;
  /** Rows aligned with less confidence than this are flagged, unless a person confirmed them. */
  readonly threshold: number;
}

/** A row of a user's project says whether a person confirmed it; corpus rows say nothing. */
const isConfirmed = (row: object) => (row as { status?: string }).status === 'confirmed';

export const RowBlock = memo(function RowBlock({ context, row }: { context: PaneContext; row: number }) {
  const { doc, witness, witnessIndex, marks, headings } = context;
  const data = doc.rows[row]!;
  const cell = data.cells[witnessIndex]!;
  const number = row + 1;
  const confirmed = isConfirmed(data);
  const unsure = data.confidence < context.threshold && !confirmed;
  const empty = cell.end === cell.start;
  const classes = ['row', unsure ? 'unsure' : '', confirmed ? 'confirmed' : '', data.movedTo !== undefined ? 'moved' : '', empty ? 'empty' : ''].filter(Boolean).join(' ');
  const segments = [];
  for (let s = cell.start; s < cell.end; s++) {
    const heading = headings.get(s);
    segments.push(
      <Fragment key={s}>
        {heading && <h4 className="section-title">{heading}</h4>}
        <Segment context={context} index={s} row={row} first={s === cell.start} marks={marks.bySegment.get(s)} />
        {witness.lang === 'en' && s + 1 < cell.end ? ' ' : null}
      </Fragment>,
    );
  }
  return (
    <div className={classes} data-row={number} data-witness={witness.id} data-block={row}>
      <div className="cell">
        <RowNumber number={number} confidence={unsure ? data.confidence : null} confirmed={confirmed} />
        {unsure && <span className="sr-only">Row {number}: alignment uncertain.</span>}
        {confirmed && <span className="sr-only">Row {number}: confirmed.</span>}
        {data.movedTo !== undefined && <MovedLink to={data.movedTo} />}
        {empty ? <EmptyCell context={context} row={row} /> : segments}
      </div>
    </div>
  );
});

export const FlowBlock = memo(function FlowBlock({ context, block, index }: { context: PaneContext; block: PaneBlock; index: number }) {
  const { doc, witness, rows, marks, headings } = context;
  const children = [];
  const heading = headings.get(block.segStart);
  for (let s = block.segStart; s < block.segEnd; s++) {
    const row = rows.rowOfSegment[s]!;
    const first = rows.firstSegment[row] === s;
    const moved = doc.rows[row]!.movedTo;
    const lastOfRow = s + 1 === witness.segments.length || rows.rowOfSegment[s + 1] !== row;
    children.push(
      <Fragment key={s}>
        {s > block.segStart && headings.has(s) && <span className="section-break" role="heading" aria-level={4}>{headings.get(s)}</span>}
        {first && (
          <span className={`row-mark${doc.rows[row]!.confidence < context.threshold && !isConfirmed(doc.rows[row]!) ? ' unsure' : ''}`} aria-hidden="true">
            {row + 1}
          </span>
        )}
        <Segment context={context} index={s} row={row} first={first} marks={marks.bySegment.get(s)} />
        {lastOfRow && moved !== undefined && <MovedLink to={moved} />}
        {witness.lang === 'en' ? ' ' : null}
      </Fragment>,
    );
  }
  return (
    <div className={`flow-block${block.continues ? ' continues' : ''}`} data-block={index}>
      {heading && <h4 className="section-title">{heading}</h4>}
      <p className="paragraph">{children}</p>
    </div>
  );
});

const Segment = memo(function Segment({ context, index, row, first, marks }: { context: PaneContext; index: number; row: number; first: boolean; marks: readonly MarkSpan[] | undefined }) {
  const { witness, describeMark } = context;
  const segment = witness.segments[index]!;
  const raw = witness.text.slice(segment.start, segment.end);
  const text = raw.trim();
  const start = segment.start + raw.indexOf(text);
  const pieces = marks ? markPieces(witness.text, start, start + text.length, marks) : [{ text }];
  return (
    <span className={`seg ${segment.kind}`} data-row={row + 1} data-witness={witness.id} data-seg={index} data-first={first ? '' : undefined}>
      {pieces.map((piece, k) => (piece.mark ? <Mark key={k} mark={piece.mark} text={piece.text} describe={describeMark} /> : piece.text))}
    </span>
  );
});

function Mark({ mark, text, describe }: { mark: MarkSpan; text: string; describe: (variant: number) => string }) {
  const description = describe(mark.variant);
  return (
    <mark data-variant={mark.category} data-index={mark.variant} className={text === '' ? 'gap-mark' : undefined} tabIndex={0} role="button" aria-label={description} title={description}>
      {text}
    </mark>
  );
}

function RowNumber({ number, confidence, confirmed }: { number: number; confidence: number | null; confirmed: boolean }) {
  const title = confirmed ? `Row ${number}: confirmed` : confidence === null ? `Row ${number}` : `Row ${number}: alignment uncertain (confidence ${confidence.toFixed(2)})`;
  return (
    <span className="row-number" aria-hidden="true" title={title}>
      {number}
      {confidence !== null && <span className="unsure-flag">?</span>}
      {confirmed && <span className="confirmed-flag">✓</span>}
    </span>
  );
}

/** An empty cell: a quiet gap, said in words to a screen reader, with any reading the other witness has here. */
function EmptyCell({ context, row }: { context: PaneContext; row: number }) {
  const gapMarks = context.marks.byEmptyRow.get(row) ?? [];
  return (
    <span className="gap">
      <span aria-hidden="true">—</span>
      <span className="sr-only">Row {row + 1}: nothing in this witness.</span>
      {gapMarks.map((mark) => (
        <Mark key={mark.variant} mark={mark} text="" describe={context.describeMark} />
      ))}
    </span>
  );
}

function MovedLink({ to }: { to: number }) {
  return (
    <a className="moved-link" href={`#row-${to + 1}`} data-goto-row={to + 1} title={`The same passage stands at row ${to + 1} in the other witness`}>
      moved ↔ row {to + 1}
    </a>
  );
}
