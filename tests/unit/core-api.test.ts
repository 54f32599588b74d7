/** Pins the core's public exports, so the surface changes only on purpose. */
import { expect, it } from 'vitest';
import * as core from '../../src/core/index.ts';

it('exports exactly the public surface', () => {
  expect(Object.keys(core).sort()).toEqual([
    'REMOVAL_RULES', 'SCHEMA_VERSION', 'SEGMENT_KINDS', 'SOURCE_FORMATS', 'SOURCE_READERS', 'SourceEdit', 'SourceFormatError',
    'alignChineseChinese', 'alignChineseEnglish', 'alignDocument', 'alignmentProblem', 'beadType', 'buildAlignmentTable',
    'buildDocument', 'buildLexicon', 'buildWitness', 'builtDocumentSchema', 'chineseSentenceStarts', 'chineseWords',
    'corpusIndexOf', 'corpusIndexSchema', 'documentFileName', 'englishSentenceStarts', 'exportWitness', 'findWitness',
    'isDateLine', 'isSoundBuiltDocument', 'isoDateFromChinese', 'joinPageBreaks', 'lexiconFromData', 'lexiconToData', 'linkMovedRows',
    'normalizeWhitespace', 'numeralValue', 'parseBuiltDocument', 'parseCorpusIndex', 'parseManifest', 'passageKey',
    'rowTilingProblem', 'segmentByLines', 'segmentText', 'segmentTilingProblem', 'segmentWitness', 'sourceOffsetOf',
    'toSimplified', 'toTsv', 'toVecalign', 'tsvCell',
    'VARIANT_CATEGORIES', 'alignmentRows', 'compareRows', 'compareTexts', 'compareWitnesses', 'describeCategory',
    'pairJson', 'pairTsv', 'tableRows', 'toTmx',
    'ENCODINGS', 'TextInputError', 'decodeUserBytes', 'detectLanguage', 'hanShare', 'kanaShare', 'languageProblem', 'latinShare',
    'documentShapeProblem', 'MAX_TEXT_BYTES', 'textSizeProblem',
    'rowSchema', 'variantsSchema', 'witnessSchema', 'LEXICON_FILE',
    'createProject', 'inputShapeProblem', 'projectDocument', 'projectVariants', 'DEFAULT_THRESHOLD',
    'parseProjectFile', 'parseProjectJson', 'projectFileData', 'projectToJson', 'PROJECT_FORMAT', 'PROJECT_VERSION',
    'applyEdit', 'editApplies', 'invertEdit', 'EMPTY_HISTORY', 'perform', 'redo', 'undo',
    'insertEmptyCell', 'mergeWithNext', 'pullSentenceUp', 'pushSentenceDown', 'setStatus', 'splitRow', 'splitRowAfter', 'splitSentence',
  ].sort());
});
