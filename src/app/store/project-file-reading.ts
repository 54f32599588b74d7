/** A project file as the store takes it in: read (its own JSON, or a table another tool aligned), its readings kept, and what to tell the user. */
import { parseProjectFileWithView } from '../../core/project/project-file.ts';
import type { Project } from '../../core/project/project.ts';
import type { TableState } from '../../core/project/types.ts';

/** A file opened as a project: a TMX or TSV from another tool (or exported here) is a table to open as a new project, with an id and time from `fresh` (asked only then); a project's own JSON is itself, with the view it was shared with. */
export async function readProjectFile(text: string, fileName: string, fresh: () => { readonly id: string; readonly now: string }): Promise<{ project: Project; view: string | null }> {
  const aligned = /\.(tmx|tsv|tab|txt)$/i.test(fileName) || /^\s*(<\?xml|<tmx\b)/.test(text.replace(/^\uFEFF/, ''));
  if (aligned) return { project: (await import('../../core/project/import-aligned.ts')).importAligned(text, { ...fresh(), fileName }), view: null };
  return parseProjectFileWithView(text, fileName);
}

/** What to say of an imported file the database kept as a copy, or found saved already; null when it is simply new. */
export function importNotice(saved: { readonly copied?: boolean; readonly alreadySaved?: boolean; readonly project: Project }, fileName: string): string | null {
  if (saved.copied) return `A project with the same id is already saved in this browser; it was left as it is, and ${fileName} was opened as a copy, “${saved.project.name}”.`;
  if (saved.alreadySaved) return `${fileName} is the project “${saved.project.name}” as it is saved in this browser already: opened it, no copy made.`;
  return null;
}

/** The project with these corrected readings; none is no field at all (as projects saved before readings could be corrected). */
export function withReadings(project: Project, readings: TableState['readings']): Project {
  if (readings && readings.length > 0) return { ...project, readings };
  if (!project.readings) return project;
  const copy = { ...project };
  delete (copy as { readings?: unknown }).readings;
  return copy;
}
