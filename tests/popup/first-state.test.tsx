// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import { readFirstState, within } from '../../src/popup/first-state';
import type { TabState } from '../../src/shared/tab-state';

afterEach(cleanup);

const ready: TabState = {
  tabId: 4,
  status: 'ready',
  pageUrl: 'https://www.foxnews.com/world/x',
  detection: null,
  article: {
    title: 'Putin, Xi to meet next week',
    byline: null,
    authors: [],
    publisher: 'Fox News',
    publishedAt: '2022-09-07T12:26:00-04:00',
    lang: 'en',
    url: 'https://www.foxnews.com/world/x',
    text: 'Body',
    relatedLinks: [],
  },
  analysis: { entities: [], events: [] },
  error: null,
  updatedAt: 0,
};

const api = (tabId: number | null, stored: TabState | null | Error): Pick<PopupApi, 'currentTabId' | 'peekState'> => ({
  currentTabId: async () => tabId,
  peekState: async () => {
    if (stored instanceof Error) throw stored;
    return stored;
  },
});

describe('readFirstState', () => {
  it.each([
    ['the stored state of the popup’s tab', api(4, ready), { tabId: 4, state: ready }],
    ['nothing stored yet', api(4, null), null],
    ['no tab', api(null, ready), null],
    ['a failing read', api(4, new Error('storage gone')), null],
  ])('%s', async (_name, given, expected) => {
    expect(await readFirstState(given)).toEqual(expected);
  });
});

describe('within', () => {
  it.each([
    ['a value in time', Promise.resolve('x'), 'x'],
    ['a read that never answers: null, so the popup shows its skeleton', new Promise<string>(() => {}), null],
  ])('%s', async (_name, promise, expected) => {
    expect(await within(promise, 20)).toBe(expected);
  });
});

describe('App with the state read at start', () => {
  it('renders the article in its first render, with no skeleton before it', () => {
    const full: PopupApi = {
      currentTabId: async () => 4,
      getState: () => new Promise(() => {}),
      analyze: async () => ({ ok: true }),
      subscribe: () => () => {},
    };
    const { container } = render(<App api={full} first={{ tabId: 4, state: ready }} />);
    // Synchronously after render: nothing awaited.
    expect(container.querySelector('main')!.getAttribute('data-state')).toBe('ready');
    expect(container.textContent).toContain('Putin, Xi to meet next week');
  });

  it('without it, starts from the skeleton', () => {
    const full: PopupApi = {
      currentTabId: () => new Promise(() => {}),
      getState: () => new Promise(() => {}),
      analyze: async () => ({ ok: true }),
      subscribe: () => () => {},
    };
    const { container } = render(<App api={full} />);
    expect(container.querySelector('main')!.getAttribute('data-state')).toBe('analyzing');
  });
  it.each([
    [
      'the background answers with a newer state: it replaces the one read at start',
      false,
      'Putin and Xi meet in Samarkand',
    ],
    ['an update was pushed first: the answer does not replace it', true, 'Pushed: Putin and Xi in Samarkand'],
  ])('%s', async (_label, pushFirst, shown) => {
    const titled = (title: string): TabState => ({ ...ready, article: { ...ready.article!, title } });
    let push: (s: TabState) => void = () => {};
    let answer: (s: TabState) => void = () => {};
    const full: PopupApi = {
      currentTabId: async () => 4,
      getState: () => new Promise((resolve) => (answer = resolve)),
      analyze: async () => ({ ok: true }),
      subscribe: (_tab, onState) => {
        push = onState;
        return () => {};
      },
    };
    const { container } = render(<App api={full} first={{ tabId: 4, state: ready }} />);
    // The popup asks the background a frame after the first paint.
    await new Promise((r) => setTimeout(r, 50));
    if (pushFirst) push(titled('Pushed: Putin and Xi in Samarkand'));
    answer(titled('Putin and Xi meet in Samarkand'));
    await waitFor(() => expect(container.querySelector('h1')!.textContent).toBe(shown));
  });
});
