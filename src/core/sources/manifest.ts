/** The corpus manifest (data/sources/manifest.json): documents, their witnesses and source files. */
import { z } from '../zod.ts';
import { SOURCE_FORMATS } from '../model.ts';

const witnessSpecSchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/, 'a witness id in kebab-case, such as zh-rmrb'),
  lang: z.enum(['zh', 'en']),
  /** Given, it overrides what the build detects from the text (Chinese: hans, hant or mixed; English: latn). */
  script: z.enum(['hans', 'hant', 'mixed', 'latn']).optional(),
  label: z.string().min(1),
  file: z.string().min(1),
  format: z.enum(SOURCE_FORMATS),
  part: z.string().optional(),
});

const documentSpecSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a document id in kebab-case'),
  title: z.object({ zh: z.string().min(1), en: z.string().optional() }),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'an ISO date'),
  credits: z.string(),
  /** A file beside the sources listing the rows the team checked by hand (`checked-rows.ts`). */
  checked: z.string().min(1).optional(),
  witnesses: z.array(witnessSpecSchema).min(1),
});

export const manifestSchema = z.object({ documents: z.array(documentSpecSchema).min(1) });

export type WitnessSpec = z.infer<typeof witnessSpecSchema>;
export type DocumentSpec = z.infer<typeof documentSpecSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** Validate a parsed manifest; the error names the manifest and the first problem. */
export function parseManifest(data: unknown, name: string): Manifest {
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${name}: invalid manifest at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const ids = new Set<string>();
  for (const doc of result.data.documents) {
    if (ids.has(doc.id)) throw new Error(`${name}: document id ${doc.id} appears twice`);
    ids.add(doc.id);
    const witnessIds = new Set<string>();
    for (const w of doc.witnesses) {
      if (witnessIds.has(w.id)) throw new Error(`${name}: document ${doc.id} has witness ${w.id} twice`);
      witnessIds.add(w.id);
    }
  }
  return result.data;
}
