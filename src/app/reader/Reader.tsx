/**
 * The reader: the document's header (one line), the toolbar (grouped menus: texts, layout,
 * differences, study, share; a stepper through the differences), the panes, the list of all
 * differences beside them when open, and the panel with a difference's details. Which blocks
 * each pane renders, and synchronized scrolling, belong to the `PaneViewport`; this component
 * renders what it says and tells it when the page changed.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { copyTextOnly } from './copy-text.ts';
import { useTextSize } from './text-size.ts';
import { flushSync } from 'react-dom';
import type { BuiltDocument } from '../../core/model.ts';
import { sectionHeadings } from '../../core/reader/document-guide.ts';
import { witnessRows } from '../../core/reader/pane-blocks.ts';
import { documentMarks, NO_PANE_MARKS, type FindRange } from '../../core/reader/segment-marks.ts';
import type { FindState } from '../store/reader-store.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { NO_AIDS, UNSURE_BELOW, type PaneContext, type ReadingAids } from './blocks.tsx';
import { isConfirmedRow, type ReaderDocument } from '../../core/reader/reader-document.ts';
import { useAids, useClassroom } from '../classroom/use-classroom.ts';
import { useRowNotes } from '../classroom/use-row-notes.ts';
import { NotePanel, type NoteWriter } from '../classroom/NotePanel.tsx';
import { ViewBoundary } from '../ViewBoundary.tsx';
import type { ReadingWriter } from '../classroom/ReadingCorrector.tsx';
import { Toolbar } from './Toolbar.tsx';
import { Apparatus } from './Apparatus.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { InterlinearPane, Pane } from './Pane.tsx';
import { PaneViewport } from './pane-viewport.ts';
import { browserPorts } from './page-ports.ts';
import { RowHighlights } from './RowHighlights.tsx';
import { usePointerRows } from './use-pointer-rows.ts';
import { useReaderKeys } from './use-reader-keys.ts';
import { VariantDetails } from './VariantDetails.tsx';

/** `editor`, for a user's project, stands between the controls and the panes; `threshold` flags unsure rows. */
/** The dictionary card, its word links, reading corrections and vocabulary: loaded when Words is first turned on (it waits for the glossary anyway). */
const WordLinks = lazy(() => import('../classroom/WordLinks.tsx').then((m) => ({ default: m.WordLinks })));

/** `readingWriter`, for a project: the dictionary card corrects a word's reading with it. */
export function Reader({ reading, editor, threshold = UNSURE_BELOW, noteWriter = NO_WRITER, readingWriter }: { reading: ReaderDocument; editor?: ReactNode; threshold?: number; noteWriter?: NoteWriter; readingWriter?: ReadingWriter }) {
  const doc = reading.doc;
  const store = useReaderStoreApi();
  const shown = useReaderStore((s) => s.shown);
  const layout = useReaderStore((s) => s.layout);
  const sync = useReaderStore((s) => s.sync);
  const hidden = useReaderStore((s) => s.hiddenCategories);
  const jump = useReaderStore((s) => s.jump);
  const listOpen = useReaderStore((s) => s.listOpen);
  const witnessIndices = useMemo(() => shown.map((id) => doc.witnesses.findIndex((w) => w.id === id)).filter((i) => i >= 0), [doc, shown]);
  const aids = useReadingAids(reading);
  const notes = useRowNotes(reading);
  const hiddenWitnesses = useReaderStore((s) => s.hiddenWitnesses);
  const revealed = useReaderStore((s) => s.revealed);
  const view = useMemo(
    () => ({ aids, notes, first: witnessIndices[0] ?? 0, concealedIn: (id: string) => (hiddenWitnesses.has(id) ? (row: number) => revealed !== 'all' && !revealed.has(row) : NEVER) }),
    [aids, notes, witnessIndices, hiddenWitnesses, revealed],
  );
  const contexts = usePaneContexts(reading, hidden, threshold, view);

  const [viewport] = useState(() => new PaneViewport(doc, browserPorts()));
  viewport.setFlush(flushSync);
  viewport.setDocument(doc);
  // interlinear is one aligned pane whose rows hold every witness shown
  const interlinear = layout === 'interlinear';
  viewport.configure(interlinear ? 'rows' : layout, interlinear ? witnessIndices.slice(0, 1) : witnessIndices);
  useSyncExternalStore(viewport.subscribe, viewport.getVersion);
  // After every render: measure, level, sync (before the frame is painted). Then any jump asked for.
  useLayoutEffect(() => viewport.afterCommit());
  useLayoutEffect(() => {
    if (jump) viewport.scrollToRow(jump.row, jump.nearest, false);
  }, [viewport, jump]);
  useEffect(() => {
    viewport.connect();
    return () => viewport.disconnect();
  }, [viewport]);
  useEffect(() => viewport.setSync(sync), [viewport, sync]);
  const textSize = useTextSize();
  const sizedOnce = useRef(textSize);
  useLayoutEffect(() => {
    if (sizedOnce.current === textSize) return;
    sizedOnce.current = textSize;
    viewport.textResized();
  }, [viewport, textSize]);

  useReaderKeys(store);
  const pointer = usePointerRows(store);
  const panes = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = panes.current;
    el?.addEventListener('copy', copyTextOnly);
    return () => el?.removeEventListener('copy', copyTextOnly);
  }, []);

  return (
    <div className="reader">
      <DocumentHeader doc={doc} />
      <Toolbar reading={reading} />
      {editor}
      <RowHighlights layout={interlinear ? 'rows' : layout} />
      <div className={`reading${listOpen && doc.variants ? ' with-list' : ''}`}>
        <div ref={panes} className={`panes layout-${layout}${aids.words ? " words-on" : ""}`} style={{ gridTemplateColumns: `repeat(${interlinear ? 1 : witnessIndices.length}, minmax(0, 1fr))`, '--text-scale': textSize } as CSSProperties} {...pointer}>
          {interlinear && witnessIndices.length > 0 && <InterlinearOf viewport={viewport} contexts={interlinearOrder(doc, witnessIndices).map((w) => contexts.get(w)!)} />}
          {!interlinear && witnessIndices.map((w) => {
            const context = contexts.get(w)!;
            const { blocks, window } = viewport.paneView(context.witness.id);
            const id = context.witness.id;
            return <Pane key={id} context={context} layout={layout} blocks={blocks} window={window} refs={viewport.refsOf(id)} />;
          })}
        </div>
        {listOpen && <Apparatus doc={doc} />}
      </div>
      <VariantDetails doc={doc} />
      <NotePanel reading={reading} writer={noteWriter} />
      {aids.words && (
        <ViewBoundary what="the dictionary card" resetKey={doc.id}>
          <Suspense fallback={null}>
            <WordLinks doc={doc} glossary={aids.glossary} readings={aids.readings} writer={readingWriter} />
          </Suspense>
        </ViewBoundary>
      )}
    </div>
  );
}

/**
 * The texts of an interlinear row in the order bilingual readers print them: a Chinese text, its
 * English, then the other Chinese texts; an order the reader chose (Texts) is kept.
 */
function interlinearOrder(doc: BuiltDocument, shown: readonly number[]): readonly number[] {
  const inDocumentOrder = shown.every((w, k) => k === 0 || shown[k - 1]! < w);
  if (!inDocumentOrder) return shown;
  const zh = shown.filter((w) => doc.witnesses[w]!.lang === 'zh');
  const others = shown.filter((w) => doc.witnesses[w]!.lang !== 'zh');
  return zh.length === 0 ? shown : [zh[0]!, ...others, ...zh.slice(1)];
}

function InterlinearOf({ viewport, contexts }: { viewport: PaneViewport; contexts: readonly PaneContext[] }) {
  const id = contexts[0]!.witness.id;
  const { window } = viewport.paneView(id);
  return <InterlinearPane contexts={contexts} window={window} refs={viewport.refsOf(id)} />;
}

/** What every block of each witness's pane needs, rebuilt only when the document or the filter changes. */
const NEVER = () => false;
const NO_WRITER: NoteWriter = {};

interface PaneView {
  readonly aids: ReadingAids;
  readonly notes: ReadonlyMap<number, string>;
  readonly first: number;
  readonly concealedIn: (witness: string) => (row: number) => boolean;
}

/** Pinyin and the glossary, loaded when first switched on. */
function useReadingAids(reading: ReaderDocument): ReadingAids {
  const doc = reading.doc;
  const { aids } = useClassroom();
  const pinyin = useReaderStore((s) => s.pinyin);
  const words = useReaderStore((s) => s.words);
  const pinyinOf = useAids((s) => s.pinyinOf);
  const glossary = useAids((s) => s.glossaries.get(doc.id));
  useEffect(() => {
    if (pinyin) void aids.getState().loadPinyin();
  }, [aids, pinyin]);
  // a project's glossary is made once, from its texts as they first come (its words do not change):
  // the effect follows the document's id, not each edit of its table
  useEffect(() => {
    if (words) void aids.getState().loadGlossary(reading);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the document's id, not `reading`, which changes with every edit
  }, [aids, words, doc.id]);
  const ready = glossary?.status === 'ready' ? glossary.glossary : null;
  const readings = reading.kind === 'project' ? reading.doc.readings : undefined;
  return useMemo(() => (pinyin || words ? { pinyinOf: pinyin ? pinyinOf : null, glossary: ready, words, readings } : NO_AIDS), [pinyin, pinyinOf, words, ready, readings]);
}

const NO_FINDS: ReadonlyMap<number, readonly FindRange[]> = new Map();

/** Find's matches by witness and segment (a match running over into the next sentence is marked in both). */
function foundBySegment(doc: BuiltDocument, find: FindState | null): Map<string, Map<number, FindRange[]>> {
  const out = new Map<string, Map<number, FindRange[]>>();
  if (!find) return out;
  find.hits.forEach((hit, k) => {
    const segments = doc.witnesses.find((w) => w.id === hit.witness)?.segments ?? [];
    let bySegment = out.get(hit.witness);
    if (!bySegment) out.set(hit.witness, (bySegment = new Map<number, FindRange[]>()));
    for (let s = hit.segment; s < segments.length && segments[s]!.start < hit.end; s++) {
      const list = bySegment.get(s) ?? [];
      list.push({ start: hit.start, end: hit.end, current: k === find.current });
      bySegment.set(s, list);
    }
  });
  return out;
}

function usePaneContexts(reading: ReaderDocument, hidden: ReadonlySet<string>, threshold: number, view: PaneView): Map<number, PaneContext> {
  const doc = reading.doc;
  const fixed = useMemo(() => {
    const label = (id: string) => doc.witnesses.find((w) => w.id === id)?.label ?? id;
    const variants = doc.variants;
    const describeMark = (index: number) => {
      const v = variants?.items[index];
      if (!variants || !v) return 'difference';
      const reading = (text: string) => (text === '' ? 'nothing' : `“${text}”`);
      return `${v.category} difference: ${label(variants.a)} ${reading(v.a)}, ${label(variants.b)} ${reading(v.b)}`;
    };
    const confirmed = (row: number) => isConfirmedRow(reading, row);
    return doc.witnesses.map((witness, w) => ({ witness, rows: witnessRows(doc, w), headings: sectionHeadings(witness), describeMark, confirmed }));
  }, [doc, reading]);
  const marks = useMemo(() => documentMarks(doc, hidden), [doc, hidden]);
  const find = useReaderStore((s) => s.find);
  const found = useMemo(() => foundBySegment(doc, find), [doc, find]);
  return useMemo(
    () =>
      new Map(
        fixed.map((f, w) => [
          w,
          { doc, witnessIndex: w, marks: marks.get(f.witness.id) ?? NO_PANE_MARKS, threshold, aids: view.aids, notes: view.notes, first: view.first === w, concealed: view.concealedIn(f.witness.id), found: found.get(f.witness.id) ?? NO_FINDS, ...f },
        ]),
      ),
    [doc, fixed, marks, threshold, view, found],
  );
}
