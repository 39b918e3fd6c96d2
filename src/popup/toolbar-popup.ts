/** Whether the popup page is the toolbar popup, not the side panel (or sidebar) or a tab showing the same page. */
import type { Browser } from 'webextension-polyfill';

export function isToolbarPopup(browser: Browser, win: Window = window): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(win);
  } catch {
    return false;
  }
}
