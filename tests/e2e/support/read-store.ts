import type { Page } from 'playwright-core';

/** Reads a whole object store of the extension's database from one of its pages. */
export function readStore<Row>(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Row[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
