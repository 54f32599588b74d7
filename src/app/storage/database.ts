/**
 * The browser's IndexedDB database for everything a user keeps here: projects (with their
 * summaries and the shelf for unreadable data) and notes on corpus documents. One place opens it
 * and upgrades it, so every store exists whichever part of the app opens it first.
 */
export const DB_NAME = 'duizhao';
export const DB_VERSION = 2;
export const STORES = { projects: 'projects', summaries: 'summaries', shelf: 'set-aside', notes: 'notes' } as const;

export type Database = {
  /**
   * Run `body` in one transaction over `stores`; resolves with the request's result when it commits.
   * `step` runs a callback inside the transaction (a request's onsuccess) so that anything it throws
   * aborts the whole transaction and is the reason given, not a bare "aborted".
   */
  run<T>(stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction, step: (fn: () => void) => void) => IDBRequest<T> | void): Promise<T | undefined>;
};

/** What went wrong with the browser's storage, in a user's words; a full disk is named as such. */
export function describeStorageError(error: unknown, fallback = 'a transaction failed'): string {
  const e = error as { name?: string; message?: string } | null;
  if (e?.name === 'QuotaExceededError') return `the browser's storage is full (${e.message || 'quota exceeded'}); free some space or export the project to keep it`;
  return `saved work: ${e?.message || fallback}`;
}

export function openDatabase(factory: IDBFactory = indexedDB): Database {
  let db: Promise<IDBDatabase> | null = null;
  const database = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const d = request.result;
        for (const name of [STORES.projects, STORES.summaries, STORES.notes]) if (!d.objectStoreNames.contains(name)) d.createObjectStore(name);
        if (!d.objectStoreNames.contains(STORES.shelf)) d.createObjectStore(STORES.shelf, { autoIncrement: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`saved work cannot be opened: ${request.error?.message ?? 'IndexedDB is not available'}`));
      request.onblocked = () => reject(new Error('saved work is open in another tab that is being updated; close it and reload'));
    }));
  return {
    async run<T>(stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction, step: (fn: () => void) => void) => IDBRequest<T> | void): Promise<T | undefined> {
      const d = await database();
      return new Promise((resolve, reject) => {
        const tx = d.transaction(stores as string[], mode);
        let failure: unknown = null;
        const fail = (error: unknown) => {
          failure ??= error;
          try {
            tx.abort();
          } catch {
            // already finished: the failure is still reported
          }
        };
        const step = (fn: () => void) => {
          try {
            fn();
          } catch (error) {
            fail(error);
          }
        };
        let request: IDBRequest<T> | void = undefined;
        // a write refused at once (a full disk) aborts what was started, so nothing is half-written
        step(() => (request = body(tx, step)));
        tx.oncomplete = () => (failure ? reject(new Error(describeStorageError(failure))) : resolve(request ? request.result : undefined));
        tx.onerror = (event) => {
          event.preventDefault();
          fail(tx.error ?? (event.target as IDBRequest | null)?.error);
        };
        tx.onabort = () => reject(new Error(describeStorageError(failure ?? tx.error, 'a transaction was aborted (is the disk full?)')));
      });
    },
  };
}
