/**
 * What a pane renders: row blocks (aligned layout: one per row of the alignment table, an empty
 * cell shown as a quiet gap) or paragraph blocks (flowing layout). Every segment carries
 * `data-row` (1-based: the number shown beside it, and the one a class reads out as "row 12")
 * and `data-witness`; variant readings are `<mark data-variant>`. Blocks carry `data-block`, their
 * index in the pane, for the viewport that measures them.
 */
import { Fragment, memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Glossary } from '../../core/glossary/glossary.ts';
import type { BuiltDocument, Witness } from '../../core/model.ts';
import type { PaneBlock, WitnessRows } from '../../core/reader/pane-blocks.ts';
import { findParts, markPieces, type FindRange, type MarkSpan, type PaneMarks } from '../../core/reader/segment-marks.ts';
import { piecesWithWords, wordRanges, type WordPart } from '../../core/reader/text-runs.ts';
import type { PinyinOf } from '../classroom/aids-store.ts';
import { withPinyin } from '../classroom/ruby.tsx';
import { writingLines } from '../classroom/writing-lines.ts';
import { correctPinyin, type ReadingCorrection } from '../../core/project/readings.ts';
import { paneLang } from './witness-lang.ts';

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
  /** Whether a person confirmed the row (a project's); a corpus document's rows are never confirmed. */
  readonly confirmed: (row: number) => boolean;
  /** Reading aids: pinyin above the Chinese, words for the dictionary card and word links. */
  readonly aids: ReadingAids;
  /** Whether this pane's text of a row is hidden, to be revealed (a class translating first). */
  readonly concealed: (row: number) => boolean;
  /** Notes by row, shown as a marker in the first pane. */
  readonly notes: ReadonlyMap<number, string>;
  readonly first: boolean;
  /** Find's matches in this witness, by segment. */
  readonly found: ReadonlyMap<number, readonly FindRange[]>;
}

export interface ReadingAids {
  readonly pinyinOf: PinyinOf | null;
  /** Words marked for hovering (null: off). */
  readonly glossary: Glossary | null;
  readonly words: boolean;
  /** A project's corrected readings, shown over pinyin-pro's. */
  readonly readings?: readonly ReadingCorrection[] | undefined;
}

export const NO_AIDS: ReadingAids = { pinyinOf: null, glossary: null, words: false };

export const RowBlock = memo(function RowBlock({ context, row }: { context: PaneContext; row: number }) {
  const { classes, content } = rowCell(context, row, true);
  return (
    <div className={classes} data-row={row + 1} data-witness={context.witness.id} data-block={row}>
      <div className="cell">{content}</div>
    </div>
  );
});

/**
 * A row in the interlinear layout: each witness's text of the row in turn (the Chinese, then its
 * English, then the other Chinese, in the order shown), as bilingual readers print them.
 */
export const InterlinearBlock = memo(function InterlinearBlock({ contexts, row }: { contexts: readonly PaneContext[]; row: number }) {
  return (
    <div className="row interlinear-row" data-row={row + 1} data-block={row}>
      <div className="cell">
        {contexts.map((context, k) => {
          const { classes, content } = rowCell(context, row, k === 0);
          return (
            <div key={context.witness.id} className={`interlinear-cell ${classes.replace(/^row ?/u, '')}`} data-row={row + 1} data-witness={context.witness.id} lang={paneLang(context.witness)} title={k === 0 ? undefined : context.witness.label}>
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
});

/** A witness's text of a row, with its number (when `numbered`), flags, note marker and gap. */
function rowCell(context: PaneContext, row: number, numbered: boolean): { classes: string; content: ReactNode } {
  const { doc, witness, witnessIndex, marks, headings } = context;
  const data = doc.rows[row]!;
  const cell = data.cells[witnessIndex]!;
  const number = row + 1;
  const confirmed = context.confirmed(row);
  const unsure = data.confidence < context.threshold && !confirmed;
  const empty = cell.end === cell.start;
  const classes = ['row', unsure ? 'unsure' : '', confirmed ? 'confirmed' : '', data.movedTo !== undefined ? 'moved' : '', empty ? 'empty' : ''].filter(Boolean).join(' ');
  const concealed = !empty && context.concealed(row);
  const note = context.first ? context.notes.get(row) : undefined;
  const segments = [];
  for (let s = cell.start; s < cell.end; s++) {
    const heading = headings.get(s);
    segments.push(
      <Fragment key={s}>
        {heading && <h4 className="section-title">{heading}</h4>}
        <Segment context={context} index={s} row={row} first={s === cell.start} marks={marks.bySegment.get(s)} finds={context.found.get(s)} concealed={concealed} />
        {witness.lang === 'en' && s + 1 < cell.end ? ' ' : null}
      </Fragment>,
    );
  }
  const content = (
    <>
      {numbered && <RowNumber number={number} confidence={unsure ? data.confidence : null} confirmed={confirmed} />}
      {numbered && unsure && <span className="sr-only">Row {number}: alignment uncertain.</span>}
      {numbered && confirmed && <span className="sr-only">Row {number}: confirmed.</span>}
      {data.movedTo !== undefined && <MovedLink to={data.movedTo} />}
      {note !== undefined && <NoteMarker row={row} note={note} />}
      {concealed && (
        <button type="button" className="reveal" data-reveal-row={number} title="Show this row's text (r)">
          Reveal row {number}
        </button>
      )}
      {empty ? <EmptyCell context={context} row={row} /> : segments}
    </>
  );
  return { classes, content };
}

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
          <span className={`row-mark${doc.rows[row]!.confidence < context.threshold && !context.confirmed(row) ? ' unsure' : ''}`} aria-hidden="true">
            {row + 1}
          </span>
        )}
        {first && context.first && context.notes.has(row) && <NoteMarker row={row} note={context.notes.get(row)!} />}
        <Segment context={context} index={s} row={row} first={first} marks={marks.bySegment.get(s)} finds={context.found.get(s)} concealed={context.concealed(row)} />
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

const Segment = memo(function Segment({ context, index, row, first, marks, finds, concealed }: { context: PaneContext; index: number; row: number; first: boolean; marks: readonly MarkSpan[] | undefined; finds: readonly FindRange[] | undefined; concealed: boolean }) {
  const { witness, describeMark, aids } = context;
  const segment = witness.segments[index]!;
  const raw = witness.text.slice(segment.start, segment.end);
  const text = raw.trim();
  const start = segment.start + raw.indexOf(text);
  const { pinyinOf, readings } = aids;
  const pinyin = useMemo(
    () => (pinyinOf && witness.lang === 'zh' && !concealed ? correctPinyin(pinyinOf(text), text, start, witness.id, readings) : null),
    [pinyinOf, readings, witness.lang, witness.id, text, start, concealed],
  );
  const attributes = { 'data-row': row + 1, 'data-witness': witness.id, 'data-seg': index, 'data-first': first ? '' : undefined };
  if (concealed) {
    // the text is not in the page at all until revealed: blank lines as long as it, to write on
    return (
      <span className={`seg ${segment.kind} concealed`} {...attributes} data-reveal-row={row + 1} title="Hidden: click or press r to reveal">
        <span className="blank" aria-hidden="true" style={{ '--lines': writingLines(text, witness.lang) } as CSSProperties} />
        <span className="sr-only">Row {row + 1}: hidden until revealed.</span>
      </span>
    );
  }
  const pieces = marks ? markPieces(witness.text, start, start + text.length, marks) : [{ text }];
  const plain = !pinyin && !aids.words;
  if (plain) {
    let at = start;
    return (
      <span className={`seg ${segment.kind}`} {...attributes}>
        {pieces.map((piece, k) => {
          const from = at;
          at += piece.text.length;
          const content = finds ? <FoundText text={piece.text} from={from} finds={finds} /> : piece.text;
          return piece.mark ? <Mark key={k} mark={piece.mark} describe={describeMark}>{content}</Mark> : <Fragment key={k}>{content}</Fragment>;
        })}
      </span>
    );
  }
  const words = aids.words ? wordRanges(witness.text, start, start + text.length, witness.lang, aids.glossary) : [];
  const groups = piecesWithWords(pieces, start, words);
  const part = (p: WordPart, k: number) => {
    const content = pinyin ? withPinyin(p.text, p.start - start, pinyin) : p.text;
    if (p.zh !== undefined) return <span key={k} className="w" data-w={p.zh} data-at={p.wordStart}>{content}</span>;
    if (p.stem) return <span key={k} className="w" data-s={p.stem}>{content}</span>;
    return <Fragment key={k}>{content}</Fragment>;
  };
  // with pinyin or words on, a match marks its whole sentence
  const found = finds ? (finds.some((f) => f.current) ? 'current' : 'hit') : undefined;
  return (
    <span className={`seg ${segment.kind}`} {...attributes} data-find-seg={found}>
      {groups.map((g, k) => (g.mark ? <Mark key={k} mark={g.mark} describe={describeMark}>{g.parts.map(part)}</Mark> : <Fragment key={k}>{g.parts.map(part)}</Fragment>))}
    </span>
  );
});

/** A stretch of text with find's matches in it marked (`<mark data-find>`; the one stepped to, `data-find="current"`). */
function FoundText({ text, from, finds }: { text: string; from: number; finds: readonly FindRange[] }) {
  return (
    <>
      {findParts(text, from, finds).map((part, k) =>
        part.find ? (
          <mark key={k} data-find={part.find}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={k}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

function Mark({ mark, describe, children }: { mark: MarkSpan; describe: (variant: number) => string; children: ReactNode }) {
  const description = describe(mark.variant);
  const empty = children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <mark data-variant={mark.category} data-index={mark.variant} className={empty ? 'gap-mark' : undefined} tabIndex={0} role="button" aria-label={description} title={description}>
      {children}
    </mark>
  );
}

/** A note on the row: a marker that opens it. */
function NoteMarker({ row, note }: { row: number; note: string }) {
  return (
    <button type="button" className="note-marker" data-note-row={row + 1} title={`Note: ${note}`} aria-label={`Note on row ${row + 1}: ${note}`}>
      ✎
    </button>
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
        <Mark key={mark.variant} mark={mark} describe={context.describeMark}>
          {''}
        </Mark>
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
