// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/tab-state';
import type { Article } from '../../src/shared/types';

afterEach(cleanup);

const article: Article = {
  title: 'Putin, Xi to meet next week',
  byline: 'By Caitlin McFall',
  authors: ['Caitlin McFall'],
  publisher: 'Fox News',
  publishedAt: '2022-09-07T12:26:00-04:00',
  lang: 'en',
  url: 'https://www.foxnews.com/world/x',
  text: 'Body',
  relatedLinks: [],
};
const state = (status: TabState['status'], extra: Partial<TabState> = {}): TabState => ({
  tabId: 4,
  status,
  pageUrl: 'https://www.foxnews.com/world/x',
  detection: null,
  article: null,
  analysis: null,
  error: null,
  updatedAt: 0,
  ...extra,
});

function fakeApi(initial: TabState | null, overrides: Partial<PopupApi> = {}) {
  let listener: ((s: TabState | null) => void) | null = null;
  const calls: { analyze: number[] } = { analyze: [] };
  const api: PopupApi = {
    currentTabId: async () => 4,
    getState: async () => initial,
    analyze: async (tabId) => {
      calls.analyze.push(tabId);
      return { ok: true };
    },
    subscribe: (_id, cb) => {
      listener = cb;
      return () => {
        listener = null;
      };
    },
    ...overrides,
  };
  return { api, calls, push: (s: TabState | null) => listener?.(s) };
}

const root = (container: Element) => container.querySelector('main')!;

describe('popup', () => {
  it('shows the article header when ready', async () => {
    const { api } = fakeApi(state('ready', { article, analysis: { entities: [], events: [] } }));
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(container.querySelector('.publisher')?.textContent).toBe('Fox News');
    expect(container.querySelector('time')?.textContent).toMatch(/Sep(t)? 7, 2022/);
    expect(container.textContent).toContain('By Caitlin McFall');
  });

  it('lists entities grouped by type, as text', async () => {
    const entities = [
      { type: 'person' as const, name: 'Xi Jinping', mentions: [{ text: 'Xi', start: 0, end: 2 }] },
      {
        type: 'person' as const,
        name: '<img src=x onerror=alert(1)>',
        role: 'Russian President',
        mentions: [
          { text: 'P', start: 0, end: 1 },
          { text: 'P', start: 3, end: 4 },
        ],
      },
      { type: 'place' as const, name: 'Samarkand', mentions: [{ text: 'Samarkand', start: 0, end: 9 }] },
    ];
    const { api } = fakeApi(state('ready', { article, analysis: { entities, events: [] } }));
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    const groups = [...container.querySelectorAll('.entity-group')].map((g) => (g as HTMLElement).dataset.type);
    expect(groups).toEqual(['person', 'place']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.entity-group[data-type="person"] .entity-name')?.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('shows a skeleton while analyzing and switches to ready when the background writes', async () => {
    const { api, push } = fakeApi(state('analyzing', { article }));
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('analyzing'));
    expect(screen.getByRole('status').textContent).toMatch(/Reading the article/);
    push(state('ready', { article, analysis: { entities: [], events: [] } }));
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
  });

  it('offers "Analyze this page anyway" on a non-article and asks the background', async () => {
    const { api, calls } = fakeApi(state('not-article'));
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('not-article'));
    fireEvent.click(screen.getByRole('button', { name: /analyze this page anyway/i }));
    await waitFor(() => expect(calls.analyze).toEqual([4]));
  });

  it('treats a tab with no state yet as not an article', async () => {
    const { api } = fakeApi(null);
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('not-article'));
  });

  it('shows the error with a retry', async () => {
    const { api, calls } = fakeApi(state('error', { error: 'The analysis failed: model missing' }));
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('model missing');
    fireEvent.click(screen.getByRole('button', { name: /try again/i }));
    await waitFor(() => expect(calls.analyze).toEqual([4]));
  });

  it('says what went wrong when the background cannot be reached', async () => {
    const { api } = fakeApi(null, {
      getState: async () => {
        throw new Error('Could not establish connection.');
      },
    });
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('error'));
    expect(container.textContent).toContain('Could not establish connection');
  });

  it('reports a failed on-demand analysis', async () => {
    const { api } = fakeApi(state('not-article'), {
      analyze: async () => ({ ok: false, error: 'Backstory cannot read this page.' }),
    });
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('not-article'));
    fireEvent.click(screen.getByRole('button', { name: /analyze this page anyway/i }));
    await waitFor(() => expect(root(container).dataset.state).toBe('error'));
    expect(container.textContent).toContain('cannot read this page');
  });
});
