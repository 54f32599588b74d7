/** Comparison of two Chinese witnesses: the public surface of src/core/variants. */
export { compareWitnesses } from './compare-witnesses.ts';
export { compareRows, type RowSpans } from './compare-rows.ts';
export { tokenize } from './tokens.ts';
export { VARIANT_CATEGORIES, describeCategory, type Variant, type VariantCategory, type TextSpan } from '../model-variant.ts';
