/**
 * Plain text a user brings: the whole file is the body. With `segmented` texts (one sentence per
 * line, as aligners' evaluation corpora are given) each non-empty line is one segment.
 */
import { SourceEdit } from '../normalize/source-edit.ts';
import { metadataFrom, type WitnessPart } from './reader.ts';

export function readPlainText(source: string): WitnessPart[] {
  return [{ part: 'main', edit: new SourceEdit(source), metadata: metadataFrom({}), sections: [{ title: '', sourceStart: 0 }], joinPageBreaks: false }];
}
