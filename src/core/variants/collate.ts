/** Collating a document's Chinese witnesses: each compared with the base (the comparison's tables come with it). */
import type { BuiltDocument, DocumentVariants } from '../model.ts';
import { compareWitnesses } from './compare-witnesses.ts';
import { MAX_CHINESE_WITNESSES } from './collation.ts';

/**
 * Every other Chinese witness of `doc` compared with `base` (default: the first Chinese witness):
 * the differences in the base's reading order, each naming its witness when there are several.
 * Undefined when the document has fewer than two Chinese witnesses. Throws on a base that is not one.
 */
export function collate(doc: Pick<BuiltDocument, 'id' | 'witnesses' | 'rows'>, base?: string): DocumentVariants | undefined {
  const chinese = doc.witnesses.filter((w) => w.lang === 'zh').map((w) => w.id);
  if (chinese.length < 2) return undefined;
  if (chinese.length > MAX_CHINESE_WITNESSES) throw new Error(`a collation takes at most ${MAX_CHINESE_WITNESSES} Chinese texts; ${doc.id} has ${chinese.length}`);
  const a = base ?? chinese[0]!;
  if (!chinese.includes(a)) throw new Error(`the base "${a}" is not one of the Chinese texts of ${doc.id} (${chinese.join(', ')})`);
  const compared = chinese.filter((id) => id !== a);
  const several = compared.length > 1;
  if (!several) return { a, b: compared[0]!, items: compareWitnesses(doc, a, compared[0]!) };
  const items = compared.flatMap((id, order) =>
    compareWitnesses(doc, a, id).map((v) => ({ v: { ...v, witness: id }, order })),
  );
  // one reading order for all: by row and place in the base, then witness order
  items.sort((x, y) => x.v.row - y.v.row || x.v.aSpan.start - y.v.aSpan.start || x.v.aSpan.end - y.v.aSpan.end || x.order - y.order);
  return { a, b: compared[0]!, compared, items: items.map((x) => x.v) };
}
