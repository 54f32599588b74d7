/** The pure core's public surface: what the CLI, the app and its workers import. */
export * from './model.ts';
export { SourceEdit, sourceOffsetOf } from './normalize/source-edit.ts';
export { normalizeWhitespace } from './normalize/whitespace.ts';
export { joinPageBreaks } from './normalize/page-breaks.ts';
export { segmentWitness } from './segment/segment-witness.ts';
export { chineseSentenceStarts } from './segment/chinese-sentences.ts';
export { englishSentenceStarts } from './segment/english-sentences.ts';
export { isDateLine } from './segment/line-kinds.ts';
export { SOURCE_READERS } from './sources/index.ts';
export { SourceFormatError } from './sources/source-error.ts';
export { parseManifest, type Manifest, type DocumentSpec, type WitnessSpec } from './sources/manifest.ts';
export { buildWitness } from './pipeline/build-witness.ts';
export { buildDocument } from './pipeline/build-document.ts';
export { corpusIndexOf, documentFileName } from './pipeline/corpus-index.ts';
export { exportWitness, findWitness, type WitnessExportFormat } from './export/witness-export.ts';
export { toTsv, tsvCell } from './export/tsv.ts';
export { numeralValue, isoDateFromChinese } from './text/numerals.ts';
