import type { TabState } from './tab-state';
import type { Entity } from './types';

/** What each message answers. Kept apart from the schemas so content code can import types without valibot. */
export interface Responses {
  'page/scanned': { ok: true };
  'tab/get-state': TabState | null;
  'tab/analyze': { ok: boolean; error?: string };
  'content/extract': { ok: boolean; error?: string };
  'content/load-part': { ok: boolean; error?: string };
  'cards/choose': { ok: boolean; error?: string };
  'card/open': { ok: boolean };
  'history/clear': { ok: boolean; error?: string };
  /** `drawn`: how many mentions were found in the page and underlined. */
  'content/highlights': { ok: boolean; drawn?: number; error?: string };
  /** `databases`: names of the IndexedDB databases emptied. */
  'data/clear-all': { ok: boolean; databases: string[]; error?: string };
  'lookup/recognize': { entities: Entity[] };
}

export type ErrorResponse = { error: string };
