/**
 * The browser's IndexedDB database for everything a user keeps here: projects (with their
 * summaries and the shelf for unreadable data) and notes on corpus documents. One place opens it
 * and upgrades it, so every store exists whichever part of the app opens it first.
 */
export const DB_NAME = 'duizhao';
export const DB_VERSION = 2;
export const STORES = { projects: 'projects', summaries: 'summaries', shelf: 'set-aside', notes: 'notes' } as const;

export type Database = {
  /** Run `body` in one transaction over `stores`; resolves with the request's result when it commits. */
  run<T>(stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined>;
};

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
    async run(stores, mode, body) {
      const d = await database();
      return new Promise((resolve, reject) => {
        const tx = d.transaction(stores as string[], mode);
        const request = body(tx);
        tx.oncomplete = () => resolve(request ? request.result : undefined);
        tx.onerror = () => reject(new Error(`saved work: ${tx.error?.message ?? 'a transaction failed'}`));
        tx.onabort = () => reject(new Error(`saved work: ${tx.error?.message ?? 'a transaction was aborted'} (is the disk full?)`));
      });
    },
  };
}
