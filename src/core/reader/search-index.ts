/**
 * An inverted index over the folded text of every witness of a set of documents, so that search
 * across the library looks up a query instead of scanning every text. Its answers are find's
 * (findInDocument): the same hits, in the same order, cut at the same MAX_HITS per document.
 *
 * Postings are per UTF-16 code unit of the folded text, not per code point: indexOf, which find
 * uses, matches code units, so a needle can begin inside a character's folded form (`i` in the `fi`
 * of `ﬁ`) and must still be found. A query is looked up through its rarest unit in each witness,
 * and each candidate checked against the folded text.
 *
 * What is serialised is the folded text and the exceptions of its offset map, not the postings:
 * the postings are that text sorted by unit, so they hold nothing more, and written out (even
 * delta-encoded) they take more bytes than the text. They are rebuilt in one counting pass on load,
 * which needs no OpenCC; the folding, which does, is done once, at build time or in the worker.
 */
import type { Witness } from '../model.ts';
import { witnessRows } from './pane-blocks.ts';
import { foldQuery, foldText, hitAt, inReadingOrder, MAX_HITS, type FindableDocument, type FindHit } from './find.ts';
import { decodeMap, encodeMap, exceptionsOf, fromOf, lowerBound, toOf, type OffsetMap } from './offset-map.ts';

/** The serialised index: one slot per witness, documents in order, witnesses in order. */
export interface SerialisedSearchIndex {
  readonly format: typeof FORMAT;
  readonly version: typeof VERSION;
  /** Per witness: its folded text, and its offset map's exceptions as flat triples (see OffsetMap). */
  readonly slots: readonly (readonly [folded: string, map: readonly number[]])[];
}

const FORMAT = 'duizhao-search-index';
const VERSION = 1;
const SPACE_UNIT = 0x20;

interface Slot {
  readonly doc: number;
  readonly witness: number;
  readonly text: string;
  /** Where this slot's units start in the postings' numbering (all slots' units end to end). */
  readonly base: number;
  readonly map: OffsetMap;
}

/** A search file that cannot be used: the file is named, and what is wrong with it. */
export class SearchIndexError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem} (rebuild with \`npm run cli -- build\`)`);
    this.name = 'SearchIndexError';
  }
}

export class SearchIndex<D extends FindableDocument = FindableDocument> {
  readonly documents: readonly D[];
  private readonly slots: readonly Slot[];
  /** The first slot of each document; its witnesses' slots follow in order. */
  private readonly firstSlot: Int32Array;
  /** The distinct units (ascending), where each one's postings start in `positions`, and the postings. */
  private readonly units: Uint16Array;
  private readonly unitStart: Uint32Array;
  private readonly positions: Int32Array;
  private readonly rows = new Map<number, Int32Array>();

  constructor(documents: readonly D[], folded: readonly { readonly text: string; readonly map: OffsetMap }[]) {
    this.documents = documents;
    this.firstSlot = new Int32Array(documents.length);
    const slots: Slot[] = [];
    let base = 0;
    documents.forEach((doc, d) => {
      this.firstSlot[d] = slots.length;
      doc.witnesses.forEach((_, w) => {
        const f = folded[slots.length]!;
        slots.push({ doc: d, witness: w, text: f.text, base, map: f.map });
        base += f.text.length;
      });
    });
    this.slots = slots;
    // a counting sort of every unit by value: the postings of each unit come out in text order
    const counts = new Uint32Array(0x10000);
    for (const { text } of slots) for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i)]!++;
    counts[SPACE_UNIT] = 0; // a query is trimmed, so it always has a unit other than space to look up
    const units: number[] = [];
    for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) units.push(c);
    this.units = Uint16Array.from(units);
    this.unitStart = new Uint32Array(units.length + 1);
    const cursor = new Int32Array(0x10000).fill(-1);
    let total = 0;
    units.forEach((c, k) => {
      this.unitStart[k] = total;
      cursor[c] = total;
      total += counts[c]!;
    });
    this.unitStart[units.length] = total;
    this.positions = new Int32Array(total);
    for (const { text, base } of slots) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== SPACE_UNIT) this.positions[cursor[c]!++] = base + i;
      }
    }
  }

  /** findInDocument(documents[d], query, shown), answered from the index. */
  find(d: number, query: string, shown: readonly string[] = this.documents[d]!.witnesses.map((w) => w.id)): FindHit[] {
    const doc = this.documents[d]!;
    const hits: FindHit[] = [];
    const needles = new Map<Witness['lang'], string>();
    for (const id of shown) {
      const w = doc.witnesses.findIndex((x) => x.id === id);
      const witness = doc.witnesses[w];
      if (!witness || witness.segments.length === 0) continue;
      let needle = needles.get(witness.lang);
      if (needle === undefined) needles.set(witness.lang, (needle = foldQuery(query, witness.lang)));
      if (needle === '') continue;
      const slot = this.slots[this.firstSlot[d]! + w]!;
      const rowOfSegment = this.rowsOf(slot);
      for (const at of this.matches(slot, needle, MAX_HITS - hits.length)) {
        hits.push(hitAt(witness, id, rowOfSegment, fromOf(slot.map, at), toOf(slot.map, at + needle.length - 1)));
      }
    }
    return inReadingOrder(hits, shown);
  }

  /** The index as JSON can hold it. */
  serialise(): SerialisedSearchIndex {
    return { format: FORMAT, version: VERSION, slots: this.slots.map((s) => [s.text, encodeMap(s.map)] as const) };
  }

  /** Where `needle` starts in a slot's folded text, as indexOf finds it (left to right, not overlapping), at most `limit`. */
  private matches(slot: Slot, needle: string, limit: number): number[] {
    const found: number[] = [];
    const n = slot.text.length;
    const m = needle.length;
    if (limit <= 0 || m > n) return found;
    // the unit of the needle with the fewest postings in this slot
    let best = -1;
    let bestOffset = 0;
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < m; k++) {
      const c = needle.charCodeAt(k);
      if (c === SPACE_UNIT) continue;
      const u = this.unitIndex(c);
      if (u < 0) return found;
      const a = lowerBound(this.positions, this.unitStart[u]!, this.unitStart[u + 1]!, slot.base + k);
      const b = lowerBound(this.positions, a, this.unitStart[u + 1]!, slot.base + n - m + k + 1);
      if (best < 0 || b - a < hi - lo) [best, bestOffset, lo, hi] = [u, k, a, b];
    }
    let next = 0;
    for (let p = lo; p < hi && found.length < limit; p++) {
      const at = this.positions[p]! - slot.base - bestOffset;
      if (at < next || !slot.text.startsWith(needle, at)) continue;
      found.push(at);
      next = at + m;
    }
    return found;
  }

  private unitIndex(c: number): number {
    const k = lowerBound(this.units, 0, this.units.length, c);
    return k < this.units.length && this.units[k] === c ? k : -1;
  }

  private rowsOf(slot: Slot): Int32Array {
    const key = this.firstSlot[slot.doc]! + slot.witness;
    let rows = this.rows.get(key);
    if (!rows) {
      rows = witnessRows(this.documents[slot.doc]!, slot.witness).rowOfSegment;
      this.rows.set(key, rows);
    }
    return rows;
  }
}

/** The index of `documents`, folding every witness (this loads OpenCC's table). */
export function buildSearchIndex<D extends FindableDocument>(documents: readonly D[]): SearchIndex<D> {
  return new SearchIndex(
    documents,
    documents.flatMap((doc) =>
      doc.witnesses.map((w) => {
        const { text, from, to } = foldText(w.text, w.lang);
        return { text, map: exceptionsOf(from, to) };
      }),
    ),
  );
}

/**
 * The index of `documents` from its serialised form `data` (read from `file`, which errors name),
 * checked against the documents: a slot per witness, every offset inside its witness's text.
 */
export function loadSearchIndex<D extends FindableDocument>(documents: readonly D[], data: unknown, file: string): SearchIndex<D> {
  const fail = (problem: string): never => {
    throw new SearchIndexError(file, problem);
  };
  if (typeof data !== 'object' || data === null) return fail('the search index is missing');
  const { format, version, slots } = data as Partial<Record<keyof SerialisedSearchIndex, unknown>>;
  if (format !== FORMAT) return fail('the search index is missing or of another kind');
  if (version !== VERSION) return fail(`the search index is version ${String(version)}, this app reads version ${VERSION}`);
  if (!Array.isArray(slots)) return fail('the search index holds no list of texts');
  const witnesses = documents.flatMap((doc, d) => doc.witnesses.map((w, k) => ({ w, where: `document ${d + 1}, text ${k + 1}` })));
  if (slots.length !== witnesses.length) return fail(`the search index has ${slots.length} texts, the documents ${witnesses.length}`);
  const folded = slots.map((slot: unknown, s) => {
    const { w, where } = witnesses[s]!;
    if (!Array.isArray(slot) || slot.length !== 2 || typeof slot[0] !== 'string' || !Array.isArray(slot[1])) return fail(`the search index of ${where} is not [text, offsets]`);
    const [text, map] = slot as [string, unknown[]];
    const decoded = decodeMap(map, text.length, w.text.length);
    if (typeof decoded === 'string') return fail(`the search index of ${where}: ${decoded}`);
    return { text, map: decoded };
  });
  return new SearchIndex(documents, folded);
}
