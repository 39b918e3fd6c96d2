/**
 * A tab's state cut to a size budget before it is stored: first the article's related links (the popup lists them,
 * nothing else needs them), then, if it is still too large, a small error state that says why. Sizes are JSON
 * characters, the measure storage quotas use.
 */
import type { TabState } from '../shared/tab-state';

export function fitTabState(state: TabState, budget: number): { state: TabState; size: number } {
  let size = JSON.stringify(state).length;
  if (size <= budget) return { state, size };
  if (state.article?.relatedLinks.length) {
    const lighter: TabState = { ...state, article: { ...state.article, relatedLinks: [] } };
    size = JSON.stringify(lighter).length;
    if (size <= budget) return { state: lighter, size };
  }
  const small = tooLargeState(state);
  return { state: small, size: JSON.stringify(small).length };
}

/** What a tab shows when its page is too large to keep: an error the popup can name, and nothing bulky. */
export function tooLargeState(state: TabState): TabState {
  return {
    tabId: state.tabId,
    pageUrl: state.pageUrl.slice(0, 2_048),
    status: 'error',
    detection: state.detection,
    article: null,
    analysis: null,
    error: 'This page is too large for Backstory to keep its results.',
    updatedAt: state.updatedAt,
  };
}
