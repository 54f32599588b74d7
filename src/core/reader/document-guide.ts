/**
 * What the reader says about a document beyond its text: counts of differences per category, the
 * order to step through differences in, and the headings of sections (the second of two letters)
 * the text itself does not carry.
 */
import type { BuiltDocument, Witness } from '../model.ts';
import { VARIANT_CATEGORIES, type VariantCategory } from '../model-variant.ts';

/** How many differences of each category the document has (every category present, 0 for none). */
export function variantCounts(doc: BuiltDocument): Record<VariantCategory, number> {
  const counts = Object.fromEntries(VARIANT_CATEGORIES.map((c) => [c, 0])) as Record<VariantCategory, number>;
  for (const v of doc.variants?.items ?? []) counts[v.category]++;
  return counts;
}

/**
 * Section titles to show before a segment, by segment index: a section's title where the section
 * starts, unless the text there already is that title (a heading of the text).
 */
export function sectionHeadings(witness: Witness): Map<number, string> {
  const out = new Map<number, string>();
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const section of witness.sections) {
    const title = squash(section.title);
    if (!title) continue;
    const s = witness.segments.findIndex((seg) => seg.end > section.start);
    if (s < 0) continue;
    const seg = witness.segments[s]!;
    if (squash(witness.text.slice(seg.start, seg.end)).startsWith(title)) continue;
    out.set(s, section.title.trim());
  }
  return out;
}

/** Indices of the document's differences of the kinds not `hidden`, in reading order (row, then place in the base). */
export function variantsInOrder(doc: BuiltDocument, hidden: ReadonlySet<string>): number[] {
  const items = doc.variants?.items ?? [];
  return items
    .map((_, i) => i)
    .filter((i) => !hidden.has(items[i]!.category))
    .sort((x, y) => items[x]!.row - items[y]!.row || items[x]!.aSpan.start - items[y]!.aSpan.start);
}

/**
 * The difference after (by 1) or before (by -1) where the reader is: the open difference when it
 * is one of `order`, else the current row (differences in it are "here", not next). Null at the end.
 */
export function stepVariant(doc: BuiltDocument, order: readonly number[], open: number | null, currentRow: number | null, by: -1 | 1): number | null {
  const items = doc.variants?.items ?? [];
  const at = open === null ? -1 : order.indexOf(open);
  if (at >= 0) return order[at + by] ?? null;
  if (currentRow === null) return (by > 0 ? order[0] : order[order.length - 1]) ?? null;
  if (by > 0) return order.find((i) => items[i]!.row > currentRow) ?? null;
  for (let k = order.length - 1; k >= 0; k--) if (items[order[k]!]!.row < currentRow) return order[k]!;
  return null;
}
