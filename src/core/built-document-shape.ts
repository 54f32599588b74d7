/**
 * A build file's shape checked by hand: the same rules as `builtDocumentSchema` (model.ts), in
 * plain loops that copy nothing. zod runs interpreted in the app (its compiled validators need
 * `new Function`, which the Content-Security-Policy forbids) and spent 0.4 s of the reader's first
 * second on a 10,000-row document; these loops take a few milliseconds. They only say yes or no:
 * a file that fails them is parsed by zod, which names the first problem. A property test holds
 * the two to the same answers (`tests/unit/built-document-shape.test.ts`).
 */
import { REMOVAL_RULES, SEGMENT_KINDS, SOURCE_FORMATS } from './model-constants.ts';
import { VARIANT_CATEGORIES } from './model-variant.ts';

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt: Check = (v) => Number.isSafeInteger(v);
const isNat: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
function arrayOf(check: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
    return true;
  };
}
function objectOf(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v) => {
    if (!isObject(v)) return false;
    for (const [key, check] of entries) if (!check(v[key])) return false;
    return true;
  };
}

const isSpan = objectOf({ start: isNat, end: isNat });
const isSegment = objectOf({ start: isNat, end: isNat, kind: oneOf(SEGMENT_KINDS), paragraph: isNat, section: isNat });
const isMetadata = objectOf({
  title: optional(isString),
  subtitle: optional(isString),
  date: optional(isString),
  page: optional(isString),
  column: optional(isString),
  author: optional(isString),
  source: optional(isString),
  extra: (v) => isObject(v) && Object.values(v).every(isString),
});
const isWitness = objectOf({
  id: (v) => typeof v === 'string' && v.length > 0,
  lang: oneOf(['zh', 'en']),
  script: oneOf(['hans', 'hant', 'mixed', 'latn']),
  label: isString,
  sourceFile: isString,
  format: oneOf(SOURCE_FORMATS),
  metadata: isMetadata,
  text: isString,
  kept: arrayOf(objectOf({ textStart: isInt, sourceStart: isInt, length: (v) => isInt(v) && (v as number) > 0 })),
  removals: arrayOf(objectOf({ sourceStart: isInt, sourceEnd: isInt, rule: oneOf(REMOVAL_RULES), text: isString })),
  sections: arrayOf(objectOf({ title: isString, start: isNat, end: isNat })),
  segments: arrayOf(isSegment),
});
const isRow = objectOf({ cells: arrayOf(isSpan), confidence: (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 1, movedTo: optional(isNat), status: optional(oneOf(['auto', 'confirmed'])) });
const isVariants = objectOf({
  a: isString,
  b: isString,
  compared: optional(arrayOf(isString)),
  items: arrayOf(
    objectOf({
      category: oneOf(VARIANT_CATEGORIES),
      witness: optional(isString),
      reason: optional(isString),
      strength: optional(oneOf(['full', 'partial'])),
      a: isString,
      b: isString,
      row: isNat,
      bRow: optional(isNat),
      aSpan: isSpan,
      bSpan: isSpan,
    }),
  ),
});

/** Whether `data` has the fields and types of a build file (the checks across fields are model.ts's). */
export const hasBuiltDocumentShape: Check = objectOf({
  id: (v) => typeof v === 'string' && v.length > 0,
  title: objectOf({ zh: isString, en: optional(isString) }),
  date: isString,
  credits: isString,
  witnesses: (v) => Array.isArray(v) && v.length > 0 && arrayOf(isWitness)(v),
  rows: arrayOf(isRow),
  variants: optional(isVariants),
});
