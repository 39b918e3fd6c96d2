import type { Analysis, Article, Detection } from './types';

/** Per-tab state the background owns (storage.session) and the popup renders. */
export type TabStatus = 'not-article' | 'analyzing' | 'ready' | 'error';

export interface TabState {
  tabId: number;
  status: TabStatus;
  /** The page URL the state belongs to; kept on the device only. */
  pageUrl: string;
  detection: Detection | null;
  article: Article | null;
  analysis: Analysis | null;
  error: string | null;
  updatedAt: number;
}

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
