/**
 * The card cache's IndexedDB schema (idb). Versioned: each upgrade step runs once, in order, so a reader's existing
 * cache and remembered choices survive updates. Unit tests run it on fake-indexeddb.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'backstory-cards';
export const DB_VERSION = 1;

export interface CacheEntry<T = unknown> {
  key: string;
  value: T;
  /** When it was fetched (ms since the epoch). */
  fetchedAt: number;
}

/** "Not this one?": the reader's choice for a name, on one site (`site` = host) or everywhere (`site` = '*'). */
export interface Choice {
  key: string;
  site: string;
  type: string;
  name: string;
  /** The chosen Wikidata id, or null for "none of these" (an in-article card). */
  qid: string | null;
  at: number;
}

export interface CardsDB extends DBSchema {
  entries: { key: string; value: CacheEntry; indexes: { fetchedAt: number } };
  choices: { key: string; value: Choice };
}

export type CardsDatabase = IDBPDatabase<CardsDB>;

/** Opens (and creates or upgrades) the cache database; rejects where IndexedDB is unavailable. */
export function openCardsDb(name = DB_NAME): Promise<CardsDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  return openDB<CardsDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const entries = db.createObjectStore('entries', { keyPath: 'key' });
        entries.createIndex('fetchedAt', 'fetchedAt');
        db.createObjectStore('choices', { keyPath: 'key' });
      }
    },
  });
}
