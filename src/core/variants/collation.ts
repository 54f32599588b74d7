/**
 * Reading a collation of up to four Chinese witnesses (one the base, each other compared with it,
 * by `collate.ts`): the differences gathered into places of variation in the base, where every
 * witness's reading can be read side by side (as an apparatus prints them). Light on purpose: the
 * reader imports it, and the comparison with its variant tables stays in the worker's bundle.
 */
import type { DocumentVariants } from '../model.ts';
import type { Variant, VariantCategory } from '../model-variant.ts';

/** A document or project compares at most this many Chinese witnesses. */
export const MAX_CHINESE_WITNESSES = 4;

/** The witness whose reading is `b` in a difference of `variants`. */
export function witnessOf(variants: Pick<DocumentVariants, 'b'>, v: Pick<Variant, 'witness'>): string {
  return v.witness ?? variants.b;
}

/** Every witness compared with the base, in witness order. */
export function comparedWitnesses(variants: Pick<DocumentVariants, 'b' | 'compared'>): readonly string[] {
  return variants.compared ?? [variants.b];
}

/** The base, then every witness compared with it: the witnesses of an apparatus, in order. */
export function collatedWitnesses(variants: Pick<DocumentVariants, 'a' | 'b' | 'compared'>): readonly string[] {
  return [variants.a, ...comparedWitnesses(variants)];
}

/** A stretch of the base where one or more witnesses read otherwise. */
export interface Place {
  /** UTF-16 offsets into the base text (equal for a place where the base has nothing). */
  readonly start: number;
  readonly end: number;
  readonly row: number;
  /** Indices into `variants.items` of the differences at this place, in list order. */
  readonly items: readonly number[];
}

/**
 * The places of variation: differences of all witnesses whose base spans overlap (or share an
 * empty place) gathered into one; a moved passage is a place of its own. In base order.
 */
export function placesOfVariation(variants: Pick<DocumentVariants, 'items'>): Place[] {
  const order = variants.items.map((_, i) => i).sort((x, y) => spanOrder(variants.items[x]!, variants.items[y]!));
  const places: { start: number; end: number; row: number; items: number[]; moved: boolean }[] = [];
  for (const i of order) {
    const v = variants.items[i]!;
    const last = places[places.length - 1];
    const moved = v.category === 'moved';
    if (last && !moved && !last.moved && touches(last, v.aSpan)) {
      last.end = Math.max(last.end, v.aSpan.end);
      last.items.push(i);
      continue;
    }
    places.push({ start: v.aSpan.start, end: v.aSpan.end, row: v.row, items: [i], moved });
  }
  return places.map(({ start, end, row, items }) => ({ start, end, row, items: items.sort((x, y) => x - y) }));
}

function spanOrder(x: Variant, y: Variant): number {
  return x.aSpan.start - y.aSpan.start || x.aSpan.end - y.aSpan.end || x.row - y.row;
}

/** Whether a span overlaps a place, or both are the same empty place, or one is empty at the other's edge inside it. */
function touches(place: { start: number; end: number }, span: { start: number; end: number }): boolean {
  if (span.start < place.end && span.end > place.start) return true;
  if (span.start === span.end) return span.start >= place.start && span.start <= place.end && (place.start === place.end || span.start < place.end);
  return place.start === place.end && place.start > span.start && place.start < span.end;
}

/**
 * What `witness` reads at a place: the base's text there with that witness's differences put in
 * (the base's own reading for the base, and for a witness with no difference here). A moved
 * passage the witness has elsewhere reads as nothing here.
 */
export function readingAt(variants: Pick<DocumentVariants, 'a' | 'b' | 'items'>, baseText: string, place: Place, witness: string): string {
  if (witness === variants.a) return baseText.slice(place.start, place.end);
  let out = '';
  let at = place.start;
  const own = place.items.map((i) => variants.items[i]!).filter((v) => witnessOf(variants, v) === witness);
  for (const v of own.sort(spanOrder)) {
    out += baseText.slice(at, v.aSpan.start) + (v.category === 'moved' ? '' : v.b);
    at = v.aSpan.end;
  }
  return out + baseText.slice(at, place.end);
}

/** Which of several categories at one place a mark shows: the one a reader most needs to see. */
const SALIENCE: readonly VariantCategory[] = ['substantive', 'moved', 'numeral', 'variant', 'script', 'punctuation'];

export function mostSalient(categories: Iterable<VariantCategory>): VariantCategory | undefined {
  const present = new Set(categories);
  return SALIENCE.find((c) => present.has(c));
}
