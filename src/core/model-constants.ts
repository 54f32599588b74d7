/** The closed lists a build file's fields draw from: kinds of segment, rules that remove source text, source formats. */
export const SEGMENT_KINDS = ['heading', 'sentence', 'list-item', 'signature', 'date-line', 'metadata'] as const;

export const REMOVAL_RULES = [
  'strip-bom',
  'crlf',
  'trim-document',
  'strip-disclaimer',
  'metadata-field',
  'other-witness',
  'section-separator',
  'strip-indent',
  'trailing-space',
  'blank-lines',
  'cjk-inner-space',
  'join-page-break',
] as const;

export const SOURCE_FORMATS = ['treaty-database', 'rmrb-bilingual', 'tagged-archive', 'metadata-header', 'plain-text'] as const;
