/**
 * The reader's own IndexedDB on this device: the articles they read with Backstory, and cached coverage answers.
 * Nothing here is ever sent anywhere. A database of its own, so other caches' schema versions never collide.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface HistoryEntity {
  /** Every key this entity is known by (Wikidata id, normalized name, a person's surname). */
  keys: string[];
  name: string;
  type: string;
}

export interface HistoryRecord {
  /** The article's canonical URL, without its fragment. */
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** Epoch ms of the latest read. */
  readAt: number;
  /** Epoch ms of the read before the latest one, when the reader came back to the article (not a mere reload). */
  previousReadAt?: number;
  entityKeys: string[];
  entities: HistoryEntity[];
}

export interface CacheRecord {
  key: string;
  storedAt: number;
  value: unknown;
}

export interface HistorySchema extends DBSchema {
  articles: { key: string; value: HistoryRecord; indexes: { readAt: number; entityKeys: string } };
  coverage: { key: string; value: CacheRecord; indexes: { storedAt: number } };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

export const HISTORY_DB_NAME = 'backstory-history';

/** Opens (once) and upgrades the database; `name` lets tests use a fresh one each. */
export function historyDbOpener(name = HISTORY_DB_NAME): () => Promise<HistoryDb> {
  let opening: Promise<HistoryDb> | null = null;
  return () => {
    opening ??= openDB<HistorySchema>(name, 1, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'url' });
        articles.createIndex('readAt', 'readAt');
        articles.createIndex('entityKeys', 'entityKeys', { multiEntry: true });
        const coverage = db.createObjectStore('coverage', { keyPath: 'key' });
        coverage.createIndex('storedAt', 'storedAt');
      },
      terminated() {
        opening = null;
      },
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
}
