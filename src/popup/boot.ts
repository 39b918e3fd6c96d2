/**
 * Evaluated before the rest of the popup's code (main.tsx imports it first): starts reading the tab's stored state,
 * a round trip to the browser, while the interface's modules are still being evaluated.
 */
import browser from 'webextension-polyfill';
import { createBrowserApi } from './api';
import { readFirstState } from './first-state';
import { isToolbarPopup } from './toolbar-popup';

export const api = createBrowserApi(browser);
export const first = readFirstState(api).finally(() => performance.mark('backstory:popup-state-read'));

// The toolbar popup's window is shown once the page has loaded (before the stored state is in), at the size laid out
// then, and resized when the cards come: one more round trip to the browser and one more frame before they are seen.
// Laid out at its full size from the start, it is shown at the size the cards take (popup.css); mount.tsx lets go of
// the height with the first render, so a short answer still gets a short window.
if (isToolbarPopup(browser)) document.documentElement.classList.add('toolbar-popup', 'popup-sizing');
