/**
 * The popup's address, as the background builds it and the popup reads it. The popup's tab from its address (`?tabId=N`: the background sets it per tab with action.setPopup, the hover
 * card and the tests pass it). The address is untrusted input: only a plain positive integer that fits a tab id is
 * taken; anything else means "no tab given", and the popup asks the browser for the active tab instead.
 */

/** Browsers' tab ids are positive 32-bit integers. */
export const MAX_TAB_ID = 2 ** 31 - 1;
/** Decimal digits only, no sign, no leading zero, no exponent, no spaces. */
const TAB_ID = /^[1-9]\d{0,9}$/;

/** The tab id in a `location.search` string, or null when there is none or it is malformed. */
export function tabIdFromSearch(search: string): number | null {
  const params = new URLSearchParams(search);
  const raw = params.getAll('tabId');
  if (raw.length !== 1 || !TAB_ID.test(raw[0]!)) return null;
  const id = Number(raw[0]);
  return id <= MAX_TAB_ID ? id : null;
}

/**
 * The popup address for a tab (extension-relative): the background gives it to the tab's toolbar button, so the
 * popup knows its tab without asking the browser; `card` opens one card first.
 */
export function popupPathFor(tabId: number, card?: string): string {
  return `src/popup/index.html?${new URLSearchParams({ tabId: String(tabId), ...(card ? { card } : {}) })}`;
}
