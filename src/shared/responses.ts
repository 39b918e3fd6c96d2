import type { TabState } from './tab-state';

/** What each message answers. Kept apart from the schemas so content code can import types without valibot. */
export interface Responses {
  'page/scanned': { ok: true };
  'tab/get-state': TabState | null;
  'tab/analyze': { ok: boolean; error?: string };
  'content/extract': { ok: boolean; error?: string };
}

export type ErrorResponse = { error: string };
