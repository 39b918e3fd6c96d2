/**
 * "Clear all data": forgets what Backstory stored on this device — per-tab states, the card cache and remembered
 * choices, reading history, cached coverage — and keeps only the reader's settings. Every IndexedDB database of the
 * extension is emptied, whoever created it, by asking `indexedDB.databases()` instead of keeping a list of names.
 */
export interface StorageAreaLike {
  get(key: null): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ClearDataDeps {
  session: StorageAreaLike;
  local: StorageAreaLike;
  indexedDB: Pick<IDBFactory, 'open' | 'databases'> | undefined;
  /** Called for each tab whose state was removed (to reset its badge and in-page highlights). */
  tabCleared(tabId: number): Promise<void>;
  /** Keys of storage.local that hold settings rather than data. */
  keepLocal?: string[];
}

export async function clearAllData(deps: ClearDataDeps): Promise<{ databases: string[] }> {
  const session = await deps.session.get(null);
  const sessionKeys = Object.keys(session);
  if (sessionKeys.length) await deps.session.remove(sessionKeys);
  for (const key of sessionKeys) {
    const tab = /^tab:(\d+)$/.exec(key);
    if (tab) await deps.tabCleared(Number(tab[1])).catch(() => {});
  }
  const keep = new Set(deps.keepLocal ?? ['settings']);
  const localKeys = Object.keys(await deps.local.get(null)).filter((k) => !keep.has(k));
  if (localKeys.length) await deps.local.remove(localKeys);

  const databases: string[] = [];
  if (deps.indexedDB?.databases) {
    for (const { name } of await deps.indexedDB.databases()) {
      if (!name) continue;
      await emptyDatabase(deps.indexedDB, name);
      databases.push(name);
    }
  }
  return { databases };
}

/**
 * Empties every object store of a database. Not deleteDatabase: the cache and history modules keep connections
 * open, and a delete would wait (blocked) until the worker stops; cleared stores stay usable by those connections.
 */
function emptyDatabase(factory: Pick<IDBFactory, 'open'>, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onerror = () => reject(request.error ?? new Error(`could not open ${name}`));
    // Opening without a version never upgrades an existing database; a new one (raced with a delete) is empty.
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      if (!stores.length) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error ?? new Error(`could not clear ${name}`));
      };
    };
  });
}
