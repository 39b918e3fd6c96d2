// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { findEvents } from '../../src/pipeline/recognize';
import type { PopupApi } from '../../src/popup/api';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/tab-state';
import type { Card } from '../../src/shared/cards';
import type { Article } from '../../src/shared/types';
import { SEED_PUBLISHED_AT, SEED_TEXT, SEED_TITLE } from '../fixtures/seed/seed';
import { entitiesFor } from '../pipeline/recognize/events/entities';

afterEach(cleanup);

const SEED_ARTICLE: Article = {
  title: SEED_TITLE,
  byline: null,
  authors: [],
  publisher: 'Fox News',
  publishedAt: SEED_PUBLISHED_AT,
  lang: 'en',
  url: 'https://www.foxnews.com/world/x',
  text: SEED_TEXT,
  relatedLinks: [],
};

/** The seed article through findEvents into the popup: the reader sees the summit with its date and place. */
describe('popup Events on the seed article', () => {
  const text = SEED_TEXT;
  const article = SEED_ARTICLE;
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
    expect(story).toHaveLength(1);
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

/** A background event the text does not date, linked to its Wikidata item: the popup shows the item's dates. */
describe('popup Events with a linked background event', () => {
  const frame = { id: 'e1', name: 'Cold War', kind: 'background' as const, mentions: [] };
  const coldWar = {
    key: 'event:Cold War',
    type: 'event',
    name: 'Cold War',
    status: 'linked',
    qid: 'Q8683',
    title: 'Cold War',
    facts: [],
    positions: [],
    alternatives: [],
    inArticle: { role: null, mentionCount: 1, quotes: [], firstMention: null },
    event: { frameId: 'e1', when: '1947/1991', where: ['Europe'] },
  } as unknown as Card;
  const stateWith = (cards: Card[] | null): TabState => ({
    tabId: 5,
    status: 'ready',
    pageUrl: 'https://example.org/a',
    detection: null,
    article: { ...SEED_ARTICLE, text: 'The Cold War shaped the region.' },
    analysis: { entities: [], events: [frame] },
    cards: cards ? { status: 'ready', cards, publisher: null, notes: [], elapsedMs: 1 } : undefined,
    error: null,
    updatedAt: 0,
  });
  const apiFor = (state: TabState): PopupApi => ({
    currentTabId: async () => 5,
    getState: async () => state,
    analyze: async () => ({ ok: true }),
    subscribe: () => () => {},
  });

  it('dates it from the card, marked as reference knowledge, with its place', async () => {
    const { container } = render(<App api={apiFor(stateWith([coldWar]))} />);
    await waitFor(() => expect(container.querySelector('.event .event-when')).not.toBeNull());
    const when = container.querySelector('.event .event-when')!;
    expect(when.textContent).toMatch(/1947.*1991/);
    expect(when.getAttribute('title')).toBeTruthy();
    expect(container.querySelector('.event .event-where')!.textContent).toBe('Europe');
  });

  it('without a linked card the event stays undated', async () => {
    const { container } = render(<App api={apiFor(stateWith(null))} />);
    await waitFor(() => expect(container.querySelector('.event')).not.toBeNull());
    expect(container.querySelector('.event .event-when')).toBeNull();
  });
});
