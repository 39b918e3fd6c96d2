// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInArticleCard } from '../../src/pipeline/link';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/tab-state';
import type { Article, Entity } from '../../src/shared/types';

afterEach(cleanup);

const article: Article = {
  title: 'T',
  byline: null,
  authors: [],
  publisher: 'Fox News',
  publishedAt: '2022-09-07',
  lang: 'en',
  url: 'https://x.test/a',
  text: 'Body',
  relatedLinks: [],
};
const denisov: Entity = {
  type: 'person',
  name: 'Andrey Denisov',
  role: 'Russian envoy to Beijing',
  mentions: [{ text: 'Denisov', start: 0, end: 7 }],
};
const date: Entity = {
  type: 'date',
  name: 'Sept. 15 to 16',
  value: '2022-09-15/2022-09-16',
  mentions: [{ text: 'Sept. 15 to 16', start: 0, end: 14 }],
};
const card = {
  ...buildInArticleCard(denisov as never, { asOf: '2022-09-07', status: 'nil', note: 'nil-ambiguous' }),
  alternatives: [{ qid: 'Q2038476', label: 'Andrey Denisov', description: 'Russian diplomat' }],
};
const state: TabState = {
  tabId: 4,
  status: 'ready',
  pageUrl: article.url,
  detection: null,
  article,
  analysis: { entities: [denisov, date], events: [] },
  error: null,
  updatedAt: 0,
  cards: { status: 'ready', cards: [card], publisher: null, notes: [], elapsedMs: 3 },
};

describe('popup with cards', () => {
  it('shows cards instead of the plain list, keeps the dates, and sends "Not this one?" picks', async () => {
    const picks: unknown[] = [];
    const api: PopupApi = {
      currentTabId: async () => 4,
      getState: async () => state,
      analyze: async () => ({ ok: true }),
      subscribe: () => () => {},
      chooseCard: async (tabId, key, qid) => {
        picks.push([tabId, key, qid]);
        return { ok: true };
      },
    };
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.card')).not.toBeNull());
    expect(container.querySelector('.entity-group[data-type="person"]')).toBeNull();
    // The dates are on the story clock, each resolved to its days, one click away.
    fireEvent.click(screen.getByRole('button', { name: '1 date in the article' }));
    expect(container.querySelector('.date-list')!.textContent).toMatch(/Sept\. 15 to 16\s*Sep 15.16, 2022/);
    // The card bodies come a frame after the summaries.
    await waitFor(() => expect(container.querySelector('.card-note')).not.toBeNull());
    expect(container.querySelector('.card-note')!.textContent).toMatch(/Several people or things share this name/);
    fireEvent.click(container.querySelector('.card-choose > button')!);
    fireEvent.click(container.querySelector('.card-alternatives button[data-qid="Q2038476"]')!);
    expect(picks).toEqual([[4, 'person:Andrey Denisov', 'Q2038476']]);
  });

  it('after a pick, focus stays on the card when the new state re-renders it', async () => {
    let push: (s: TabState) => void = () => {};
    const api: PopupApi = {
      currentTabId: async () => 4,
      getState: async () => state,
      analyze: async () => ({ ok: true }),
      subscribe: (_tab, onState) => {
        push = onState;
        return () => {};
      },
      chooseCard: async () => ({ ok: true }),
    };
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.card-choose > button')).not.toBeNull());
    fireEvent.click(container.querySelector('.card-choose > button')!);
    (container.querySelector('.card-alternatives button') as HTMLElement).focus();
    fireEvent.click(container.querySelector('.card-alternatives button')!);
    const linked = { ...card, status: 'linked' as const, qid: 'Q2038476', title: 'Andrey Denisov (diplomat)' };
    (document.activeElement as HTMLElement).blur();
    push({ ...state, cards: { ...state.cards!, cards: [linked] } });
    await waitFor(() => expect(container.querySelector('.card-title')!.textContent).toBe('Andrey Denisov (diplomat)'));
    expect(document.activeElement).toBe(container.querySelector('details[data-key="person:Andrey Denisov"] > summary'));
  });

  it('without cards (older state), the entity list is shown as before', async () => {
    const api: PopupApi = {
      currentTabId: async () => 4,
      getState: async () => ({ ...state, cards: undefined }),
      analyze: async () => ({ ok: true }),
      subscribe: () => () => {},
    };
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.entity-group[data-type="person"]')).not.toBeNull());
    expect(container.querySelector('.card')).toBeNull();
  });
});
