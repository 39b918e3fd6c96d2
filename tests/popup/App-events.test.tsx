// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { findEvents } from '../../src/pipeline/recognize';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/tab-state';
import type { Article } from '../../src/shared/types';
import { SEED_PUBLISHED_AT, SEED_TEXT, SEED_TITLE } from '../fixtures/seed/seed';
import { entitiesFor } from '../pipeline/recognize/events/entities';

afterEach(cleanup);

/** The seed article through findEvents into the popup: the reader sees the summit with its date and place. */
describe('popup Events on the seed article', () => {
  const text = SEED_TEXT;
  const article: Article = {
    title: SEED_TITLE,
    byline: null,
    authors: [],
    publisher: 'Fox News',
    publishedAt: SEED_PUBLISHED_AT,
    lang: 'en',
    url: 'https://www.foxnews.com/world/x',
    text,
    relatedLinks: [],
  };
  const entities = entitiesFor(text, [
    ['person', 'Vladimir Putin', ['Russian President Vladimir Putin', 'Putin']],
    ['person', 'Xi Jinping', ['Xi Jinping', 'Xi']],
    ['organization', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization']],
    ['place', 'Samarkand', ['Samarkand']],
    ['place', 'Uzbekistan', ['Uzbekistan']],
    ['place', 'Ukraine', ['Ukraine']],
  ]);
  const events = findEvents(text, entities, { publishedAt: article.publishedAt, title: article.title });
  const state: TabState = {
    tabId: 4,
    status: 'ready',
    pageUrl: article.url,
    detection: null,
    article,
    analysis: { entities, events },
    error: null,
    updatedAt: 0,
  };
  const api: PopupApi = {
    currentTabId: async () => 4,
    getState: async () => state,
    analyze: async () => ({ ok: true }),
    subscribe: () => () => {},
  };

  it('shows the story first: the meeting at the summit, Sep 15–16, 2022, Samarkand', async () => {
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.events')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /more events?$/ }));
    const cards = [...container.querySelectorAll('.event')];
    const story = cards.filter((c) => c.getAttribute('data-kind') === 'story');
    expect(story.length).toBeGreaterThanOrEqual(2);
    expect(cards[0]!.getAttribute('data-kind')).toBe('story');
    const summit = cards.find((c) =>
      /Shanghai Cooperation Organization summit/.test(c.querySelector('.event-name')!.textContent!),
    )!;
    expect(summit.querySelector('time')!.textContent).toMatch(/^Sep 15.16, 2022$/);
    expect(summit.querySelector('.event-where')!.textContent).toBe('Samarkand, Uzbekistan');
  });

  it('puts the background before this article and the story after it on the story clock', async () => {
    const { container } = render(<App api={api} />);
    await waitFor(() => expect(container.querySelector('.clock-line')).not.toBeNull());
    const stops = [...container.querySelectorAll('.clock-stop')].map((n) => n.getAttribute('data-kind'));
    const names = [...container.querySelectorAll('.clock-name')].map((n) => n.textContent);
    const at = (pattern: RegExp) => names.findIndex((n) => pattern.test(n!));
    expect(stops.indexOf('background')).toBeLessThan(stops.indexOf('published'));
    expect(at(/invasion of Ukraine/)).toBeLessThan(at(/This article/));
    expect(at(/This article/)).toBeLessThan(stops.indexOf('story'));
    expect(stops.filter((k) => k === 'published')).toHaveLength(1);
  });
});
