/**
 * A one-file reader: one HTML file holding the reader's script and style, a document (its texts,
 * rows, differences), its notes, its glossary, the readings of its Chinese and the teaching view
 * it was made with. It opens from disk with no server, and its policy lets it fetch nothing.
 * Composed here, with no DOM and no file system, for the CLI (`publish`) and the app (Share →
 * One-file reader) alike; read back here by the file's own script.
 */
import { parseBuiltDocument, type BuiltDocument } from '../model.ts';
import type { Glossary } from '../glossary/glossary.ts';
import type { ProjectDocument } from '../project/project.ts';
import { parseViewState, viewStateQuery, type ViewState } from '../reader/view-state.ts';
import { isPinyinTable, type PinyinTable } from './pinyin-table.ts';
import { compactGlossary, expandGlossary, type CompactGlossary } from './compact-glossary.ts';

export const ONE_FILE_FORMAT = 'duizhao-one-file';
export const ONE_FILE_VERSION = 1;
/** The id of the `<script type="application/json">` that holds the data. */
export const ONE_FILE_DATA_ID = 'duizhao-one-file-data';

/** Where the file came from: the tool, its version, what it was made from, and when. */
export interface OneFileProvenance {
  readonly version: string;
  /** The document's or project's title. */
  readonly title: string;
  /** ISO 8601. */
  readonly madeAt: string;
}

/** What the file carries; the script reads it back with `readOneFileData`. */
export interface OneFileData {
  readonly format: typeof ONE_FILE_FORMAT;
  readonly version: typeof ONE_FILE_VERSION;
  /** A corpus document (its id), or a user's project (its id; its rows carry their status and notes). */
  readonly kind: 'corpus' | 'project';
  readonly id: string;
  readonly doc: BuiltDocument | ProjectDocument;
  /** Rows aligned with less confidence than this are flagged `?`. */
  readonly threshold: number;
  /** The notes on a corpus document's rows (0-based row → text); a project's are in its rows. */
  readonly notes: Readonly<Record<string, string>>;
  /** The document's own words' dictionary entries, for Words; null when it has none. */
  readonly glossary: Glossary | null;
  /** The readings of its Chinese, for Pinyin; null when it has none. */
  readonly pinyin: PinyinTable | null;
  /** The teaching view it opens in (hidden texts, pinyin, layout, texts shown …): a whole `ViewState`. */
  readonly view: ViewState;
  readonly provenance: OneFileProvenance;
}

export interface OneFileParts {
  /** The one-file reader's script (one classic script, no imports). */
  readonly script: string;
  readonly style: string;
  readonly data: OneFileData;
}

/** The line the file shows about itself. */
export function provenanceLine(p: OneFileProvenance): string {
  return `One-file reader made with Duizhao ${p.version} from ${p.title} on ${p.madeAt.slice(0, 10)}`;
}

/** JSON that no text can end early inside a `<script>`: every `<` (and the line separators JavaScript once refused) as an escape. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Script or style text that cannot close its element or open a comment in it (`</script` → `<\/script`, `<!--` → `<\!--`). */
function rawTextFor(text: string, element: 'script' | 'style'): string {
  return text.replace(new RegExp(`<(/${element})`, 'gi'), '<\\$1').replace(/<!--/g, '<\\!--');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Nothing may be fetched: no connection, image, font, frame or form target, only the file's own
 * inline script and style (and `data:`/`blob:` images, which the page makes itself).
 */
export const ONE_FILE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";

/** The data as the file holds it: the glossary compact. */
function fileFormOf(data: OneFileData): Omit<OneFileData, 'glossary'> & { readonly glossary: CompactGlossary | null } {
  return { ...data, glossary: data.glossary ? compactGlossary(data.glossary) : null };
}

/** The whole file. */
export function composeOneFileHtml({ script, style, data }: OneFileParts): string {
  const line = escapeHtml(provenanceLine(data.provenance));
  const title = escapeHtml(`${data.provenance.title} · Duizhao`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${ONE_FILE_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="Duizhao ${escapeHtml(data.provenance.version)}">`,
    '<link rel="icon" href="data:,">',
    `<title>${title}</title>`,
    `<style>${rawTextFor(style, 'style')}</style>`,
    '</head>',
    '<body>',
    `<div id="root"><p class="one-file-static">${line}. It needs JavaScript to show its texts.</p></div>`,
    `<script type="application/json" id="${ONE_FILE_DATA_ID}">${jsonForScript(fileFormOf(data))}</script>`,
    `<script>${rawTextFor(script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const PAGE_KEYS = ['doc', 'project', 'newTexts', 'handout', 'base'] as const;

/**
 * The view as the URL would carry it: what it says wrongly is left out (it came from a file), and
 * so is what names a page of the app (the document, the handout) or asks for another comparison
 * (the file carries the comparison as it was shown).
 */
function soundView(view: unknown): ViewState {
  if (!isRecord(view)) return {};
  const reading: Record<string, unknown> = { ...view };
  for (const key of PAGE_KEYS) delete reading[key];
  try {
    return parseViewState(viewStateQuery(reading));
  } catch {
    return {};
  }
}

/** The data a one-file reader carries, from its JSON; throws an Error naming what is wrong. */
export function readOneFileData(json: string): OneFileData {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`this file's data is not JSON (${(error as Error).message}): the file is damaged; make it again`);
  }
  if (!isRecord(data) || data.format !== ONE_FILE_FORMAT) throw new Error('this file holds no Duizhao one-file reader data');
  if (data.version !== ONE_FILE_VERSION) throw new Error(`this one-file reader is version ${String(data.version)}; this script reads version ${ONE_FILE_VERSION}`);
  if (data.kind !== 'corpus' && data.kind !== 'project') throw new Error('this file does not say what kind of document it holds');
  if (typeof data.id !== 'string' || !data.id) throw new Error('this file does not name its document');
  const doc = parseBuiltDocument(data.doc, 'the document in this file');
  const notes = isRecord(data.notes) ? Object.fromEntries(Object.entries(data.notes).filter(([k, v]) => /^\d+$/.test(k) && typeof v === 'string')) : {};
  const glossary = expandGlossary(data.glossary);
  const provenance = isRecord(data.provenance) ? data.provenance : {};
  return {
    format: ONE_FILE_FORMAT,
    version: ONE_FILE_VERSION,
    kind: data.kind,
    id: data.id,
    doc,
    threshold: typeof data.threshold === 'number' && data.threshold >= 0 && data.threshold <= 1 ? data.threshold : 0.5,
    notes: notes as Record<string, string>,
    glossary,
    pinyin: isPinyinTable(data.pinyin) ? data.pinyin : null,
    view: soundView(data.view),
    provenance: {
      version: typeof provenance.version === 'string' ? provenance.version : '?',
      title: typeof provenance.title === 'string' ? provenance.title : doc.title.zh,
      madeAt: typeof provenance.madeAt === 'string' ? provenance.madeAt : '',
    },
  };
}

/** What a one-file reader is made from: the reader's document and what goes with it. */
export interface OneFileSource {
  readonly kind: 'corpus' | 'project';
  readonly id: string;
  readonly doc: BuiltDocument | ProjectDocument;
  readonly threshold: number;
  /** By 0-based row; a project's own notes are in its rows. */
  readonly notes: ReadonlyMap<number, string>;
  readonly glossary: Glossary | null;
  readonly pinyin: PinyinTable | null;
  readonly view: ViewState;
  readonly version: string;
  readonly madeAt: Date;
}

/**
 * The document as a reader needs it: each text without its way back to the source (the offset map
 * and the removals, with the text of what was removed: a twentieth of the communiqué's file),
 * which the reader never reads.
 */
function readerDocument<D extends BuiltDocument | ProjectDocument>(doc: D): D {
  return { ...doc, witnesses: doc.witnesses.map((w) => ({ ...w, kept: [], removals: [] })) };
}

/** The file's data (its document as `readerDocument` keeps it, its view as `soundView` does). */
export function oneFileDataOf(source: OneFileSource): OneFileData {
  const doc = readerDocument(source.doc);
  return {
    format: ONE_FILE_FORMAT,
    version: ONE_FILE_VERSION,
    kind: source.kind,
    id: source.id,
    doc,
    threshold: source.threshold,
    notes: source.kind === 'corpus' ? Object.fromEntries([...source.notes].map(([row, text]) => [String(row), text])) : {},
    glossary: source.glossary,
    pinyin: source.pinyin,
    view: soundView(source.view),
    provenance: { version: source.version, title: doc.title.zh, madeAt: source.madeAt.toISOString() },
  };
}
