/**
 * Share → One-file reader: the open document or project as one HTML file, downloaded, with its
 * notes, its glossary, the readings of its Chinese (pinyin-pro's, worked out now) and the view as
 * it is (hidden texts, pinyin, layout, texts shown …). The reader's script and style are the ones
 * the app's build put beside it (dist/one-file/). Loaded when first used, with what it needs.
 */
import { composeOneFileHtml, oneFileDataOf } from '../../core/publish/one-file.ts';
import { pinyinTableOf } from '../../core/publish/pinyin-table.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import type { AidsStore, PinyinReadings } from '../classroom/aids-store.ts';
import type { NotesStore } from '../classroom/notes-store.ts';
import { fileBase, saveFile } from '../files/save-file.ts';
import type { ReaderStore } from '../store/reader-store.ts';
import { readerViewState } from '../reader/reader-view.ts';
import { currentTextSize } from '../reader/text-size.ts';

export interface ShareDeps {
  readonly reader: ReaderStore;
  readonly aids: AidsStore;
  readonly notes: NotesStore;
  readonly loadPinyin: () => Promise<PinyinReadings>;
  /** The app's base URL: the one-file reader's script and style are under it. */
  readonly baseUrl: URL;
  /** A project's threshold for unsure rows (a corpus document's is the reader's default). */
  readonly threshold: (reading: ReaderDocument) => number;
  readonly version: string;
}

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status})`);
  return response.text();
}

/** Make the file and hand it to the browser to download; throws an Error saying what failed. */
export async function shareOneFile(reading: ReaderDocument, deps: ShareDeps): Promise<void> {
  const { doc } = reading;
  const hasChinese = doc.witnesses.some((w) => w.lang === 'zh');
  const [script, style, readings] = await Promise.all([
    fetchText(new URL('one-file/reader.js', deps.baseUrl)),
    fetchText(new URL('one-file/reader.css', deps.baseUrl)),
    hasChinese ? deps.loadPinyin() : null,
    hasChinese ? deps.aids.getState().loadGlossary(reading) : null,
  ]);
  const glossaryState = deps.aids.getState().glossaries.get(doc.id);
  const glossary = glossaryState?.status === 'ready' ? glossaryState.glossary : null;
  const data = oneFileDataOf({
    kind: reading.kind,
    id: reading.id,
    doc,
    threshold: deps.threshold(reading),
    notes: reading.kind === 'corpus' ? (deps.notes.getState().byDocument.get(doc.id) ?? new Map()) : new Map(),
    glossary,
    pinyin: readings ? pinyinTableOf(doc, readings.pinyinOf) : null,
    view: readerViewState(deps.reader.getState(), currentTextSize()) ?? {},
    version: deps.version,
    madeAt: new Date(),
  });
  const html = composeOneFileHtml({ script, style, data });
  const title = doc.title.en && reading.kind === 'corpus' ? doc.title.en : doc.title.zh;
  saveFile(`${fileBase(title)}.reader.html`, new Blob([html], { type: 'text/html;charset=utf-8' }));
}
