/**
 * A collation as a TEI P5 critical apparatus in parallel segmentation: the base text with, at
 * each place of variation, an `<app>` holding one `<rdg wit="#id">` per witness (empty for an
 * omission), its classes in `type` and the rules that decided them in `<note>`s; a `<listWit>`
 * names the witnesses. Pure: a string of XML from the texts and the list.
 */
import type { DocumentVariants } from '../model.ts';
import { collatedWitnesses, placesOfVariation, readingAt, witnessOf } from '../variants/collation.ts';

export interface ApparatusWitness {
  readonly id: string;
  readonly label: string;
}

export interface Apparatus {
  readonly title: string;
  /** The base (whose text the apparatus runs through) first, then every witness compared with it. */
  readonly witnesses: readonly ApparatusWitness[];
  readonly baseText: string;
  readonly variants: Pick<DocumentVariants, 'a' | 'b' | 'compared' | 'items'>;
}

/** Text as XML character data (or an attribute value). */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** An XML id from a witness id: letters, digits, `-`, `_`, `.`, starting with a letter. */
function xmlId(id: string): string {
  const cleaned = id.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^\p{L}/u.test(cleaned) ? cleaned : `w_${cleaned}`;
}

/** The base text with line breaks as `<lb/>`. */
function baseText(text: string): string {
  return xmlEscape(text).replace(/\r\n?|\n/g, '<lb/>\n');
}

export function toTeiApparatus({ title, witnesses, baseText: text, variants }: Apparatus): string {
  const ids = new Map(witnesses.map((w) => [w.id, xmlId(w.id)]));
  const label = new Map(witnesses.map((w) => [w.id, w.label]));
  const readers = collatedWitnesses(variants);
  const body: string[] = [];
  let at = 0;
  for (const place of placesOfVariation(variants)) {
    // places never overlap; one that would (none should) is left out of the text, not nested
    if (place.start < at) continue;
    body.push(baseText(text.slice(at, place.start)));
    const items = place.items.map((i) => variants.items[i]!);
    const types = [...new Set(items.map((v) => (v.strength ? `${v.category} ${v.strength}` : v.category)))].join(' ');
    const rdg = (id: string) => {
      const reading = readingAt(variants, text, place, id);
      const wit = ids.get(id) ?? xmlId(id);
      return reading === '' ? `<rdg wit="#${wit}"/>` : `<rdg wit="#${wit}">${xmlEscape(reading)}</rdg>`;
    };
    const several = readers.length > 2;
    const notes = items.map((v) => {
      const name = label.get(witnessOf(variants, v)) ?? witnessOf(variants, v);
      const who = several ? `${name}: ` : '';
      // a moved passage stands here in the base; the witness has it elsewhere (its reading and row in the note)
      const moved = v.category === 'moved' ? `<note type="moved">${xmlEscape(`${name} has it at row ${(v.bRow ?? v.row) + 1}: ${v.b}`)}</note>` : '';
      return (v.reason ? `<note>${xmlEscape(who + v.reason)}</note>` : '') + moved;
    });
    body.push(`<app type="${xmlEscape(types)}" n="${place.row + 1}">${readers.map(rdg).join('')}${notes.join('')}</app>`);
    at = place.end;
  }
  body.push(baseText(text.slice(at)));
  const listWit = witnesses.map((w) => `<witness xml:id="${ids.get(w.id)}">${xmlEscape(w.label)}</witness>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlEscape(title)}</title></titleStmt>`,
    '      <publicationStmt><p>Collation by Duizhao</p></publicationStmt>',
    `      <sourceDesc><listWit>${listWit}</listWit></sourceDesc>`,
    '    </fileDesc>',
    '    <encodingDesc><variantEncoding method="parallel-segmentation" location="internal"/></encodingDesc>',
    '  </teiHeader>',
    '  <text><body><ab>',
    body.join(''),
    '</ab></body></text>',
    '</TEI>',
    '',
  ].join('\n');
}
