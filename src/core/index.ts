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
export { segmentByLines } from './segment/segment-witness.ts';
export { alignChineseEnglish } from './align/align-chinese-english.ts';
export { alignChineseChinese } from './align/align-chinese-chinese.ts';
export { alignmentProblem, beadType, type Alignment, type Bead } from './align/types.ts';
export { buildAlignmentTable, linkMovedRows, passageKey } from './align/alignment-table.ts';
export { buildLexicon, lexiconFromData, lexiconToData, chineseWords, type Lexicon, type LexiconEntry } from './align/lexicon.ts';
export { alignDocument } from './pipeline/align-document.ts';
export { toVecalign } from './export/vecalign.ts';
export { toSimplified } from './text/opencc.ts';
export { compareWitnesses, compareRows, compareTexts, describeCategory, VARIANT_CATEGORIES, type Variant, type VariantCategory } from './variants/index.ts';
export { toTmx, pairTsv, pairJson, alignmentRows, type PairRow } from './export/pair-export.ts';
export { tableRows } from './export/table-rows.ts';
export {
  decodeUserBytes, detectLanguage, languageProblem, hanShare, latinShare, kanaShare, ENCODINGS, TextInputError,
  type DecodedText, type DetectedLanguage, type Encoding, type TextInputErrorKind,
} from './text/decode-text.ts';
export { inputShapeProblem, projectDocument, DEFAULT_THRESHOLD, type ProjectDocument, type Project, type ProjectInput, type ProjectSource } from './project/project.ts';
export { createProject, projectVariants, type ProjectProgress } from './project/create-project.ts';
export { parseProjectFile, parseProjectJson, projectFileData, projectToJson, PROJECT_FORMAT, PROJECT_VERSION } from './project/project-file.ts';
export { applyEdit, editApplies, invertEdit } from './project/apply-edit.ts';
export { EMPTY_HISTORY, perform, redo, undo, type History } from './project/history.ts';
export { insertEmptyCell, mergeWithNext, pullSentenceUp, pushSentenceDown, setStatus, splitRow, splitRowAfter, splitSentence } from './project/table-operations.ts';
export type { Edit, EditResult, ProjectRow, RowStatus, TableState } from './project/types.ts';
export { LEXICON_FILE } from './pipeline/corpus-index.ts';
export { MAX_TEXT_BYTES, textSizeProblem } from './limits.ts';
