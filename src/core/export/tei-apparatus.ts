/**
 * The differences between two witnesses as a TEI P5 critical apparatus in parallel segmentation:
 * A's text (the base) with, at each place of variation, an `<app>` holding one `<rdg wit="#id">`
 * per witness (empty for an omission), its class in `type` and the rule that decided it in
 * `<note>`; a `<listWit>` names the witnesses. Pure: a string of XML from the texts and the list.
 */
import type { Variant } from '../variants/types.ts';

export interface ApparatusWitness {
  readonly id: string;
  readonly label: string;
}

export interface Apparatus {
  readonly title: string;
  /** The base text (A) and the other (B). */
  readonly a: ApparatusWitness & { readonly text: string };
  readonly b: ApparatusWitness;
  readonly variants: readonly Variant[];
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

export function toTeiApparatus({ title, a, b, variants }: Apparatus): string {
  const [ia, ib] = [xmlId(a.id), xmlId(b.id)];
  // in A's order; a difference that overlaps the one before (none should) is left out of the text, not nested
  const ordered = [...variants].sort((x, y) => x.aSpan.start - y.aSpan.start || x.aSpan.end - y.aSpan.end);
  const body: string[] = [];
  let at = 0;
  for (const v of ordered) {
    if (v.aSpan.start < at) continue;
    body.push(baseText(a.text.slice(at, v.aSpan.start)));
    const note = v.reason ? `<note>${xmlEscape(v.reason)}</note>` : '';
    const type = v.strength ? `${v.category} ${v.strength}` : v.category;
    // a moved passage stands here in A; B has it elsewhere (its reading and row in the note)
    const bReading = v.category === 'moved' ? '' : v.b;
    const moved = v.category === 'moved' ? `<note type="moved">${xmlEscape(`${b.label} has it at row ${(v.bRow ?? v.row) + 1}: ${v.b}`)}</note>` : '';
    const rdg = (id: string, text: string) => (text === '' ? `<rdg wit="#${id}"/>` : `<rdg wit="#${id}">${xmlEscape(text)}</rdg>`);
    body.push(`<app type="${xmlEscape(type)}" n="${v.row + 1}">${rdg(ia, v.a)}${rdg(ib, bReading)}${note}${moved}</app>`);
    at = v.aSpan.end;
  }
  body.push(baseText(a.text.slice(at)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlEscape(title)}</title></titleStmt>`,
    '      <publicationStmt><p>Collation by Duizhao</p></publicationStmt>',
    `      <sourceDesc><listWit><witness xml:id="${ia}">${xmlEscape(a.label)}</witness><witness xml:id="${ib}">${xmlEscape(b.label)}</witness></listWit></sourceDesc>`,
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
