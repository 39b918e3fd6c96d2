// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import type { Browser } from 'webextension-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../src/popup/api';
import type { FirstState } from '../../src/popup/first-state';
import { mount } from '../../src/popup/mount';
import { isToolbarPopup } from '../../src/popup/toolbar-popup';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

const browserWithViews = (views: () => unknown[]) => ({ extension: { getViews: views } }) as unknown as Browser;

describe('isToolbarPopup', () => {
  it.each([
    ['the popup lists this window', () => [window], true],
    ['the popup lists another window (this page is the side panel or a tab)', () => [{}], false],
    ['no popup is open', () => [], false],
    [
      'getViews is missing or throws',
      () => {
        throw new Error('no extension API');
      },
      false,
    ],
  ])('%s', (_name, views, expected) => {
    expect(isToolbarPopup(browserWithViews(views), window)).toBe(expected);
  });
});

describe('mount', () => {
  const api: PopupApi = {
    currentTabId: async () => 4,
    getState: async () => null,
    analyze: async () => ({ ok: true }),
    subscribe: () => () => {},
  };

  it('lets go of the full height held for the window with the first render', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    document.documentElement.classList.add('toolbar-popup', 'popup-sizing');
    await mount(api, Promise.resolve<FirstState | null>(null));
    expect(document.documentElement.classList.contains('popup-sizing')).toBe(false);
    expect(document.documentElement.classList.contains('toolbar-popup')).toBe(true);
    expect(document.getElementById('app')!.childElementCount).toBeGreaterThan(0);
  });
});
