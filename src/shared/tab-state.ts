import type { Coverage } from './coverage';
import type { CardsResult } from './cards';
import type { Analysis, Article, Detection, ReadCut, ScanTimings } from './types';

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
  /** Background cards: in-article ones at once ('loading'), linked ones when the lookups finish. */
  cards?: CardsResult | null;
  /** Related coverage, filled after the analysis is ready; absent when not asked for. */
  coverage?: Coverage | null;
  /** The sender tab's private-window flag; absent means unknown, which history treats as private. */
  incognito?: boolean;
  /** What the scan cost the page's main thread, as the content script measured it (bench:pages-extension reads it). */
  scanTimings?: ScanTimings;
  /** The article is only the first part of a page too large to read whole (the popup says so). */
  readCut?: ReadCut | null;
}

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
