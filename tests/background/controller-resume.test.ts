/**
 * A fresh worker's resume(): whatever a killed worker left half done (analysis, cards, coverage) runs again at once,
 * because nothing in a new worker can still be running it. The popup asks getState once; if only the staleness
 * checks there re-ran the cards, it would show them loading until reopened (found by tests/e2e/worker.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { createController, type CardsDeps, type ControllerDeps } from '../../src/background/controller';
import { emptyCoverage } from '../../src/background/coverage/coverage-service';
import { createTabStore } from '../../src/background/tab-store';
import { memoryArea } from '../support/memory-area';
import type { CardsResult } from '../../src/shared/cards';
import { normalizeSettings } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import type { Analysis, Article } from '../../src/shared/types';

const article: Article = {
  title: 'Putin and Xi to meet',
  byline: null,
  authors: [],
  publisher: 'Fox News',
  publishedAt: '2022-09-07',
  lang: 'en',
  url: 'https://news.test/a',
  text: 'Vladimir Putin met Xi Jinping.',
  relatedLinks: [],
};
const analysis: Analysis = {
  entities: [{ type: 'person', name: 'Vladimir Putin', mentions: [{ text: 'Vladimir Putin', start: 0, end: 14 }] }],
  events: [],
};
const cardsOf = (status: CardsResult['status']): CardsResult => ({
  status,
  cards: [],
  publisher: null,
  notes: [],
  elapsedMs: status === 'loading' ? 0 : 5,
});

function worker(store: ReturnType<typeof createTabStore>, builds: string[], covers: string[]) {
  const cards: CardsDeps = {
    placeholders: () => cardsOf('loading'),
    build: async (state) => {
      builds.push(state.pageUrl);
      return cardsOf('ready');
    },
    choose: async () => {},
  };
  const deps: ControllerDeps = {
    store,
    showBadge: async () => {},
    runNlp: async () => analysis,
    requestExtraction: async () => ({ ok: true }),
    settings: async () => normalizeSettings({}),
    cards,
    now: () => 2_000,
    log: () => {},
    findCoverage: async (state) => {
      covers.push(state.pageUrl);
      return { ...emptyCoverage(2_000), status: 'ready' };
    },
    recordHistory: async () => {},
  };
  return createController(deps);
}

const state = (tabId: number, extra: Partial<TabState>): TabState => ({
  tabId,
  status: 'ready',
  pageUrl: `https://news.test/${tabId}`,
  detection: null,
  article,
  analysis,
  error: null,
  updatedAt: 1_900,
  ...extra,
});

describe('resume after a worker restart', () => {
  it('runs cards and coverage left loading again at once, and leaves finished ones alone', async () => {
    const store = createTabStore(memoryArea());
    await store.put(state(1, { cards: cardsOf('loading'), coverage: { ...emptyCoverage(1_900), status: 'loading' } }));
    await store.put(state(2, { cards: cardsOf('ready'), coverage: { ...emptyCoverage(1_900), status: 'ready' } }));
    await store.put(state(3, { status: 'not-article', article: null, analysis: null }));
    const builds: string[] = [];
    const covers: string[] = [];
    const controller = worker(store, builds, covers);
    await controller.resume();
    await controller.whenCardsIdle(1);
    await controller.whenCoverageIdle(1);
    expect(builds).toEqual(['https://news.test/1']);
    expect(covers).toEqual(['https://news.test/1']);
    const resumed = await store.get(1);
    expect(resumed?.cards?.status).toBe('ready');
    expect(resumed?.coverage?.status).toBe('ready');
    expect((await store.get(2))?.cards?.elapsedMs).toBe(5);
  });
});
