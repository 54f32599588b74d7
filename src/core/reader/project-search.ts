/**
 * Search across the projects saved in this browser, as the project worker does it: each project's
 * index is kept by its id and revision, so that a search repeated, or a new query over the same
 * projects, folds nothing again; the page sends a project's texts only when the worker lacks them.
 */
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { concordance, type ConcordanceGroup } from './library-search.ts';
import type { SearchableDocument } from './searchable.ts';

/** A project as the page names it to the worker: its id and the revision of what search reads of it (revisionOf). */
export interface ProjectKey {
  readonly id: string;
  readonly revision: string;
}

export interface ProjectSearchRequest {
  readonly query: string;
  /** Every project to search, in the order the results list them. */
  readonly projects: readonly ProjectKey[];
  /** The texts of the projects the worker may not have at this revision. */
  readonly documents: readonly { readonly revision: string; readonly document: SearchableDocument }[];
}

/** The concordance of the projects, or the ids of those whose texts must be sent first. */
export type ProjectSearchResult = { readonly groups: readonly ConcordanceGroup[] } | { readonly missing: readonly string[] };

export interface ProjectSearcher {
  search(request: ProjectSearchRequest): ProjectSearchResult;
  /** How many project indexes have been built, for tests and benchmarks. */
  readonly built: number;
}

export function createProjectSearcher(): ProjectSearcher {
  const indexes = new Map<string, { readonly revision: string; readonly index: SearchIndex<SearchableDocument> }>();
  let built = 0;
  return {
    get built() {
      return built;
    },
    search({ query, projects, documents }) {
      for (const { revision, document } of documents) {
        if (indexes.get(document.id)?.revision === revision) continue;
        indexes.set(document.id, { revision, index: buildSearchIndex([document]) });
        built++;
      }
      // a project deleted, or not listed any more, is forgotten
      const listed = new Set(projects.map((p) => p.id));
      for (const id of indexes.keys()) if (!listed.has(id)) indexes.delete(id);
      const missing = projects.filter((p) => indexes.get(p.id)?.revision !== p.revision).map((p) => p.id);
      if (missing.length > 0) return { missing };
      return { groups: projects.flatMap((p) => concordance(indexes.get(p.id)!.index, query)) };
    },
  };
}
