/**
 * Evaluated before the rest of the popup's code (main.tsx imports it first): takes the tab's stored state that
 * first-read.ts started reading as the page began to load, or starts reading it now where that script did not run.
 */
import browser from 'webextension-polyfill';
import { createBrowserApi } from './api';
import { type FirstState, readFirstState } from './first-state';

export const api = createBrowserApi(browser);
const early = (globalThis as { __backstoryFirstRead?: Promise<FirstState | null> }).__backstoryFirstRead;
export const first = (early ?? readFirstState(api)).finally(() => performance.mark('backstory:popup-state-read'));
