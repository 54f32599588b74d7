/** Where the page can go: the actions the library, the reader and the editor ask of the app (main.tsx makes them). */
export interface Navigation {
  /** Open a corpus document, at a row (0-based) if given. */
  readonly openDocument: (id: string, row?: number) => void;
  /** Open a saved project, at a row (0-based) if given. */
  readonly openProject: (id: string, row?: number) => void;
  readonly newTexts: () => void;
}
