/** The toolbar button per tab: coloured icon and entity count on articles, grey and empty elsewhere. */
import { popupPathFor } from '../shared/popup-address';
import type { TabState } from '../shared/tab-state';

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setPopup(details: { tabId: number; popup: string }): Promise<void>;
}

const SIZES = [16, 32, 48, 128] as const;
const iconPaths = (variant: '' | '-disabled') =>
  Object.fromEntries(SIZES.map((size) => [String(size), `/icons/icon${variant}-${size}.png`]));

/** The badge text for a state: the entity count on a finished article (a dot when nothing was found). */
export function badgeText(state: TabState | null): string {
  if (!state) return '';
  if (state.status === 'analyzing') return '…';
  if (state.status === 'error') return '!';
  if (state.status !== 'ready') return '';
  const count = state.analysis?.entities.filter((e) => e.type !== 'date').length ?? 0;
  if (count === 0) return '•';
  return count > 99 ? '99+' : String(count);
}

export async function showBadge(
  action: ActionLike,
  tabId: number,
  state: TabState | null,
  title: (s: TabState | null) => string,
): Promise<void> {
  const active = !!state && state.status !== 'not-article';
  // A tab can close while we work: every call may reject, and that is fine.
  await Promise.allSettled([
    action.setBadgeText({ tabId, text: badgeText(state) }),
    action.setBadgeBackgroundColor({ tabId, color: state?.status === 'error' ? '#b3261e' : '#3347b0' }),
    action.setIcon({ tabId, path: iconPaths(active ? '' : '-disabled') }),
    action.setTitle({ tabId, title: title(state) }),
    // The popup gets its tab in its address and skips asking the browser for it. Browsers drop a tab's own popup
    // when it navigates; until this runs again the manifest's popup asks (tabs.query).
    action.setPopup({ tabId, popup: popupPathFor(tabId) }),
  ]);
}
