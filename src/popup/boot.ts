/**
 * Evaluated before the rest of the popup's code (main.tsx imports it first): starts reading the tab's stored state,
 * a round trip to the browser, while the interface's modules are still being evaluated.
 */
import browser from 'webextension-polyfill';
import { createBrowserApi } from './api';
import { readFirstState } from './first-state';

export const api = createBrowserApi(browser);
export const first = readFirstState(api).finally(() => performance.mark('backstory:popup-state-read'));
