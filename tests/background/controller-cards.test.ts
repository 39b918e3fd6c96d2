import { describe, expect, it } from 'vitest';
import { createController, STALE_CARDS_MS, type CardsDeps, type ControllerDeps } from '../../src/background/controller';
import { createTabStore } from '../../src/background/tab-store';
import { memoryArea } from '../support/memory-area';
import { buildInArticleCard } from '../../src/pipeline/link';
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
const found: Analysis = {
  entities: [{ type: 'person', name: 'Vladimir Putin', mentions: [{ text: 'Vladimir Putin', start: 0, end: 14 }] }],
  events: [],
};
const scanned = {
  url: 'https://news.test/a',
  detection: { isArticle: true, score: 80, reasons: [] },
  article,
  forced: false,
};

function fakeCards(build: (state: TabState) => Promise<CardsResult>) {
  const chosen: [string, string | null][] = [];
  const cards: CardsDeps = {
    placeholders: (state) => ({
      status: 'loading',
      cards: (state.analysis?.entities ?? []).map((e) =>
        buildInArticleCard(e as never, { asOf: '2022-09-07', status: 'nil', note: null }),
      ),
      publisher: null,
      notes: [],
      elapsedMs: 0,
    }),
    build,
    choose: async (_state, key, qid) => void chosen.push([key, qid]),
  };
  return { cards, chosen };
}

function setup(cards: CardsDeps, overrides: Partial<ControllerDeps> = {}) {
  let clock = 1_000;
  const deps: ControllerDeps = {
    store: createTabStore(memoryArea()),
    showBadge: async () => {},
    runNlp: async () => found,
    requestExtraction: async () => ({ ok: true }),
    settings: async () => normalizeSettings({}),
    cards,
    now: () => clock,
    log: () => {},
    ...overrides,
  };
  return { controller: createController(deps), deps, tick: (ms: number) => (clock += ms) };
}

const linked = (qid: string): CardsResult => ({
  status: 'ready',
  cards: [
    {
      ...buildInArticleCard(found.entities[0] as never, { asOf: null, status: 'nil', note: null }),
      status: 'linked',
      qid,
    },
  ],
  publisher: null,
  notes: [],
  elapsedMs: 5,
});

describe('controller: cards after the analysis', () => {
  it('stores in-article cards with the analysis, then the linked ones', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { cards } = fakeCards(async () => {
      await gate;
      return linked('Q7747');
    });
    const { controller, deps } = setup(cards);
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    const first = await deps.store.get(1);
    expect(first?.status).toBe('ready');
    expect(first?.cards).toMatchObject({ status: 'loading', cards: [{ name: 'Vladimir Putin', status: 'nil' }] });
    release();
    await controller.whenCardsIdle(1);
    expect((await deps.store.get(1))?.cards).toMatchObject({ status: 'ready', cards: [{ qid: 'Q7747' }] });
  });

  it('a failing card service leaves degraded in-article cards, never none', async () => {
    const { cards } = fakeCards(async () => {
      throw new Error('boom');
    });
    const { controller, deps } = setup(cards);
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    await controller.whenCardsIdle(1);
    expect((await deps.store.get(1))?.cards).toMatchObject({
      status: 'degraded',
      notes: ['source-failed'],
      cards: [{ name: 'Vladimir Putin' }],
    });
  });

  it('does not write cards onto a page the tab has left', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { cards } = fakeCards(async () => {
      await gate;
      return linked('Q7747');
    });
    const { controller, deps } = setup(cards);
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    await controller.navigated(1, 'https://news.test/other');
    release();
    await controller.whenCardsIdle(1);
    expect(await deps.store.get(1)).toBeNull();
  });

  it('starts the early lookups with the names before the analysis is done, and waits for them only briefly', async () => {
    const { cards } = fakeCards(async () => linked('Q7747'));
    const order: string[] = [];
    cards.prefetch = async (state, named) => {
      order.push(`prefetch ${state.pageUrl} ${named.map((e) => e.name).join()}`);
      return new Promise<void>(() => {}); // never "sent": the analysis goes on after its short wait
    };
    const runNlp: ControllerDeps['runNlp'] = async (_article, onNamed) => {
      await onNamed?.(found.entities);
      order.push('dates and events');
      return found;
    };
    const { controller, deps } = setup(cards, { runNlp });
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    await controller.whenCardsIdle(1);
    expect(order).toEqual(['prefetch https://news.test/a Vladimir Putin', 'dates and events']);
    expect((await deps.store.get(1))?.cards).toMatchObject({ status: 'ready', cards: [{ qid: 'Q7747' }] });
  });

  it("the previous page's cards finishing late do not make the tab look idle while the new page's still run", async () => {
    const gates: (() => void)[] = [];
    const { cards } = fakeCards(() => new Promise<void>((r) => gates.push(r)).then(() => linked('Q7747')));
    const { controller } = setup(cards);
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    await controller.pageScanned(1, {
      ...scanned,
      url: 'https://news.test/b',
      article: { ...article, url: 'https://news.test/b' },
    });
    await controller.whenIdle(1);
    expect(gates).toHaveLength(2);
    gates[0]!();
    await new Promise((r) => setTimeout(r, 0));
    let idle = false;
    void controller.whenCardsIdle(1).then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(idle).toBe(false);
    gates[1]!();
    await controller.whenCardsIdle(1);
  });

  it('"Not this one?" remembers the pick and links again', async () => {
    let qid = 'Q7747';
    const { cards, chosen } = fakeCards(async () => linked(qid));
    const { controller, deps } = setup(cards);
    await controller.pageScanned(1, scanned);
    await controller.whenIdle(1);
    await controller.whenCardsIdle(1);
    qid = 'Q999';
    expect(await controller.chooseCard(1, 'person:Vladimir Putin', 'Q999')).toEqual({ ok: true });
    expect(chosen).toEqual([['person:Vladimir Putin', 'Q999']]);
    expect((await deps.store.get(1))?.cards?.cards[0]?.qid).toBe('Q999');
  });

  it('"Not this one?" on a tab without cards is refused', async () => {
    const { cards } = fakeCards(async () => linked('Q1'));
    const { controller } = setup(cards);
    expect(await controller.chooseCard(9, 'person:X', null)).toMatchObject({ ok: false });
  });

  it('cards a killed worker left loading are built again when the popup asks', async () => {
    const { cards } = fakeCards(async () => linked('Q7747'));
    const { controller, deps, tick } = setup(cards);
    const stale: TabState = {
      tabId: 2,
      status: 'ready',
      pageUrl: 'https://news.test/a',
      detection: null,
      article,
      analysis: found,
      error: null,
      updatedAt: 1_000,
      cards: cards.placeholders({ analysis: found } as TabState),
    };
    await deps.store.put(stale);
    await controller.getState(2);
    expect(await controller.whenCardsIdle(2)).toBeUndefined();
    expect((await deps.store.get(2))?.cards?.status).toBe('loading');
    tick(STALE_CARDS_MS + 1);
    await controller.getState(2);
    await controller.whenCardsIdle(2);
    expect((await deps.store.get(2))?.cards?.status).toBe('ready');
  });
});
