// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/tab-state';
import type { Article, Entity, EventFrame } from '../../src/shared/types';

afterEach(cleanup);

const article: Article = {
  title: 'Putin, Xi to meet next week',
  byline: null,
  authors: [],
  publisher: 'Fox News',
  publishedAt: '2022-09-07T12:26:00-04:00',
  lang: 'en',
  url: 'https://www.foxnews.com/world/x',
  text: 'Body',
  relatedLinks: [],
};
const entities: Entity[] = [
  { type: 'person', name: 'Vladimir Putin', mentions: [{ text: 'Putin', start: 0, end: 5 }] },
  { type: 'person', name: 'Xi Jinping', mentions: [{ text: 'Xi', start: 0, end: 2 }] },
  { type: 'place', name: 'Samarkand', mentions: [{ text: 'Samarkand', start: 0, end: 9 }] },
];
const events: EventFrame[] = [
  {
    name: 'Putin–Xi meeting',
    kind: 'story',
    who: ['Vladimir Putin', 'Xi Jinping'],
    where: ['Samarkand'],
    when: '2022-09-15/2022-09-16',
    whenLabel: 'Sep 15–16, 2022',
    mentions: [],
  },
];
const state = (status: TabState['status'], extra: Partial<TabState> = {}): TabState => ({
  tabId: 4,
  status,
  pageUrl: article.url,
  detection: null,
  article: null,
  analysis: null,
  error: null,
  updatedAt: 0,
  ...extra,
});

function fakeApi(initial: TabState | null, extra: Partial<PopupApi> = {}) {
  const calls = { highlights: [] as boolean[], options: 0 };
  const api: PopupApi = {
    currentTabId: async () => 4,
    getState: async () => initial,
    analyze: async () => ({ ok: true }),
    subscribe: () => () => {},
    highlightsEnabled: async () => false,
    setHighlights: async (on) => void calls.highlights.push(on),
    openOptions: async () => void calls.options++,
    ...extra,
  };
  return { api, calls };
}
const ready = () => state('ready', { article, analysis: { entities, events } });
const root = (c: Element) => c.querySelector('main')!;

describe('popup header and sections', () => {
  it('puts the one-line story (who, what, where, when) under the title', async () => {
    const { container } = render(<App api={fakeApi(ready()).api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    const line = container.querySelector('.article-header .story-line')!;
    expect(line.textContent).toContain('Putin–Xi meeting');
    expect(line.textContent).toContain('Vladimir Putin and Xi Jinping');
    expect(line.textContent).toContain('Samarkand');
    expect(line.querySelector('time')?.getAttribute('datetime')).toBe('2022-09-15');
  });

  it('offers a navigation landmark with a link per non-empty section, which moves focus there', async () => {
    const { container } = render(<App api={fakeApi(ready()).api} />);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const links = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'));
    // Plurals through the catalogue's plural rules: "1 item", never "1 items".
    expect(links).toEqual(['Who, 2 items', 'Places, 1 item', 'Events, 1 item']);
    fireEvent.click(screen.getByRole('link', { name: /Places/ }));
    expect(document.activeElement?.textContent).toBe('Places');
    expect(container.querySelector('[data-type="organization"]')).toBeNull();
  });

  it('has no section links for a single section', async () => {
    const only = state('ready', { article, analysis: { entities: entities.slice(0, 1), events: [] } });
    const { container } = render(<App api={fakeApi(only).api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('popup states', () => {
  it('analyzing: placeholders shaped like cards, announced as a status, no spinner', async () => {
    const { container } = render(<App api={fakeApi(state('analyzing', { article })).api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('analyzing'));
    expect(screen.getByRole('status').textContent).toContain('Reading the article');
    expect(container.querySelectorAll('.skeleton-card').length).toBeGreaterThan(1);
    expect(root(container).getAttribute('aria-busy')).toBe('true');
    // The title is known already: shown, and no title placeholder under it.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(container.querySelector('.skeleton .bar.wide')).toBeNull();
  });

  it('error: says what failed, what still works, and offers a retry', async () => {
    const { container } = render(
      <App api={fakeApi(state('error', { article, error: 'The analysis failed: out of memory' })).api} />,
    );
    await waitFor(() => expect(root(container).dataset.state).toBe('error'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('out of memory');
    expect(alert.textContent).toContain('still work');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('popup footer', () => {
  it('switches highlights on and off through the settings, and opens the settings page', async () => {
    const { api, calls } = fakeApi(ready());
    render(<App api={api} />);
    const toggle = await screen.findByRole('switch', { name: /Underline names/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(calls.highlights).toEqual([true]));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(calls.options).toBe(1));
    // No side panel API offered by this fake: no button for it.
    expect(screen.queryByRole('button', { name: /side panel/ })).toBeNull();
  });

  it('rolls the switch back when saving fails', async () => {
    const { api } = fakeApi(ready(), {
      setHighlights: async () => {
        throw new Error('quota');
      },
    });
    render(<App api={api} />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(false));
  });
});

describe('first paint', () => {
  it('shows the stored state while the background has not answered yet', async () => {
    const { api } = fakeApi(null, { peekState: async () => ready(), getState: () => new Promise(() => {}) });
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
  });
});
