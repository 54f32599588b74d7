/** The reader for each source format. */
import type { SourceFormat } from '../model.ts';
import type { SourceReader } from './reader.ts';
import { readTreatyDatabase } from './treaty-database.ts';
import { readRmrbBilingual } from './rmrb-bilingual.ts';
import { readTaggedArchive } from './tagged-archive.ts';
import { readMetadataHeader } from './metadata-header.ts';
import { readPlainText } from './plain-text.ts';

export const SOURCE_READERS: Readonly<Record<SourceFormat, SourceReader>> = {
  'treaty-database': readTreatyDatabase,
  'rmrb-bilingual': readRmrbBilingual,
  'tagged-archive': readTaggedArchive,
  'metadata-header': readMetadataHeader,
  'plain-text': (source) => readPlainText(source),
};
