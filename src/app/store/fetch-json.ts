/**
 * The app's one way of reading build files: fetch by file name relative to the app's base URL,
 * and fail with errors the store can turn into messages.
 */

/** A build file answered with an HTTP error status. */
export class HttpStatusError extends Error {
  readonly status: number;

  constructor(status: number, url: string) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpStatusError';
    this.status = status;
  }
}

/** A build file that arrived but is not JSON: a truncated file, or a server's HTML fallback page. */
export class NotJsonError extends Error {
  /** True when the server sent an HTML page, as static servers do for a file that is missing. */
  readonly receivedHtml: boolean;

  constructor(detail: string, receivedHtml = false) {
    super(detail);
    this.name = 'NotJsonError';
    this.receivedHtml = receivedHtml;
  }
}

/** Reads one build file by name and returns its parsed JSON, unvalidated. */
export type FetchJson = (file: string) => Promise<unknown>;

/**
 * A `FetchJson` over `fetchFn` that resolves file names against `baseUrl`
 * (in the app, `import.meta.env.BASE_URL` against the page's address).
 */
export function createFetchJson(fetchFn: typeof fetch, baseUrl: string | URL): FetchJson {
  return async (file) => {
    const url = new URL(file, baseUrl);
    const response = await fetchFn(url);
    if (!response.ok) throw new HttpStatusError(response.status, url.pathname);
    const body = await response.text();
    // `vite preview` and other single-page servers answer a missing file with index.html and
    // status 200; say so instead of reporting a JSON syntax error at "<".
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new NotJsonError(`the server sent an HTML page for ${url.pathname}`, true);
    }
    try {
      return JSON.parse(body) as unknown;
    } catch (error) {
      throw new NotJsonError(error instanceof Error ? error.message : String(error));
    }
  };
}

export const REBUILD_HINT = 'Run `npm run -s cli -- build`.';

/** A one-line message for a build file that could not be fetched, with what to do about it. */
export function describeLoadError(file: string, error: unknown): string {
  if (error instanceof HttpStatusError) return `${file} could not be loaded (HTTP ${error.status}). ${REBUILD_HINT}`;
  if (error instanceof NotJsonError && error.receivedHtml) return `${file} was not found (${error.message}). ${REBUILD_HINT}`;
  if (error instanceof NotJsonError || error instanceof SyntaxError) return `${file} is not valid JSON (${error.message}). ${REBUILD_HINT}`;
  return `${file} could not be loaded (${errorText(error)}).`;
}

/** A failed validation's message, with what to do about it. */
export function describeInvalidFile(error: unknown): string {
  return `${errorText(error)} ${REBUILD_HINT}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
