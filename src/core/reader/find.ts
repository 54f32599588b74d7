/**
 * Find in a document: every row, not only the rows in the page. Chinese is compared by the
 * simplified form of each character and its standard variant form, so that 泽东 finds 澤東 in a
 * traditional witness and 着 finds 著, and spacing is ignored (一九五 八 is 一九五八); English by
 * letters without case or diacritics (Molotov finds Mólotov, ZHOU finds Zhou), runs of space as
 * one. Each witness's folded text is made once and kept. This module brings OpenCC's
 * traditional→simplified table with it, so the reader loads it when find is first used.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import { toSimplified } from '../text/opencc.ts';
import { VARIANT_STANDARD } from '../variants/variant-table.ts';
import { witnessRows } from './pane-blocks.ts';

/** A match: in which witness, which segment and row it starts in, and its span in the witness's text. */
export interface FindHit {
  readonly witness: string;
  readonly segment: number;
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

/** What find reads of a witness. */
export type FindableWitness = Pick<Witness, 'id' | 'lang' | 'text' | 'segments'>;

/** What find reads of a document: its witnesses and the rows that align them. */
export interface FindableDocument {
  readonly witnesses: readonly FindableWitness[];
  readonly rows: BuiltDocument['rows'];
}

/** More than this many matches are not listed (a query of one common character in a long document). */
export const MAX_HITS = 5000;

/** A witness's text as find compares it, and for each of its code units the span of the original character it came from. */
export interface Folded {
  readonly text: string;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

const folded = new WeakMap<FindableWitness, Folded>();
const simplifiedChar = new Map<string, string>();
const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

/** One character as find compares it in a text of `lang`; '' for what is not compared (space in Chinese). */
function foldChar(ch: string, lang: Witness['lang']): string {
  if (SPACE.test(ch)) return lang === 'zh' ? '' : ' ';
  if (HAN.test(ch)) {
    let s = simplifiedChar.get(ch);
    if (s === undefined) {
      s = toSimplified(ch);
      simplifiedChar.set(ch, s);
    }
    return VARIANT_STANDARD.get(s) ?? VARIANT_STANDARD.get(ch) ?? s;
  }
  // full-width letters and digits as their ASCII forms; letters without diacritics or case
  return ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** `text` as find compares it; the search index (search-index.ts) folds with this too, so the two cannot disagree. */
export function foldText(text: string, lang: Witness['lang']): Folded {
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  let lastSpace = true;
  for (const ch of text) {
    const f = foldChar(ch, lang);
    const space = f === ' ';
    // a run of space is one space, and space at the start counts for nothing
    if (!(space && lastSpace)) {
      for (let k = 0; k < f.length; k++) {
        units.push(f[k]!);
        from.push(at);
        to.push(at + ch.length);
      }
    }
    if (f !== '') lastSpace = space;
    at += ch.length;
  }
  return { text: units.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

function foldedWitness(witness: FindableWitness): Folded {
  let f = folded.get(witness);
  if (!f) {
    f = foldText(witness.text, witness.lang);
    folded.set(witness, f);
  }
  return f;
}

/** The query as find compares it against a witness of `lang` (trimmed; '' finds nothing). */
export function foldQuery(query: string, lang: Witness['lang']): string {
  return foldText(query.trim(), lang).text.trim();
}

/** The segment a text offset falls in (segments cover the text in order). */
function segmentAt(witness: FindableWitness, offset: number): number {
  const segments = witness.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every match of `query` in the witnesses `shown` (ids, in the order they are shown), in reading
 * order: by row, then by witness as shown, then by place. At most MAX_HITS.
 */
export function findInDocument(doc: FindableDocument, query: string, shown: readonly string[]): FindHit[] {
  const hits: FindHit[] = [];
  for (const id of shown) {
    const w = doc.witnesses.findIndex((x) => x.id === id);
    const witness = doc.witnesses[w];
    if (!witness || witness.segments.length === 0) continue;
    const needle = foldQuery(query, witness.lang);
    if (needle === '') continue;
    const { text, from, to } = foldedWitness(witness);
    const rows = witnessRows(doc, w);
    for (let i = text.indexOf(needle); i >= 0 && hits.length < MAX_HITS; i = text.indexOf(needle, i + needle.length)) {
      hits.push(hitAt(witness, id, rows.rowOfSegment, from[i]!, to[i + needle.length - 1]!));
    }
  }
  return inReadingOrder(hits, shown);
}

/** The hit covering `start`–`end` of a witness's text, placed in its segment and row. */
export function hitAt(witness: FindableWitness, id: string, rowOfSegment: Int32Array, start: number, end: number): FindHit {
  const segment = segmentAt(witness, start);
  return { witness: id, segment, row: rowOfSegment[segment] ?? 0, start, end };
}

/** Hits sorted as find lists them: by row, then by witness as shown, then by place. */
export function inReadingOrder(hits: FindHit[], shown: readonly string[]): FindHit[] {
  const order = new Map(shown.map((id, k) => [id, k]));
  return hits.sort((x, y) => x.row - y.row || order.get(x.witness)! - order.get(y.witness)! || x.start - y.start);
}
