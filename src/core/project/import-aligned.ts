/**
 * Open what others aligned: a TMX 1.4 file (a translation memory from a CAT tool, or Duizhao's
 * own export) or a TSV of two or three columns becomes a project with its rows as given, to
 * correct and confirm here. Each cell is read as its text's sentences (the same reading as a plain
 * text), so a row holds the sentences of its cell; a row's status and confidence come back from
 * Duizhao's own `<prop>`s (`x-status`, `x-confidence`), and are `auto` and 1 otherwise. Errors name
 * the file and the line.
 */
import type { Lang, Witness } from '../model.ts';
import { buildWitness } from '../pipeline/build-witness.ts';
import { hanShare } from '../text/decode-text.ts';
import { inputShapeProblem, type Project } from './project.ts';
import { assembleProject } from './create-project.ts';
import { cleanLabel, defaultWitnessLabels, labelProblem } from './witness-label.ts';
import type { ProjectRow, RowStatus } from './types.ts';

/**
 * An alignment as another tool gives it: its texts (where each came from, its language, and the
 * label the file gives it, if any) and rows of one cell per text.
 */
export interface AlignedTable {
  readonly columns: readonly { readonly source: string; readonly label?: string; readonly lang: Lang; readonly script?: Witness['script'] }[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly status?: RowStatus; readonly confidence?: number; readonly note?: string }[];
}

export class ImportError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlDecode(text: string, where: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const known = ENTITIES[name];
    if (known === undefined) throw new ImportError(`${where}: unknown entity ${all}`);
    return known;
  });
}

/** A `<seg>`'s text: CDATA kept, inline codes of the source format (bpt, ept, ph, it, ut) left out, highlighting (hi, sub) kept as text. */
function segText(inner: string, where: string): string {
  const parts: string[] = [];
  for (const piece of inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    if (piece.startsWith('<![CDATA[')) parts.push(piece.slice(9, -3));
    else parts.push(xmlDecode(piece.replace(/<(bpt|ept|ph|it|ut)\b[^>]*>[\s\S]*?<\/\1>|<(bpt|ept|ph|it|ut)\b[^>]*\/>/g, '').replace(/<[^>]+>/g, ''), where));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The languages of a TMX `xml:lang` (or TMX 1.1 `lang`): zh-Hant / zh-TW / zh-HK as traditional Chinese. */
function tmxLang(tag: string): { lang: Lang; script?: Witness['script'] } | null {
  const t = tag.toLowerCase();
  if (t === 'zh' || t.startsWith('zh-') || t.startsWith('zh_') || t === 'lzh' || t.startsWith('lzh')) return { lang: 'zh', script: /hant|tw|hk|mo/.test(t) ? 'hant' : /hans|cn|sg/.test(t) ? 'hans' : 'mixed' };
  if (t === 'en' || t.startsWith('en-') || t.startsWith('en_')) return { lang: 'en' };
  return null;
}

/** A TMX file as an aligned table: the languages of its first unit with two, every unit a row. */
export function parseTmx(text: string, fileName: string): AlignedTable {
  if (!/<tmx\b/.test(text)) throw new ImportError(`${fileName}: not a TMX file (no <tmx> element)`);
  const units = [...text.matchAll(/<tu\b[^>]*>([\s\S]*?)<\/tu>/g)];
  if (units.length === 0) throw new ImportError(`${fileName}: the TMX file has no translation units (<tu>)`);
  let tags: string[] | null = null;
  // Duizhao's own TMX names each text in its <tuv>s: <prop type="x-label">
  const labels = new Map<string, string>();
  const rows: AlignedTable['rows'][number][] = [];
  for (const unit of units) {
    const where = `${fileName}, line ${lineOf(text, unit.index)}`;
    const body = unit[1]!;
    const variants = [...body.matchAll(/<tuv\b[^>]*?\b(?:xml:lang|lang)="([^"]+)"[^>]*>([\s\S]*?)<\/tuv>/g)].map((v) => {
      const seg = /<seg\b[^>]*>([\s\S]*?)<\/seg>/.exec(v[2]!);
      if (!seg) throw new ImportError(`${where}: a <tuv> without a <seg>`);
      const label = /<prop\b[^>]*type="x-label"[^>]*>([^<]*)<\/prop>/.exec(v[2]!)?.[1];
      if (label !== undefined && !labels.has(v[1]!.toLowerCase())) labels.set(v[1]!.toLowerCase(), cleanLabel(xmlDecode(label, where)));
      return { tag: v[1]!, text: segText(seg[1]!, where) };
    });
    if (variants.length === 0) throw new ImportError(`${where}: a <tu> without a <tuv xml:lang="…">`);
    tags ??= variants.length >= 2 ? variants.slice(0, 3).map((v) => v.tag) : null;
    if (!tags) throw new ImportError(`${where}: the first unit has one language; a project needs two texts`);
    const cells = tags.map((tag) => variants.find((v) => v.tag.toLowerCase() === tag.toLowerCase())?.text ?? '');
    const prop = (type: string) => new RegExp(`<prop\\b[^>]*type="${type}"[^>]*>([^<]*)</prop>`).exec(body)?.[1]?.trim();
    const status = prop('x-status');
    const confidence = Number(prop('x-confidence'));
    const note = /<note\b[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1];
    rows.push({
      cells,
      ...(status === 'confirmed' || status === 'auto' ? { status } : {}),
      ...(Number.isFinite(confidence) && confidence >= 0 && confidence <= 1 ? { confidence } : {}),
      ...(note ? { note: xmlDecode(note, where).trim() } : {}),
    });
  }
  const columns = tags!.map((tag) => {
    const lang = tmxLang(tag);
    if (!lang) throw new ImportError(`${fileName}: the language "${tag}" is not Chinese or English`);
    const label = labels.get(tag.toLowerCase());
    return { source: `${fileName} (${tag})`, ...(label !== undefined && labelProblem(label) === null ? { label } : {}), ...lang };
  });
  return { columns, rows };
}

/**
 * A TSV of two or three columns (Chinese and English, or up to three texts) as an aligned table;
 * Duizhao's own export (`row<TAB>A<TAB>B[<TAB>note]`) is read with its header and notes. Each
 * column's language is told by its share of Han characters.
 */
export function parseAlignedTsv(text: string, fileName: string): AlignedTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  if (lines.length === 0) throw new ImportError(`${fileName}: the file is empty`);
  const header = lines[0]!.split('\t');
  const own = header[0] === 'row' && header.length >= 3;
  const body = own ? lines.slice(1) : lines;
  const width = own ? (header.at(-1) === 'note' ? header.length - 2 : header.length - 1) : header.length;
  if (width < 2 || width > 3) throw new ImportError(`${fileName}, line 1: expected two or three columns of text separated by tabs, found ${width}`);
  const rows = body.map((line, k) => {
    const fields = line.split('\t');
    const texts = own ? fields.slice(1, 1 + width) : fields;
    if (texts.length !== width) throw new ImportError(`${fileName}, line ${k + 1 + (own ? 1 : 0)}: expected ${width} columns, found ${texts.length}`);
    const note = own && header.at(-1) === 'note' ? fields[1 + width]?.trim() : undefined;
    return { cells: texts.map((t) => t.replace(/\s+/g, ' ').trim()), ...(note ? { note } : {}) };
  });
  const columns = Array.from({ length: width }, (_, c) => {
    const all = rows.map((r) => r.cells[c]!).join('');
    return { source: own ? `${fileName} (${header[c + 1]!})` : `${fileName} (column ${c + 1})`, lang: hanShare(all) >= 0.3 ? ('zh' as const) : ('en' as const) };
  });
  return { columns, rows };
}

/**
 * The project made of an aligned table: each column's cells are its text (a blank line between
 * cells, so no sentence crosses one), read as a plain text is; a row holds the sentences of its
 * cells. Rows empty in every column are left out. Chinese columns come first, as in a project
 * made from texts, and the Chinese are compared.
 */
export function projectFromTable(table: AlignedTable, meta: { readonly id: string; readonly name: string; readonly now: string; readonly fileName: string }): Project {
  const problem = inputShapeProblem(table.columns.map((c) => c.lang));
  if (problem) throw new ImportError(`${meta.fileName}: ${problem}`);
  const rows = table.rows.filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new ImportError(`${meta.fileName}: every row is empty`);
  const order = table.columns.map((c, k) => ({ c, k })).sort((x, y) => Number(x.c.lang === 'en') - Number(y.c.lang === 'en'));
  const several = order.filter(({ c }) => c.lang === 'zh').length > 1;
  let z = 0;
  // the file's own names for its texts, else readable ones from its name ("primer.tmx" → "Primer (English)")
  const defaults = defaultWitnessLabels(order.map(({ c }) => ({ fileName: meta.fileName, lang: c.lang })));
  const witnesses = order.map(({ c, k }, w) => {
    const text = rows.map((r) => r.cells[k]!).filter((cell) => cell !== '').join('\n\n') + '\n';
    const id = c.lang === 'en' ? 'en' : several ? `zh-${'abc'[z++]}` : 'zh';
    return buildWitness({ id, lang: c.lang, script: c.lang === 'en' ? 'latn' : (c.script ?? 'mixed'), label: c.label ?? defaults[w]!, file: meta.fileName, format: 'plain-text' }, text);
  });
  // each non-empty cell is one paragraph of its text, in order
  const cursors = witnesses.map(() => ({ paragraph: 0, segment: 0 }));
  const projectRows: ProjectRow[] = rows.map((row) => ({
    cells: order.map(({ k }, w) => {
      const cursor = cursors[w]!;
      const start = cursor.segment;
      if (row.cells[k] === '') return { start, end: start };
      const segments = witnesses[w]!.segments;
      while (cursor.segment < segments.length && segments[cursor.segment]!.paragraph === cursor.paragraph) cursor.segment++;
      cursor.paragraph++;
      return { start, end: cursor.segment };
    }),
    confidence: row.confidence ?? 1,
    status: row.status ?? 'auto',
    ...(row.note ? { note: row.note } : {}),
  }));
  // a cell read as more paragraphs than one would leave sentences over: refused rather than misplaced
  const lost = witnesses.findIndex((w, k) => cursors[k]!.segment !== w.segments.length);
  if (lost >= 0) throw new ImportError(`${meta.fileName}: the cells of ${witnesses[lost]!.label} could not be read as its sentences, row by row`);
  const sources = order.map(({ c }) => ({ fileName: c.source, encoding: 'utf-8' }));
  return assembleProject(meta, witnesses, sources, projectRows.filter((r) => r.cells.some((c) => c.end > c.start)));
}

/** A TMX or TSV file (told by its content, then its name) as a project. */
export function importAligned(text: string, meta: { readonly id: string; readonly now: string; readonly fileName: string }): Project {
  const tmx = /^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<tmx\b/.test(text.replace(/^\uFEFF/, '')) || /\.tmx$/i.test(meta.fileName);
  const table = tmx ? parseTmx(text, meta.fileName) : parseAlignedTsv(text, meta.fileName);
  return projectFromTable(table, { ...meta, name: meta.fileName.replace(/\.(tmx|tsv|txt)$/i, '') });
}
