import { describe, expect, it } from 'vitest';
import { createController, STALE_COVERAGE_MS, type ControllerDeps } from '../../src/background/controller';
import { emptyCoverage } from '../../src/background/coverage/coverage-service';
import { createTabStore } from '../../src/background/tab-store';
import { memoryArea } from '../support/memory-area';
import type { Coverage } from '../../src/shared/coverage';
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
const detection = { isArticle: true, score: 80, reasons: [] };
const found: Analysis = {
  entities: [{ type: 'person', name: 'Vladimir Putin', mentions: [{ text: 'Vladimir Putin', start: 0, end: 14 }] }],
  events: [],
};
const scanned = (url = 'https://news.test/a') => ({ url, detection, article: { ...article, url }, forced: false });

const withItem = (c: Coverage, title: string): Coverage => ({
  ...c,
  items: [
    {
      url: 'https://bbc.com/x',
      direct: true,
      title,
      outlet: 'BBC',
      domain: 'bbc.com',
      country: 'United Kingdom',
      publishedAt: null,
      lang: null,
      sources: ['gdelt'],
      score: 1,
    },
  ],
});

function setup(overrides: Partial<ControllerDeps> = {}) {
  let clock = 1_000;
  const recorded: TabState[] = [];
  const asked: TabState[] = [];
  const deps: ControllerDeps = {
    store: createTabStore(memoryArea()),
    showBadge: async () => {},
    runNlp: async () => found,
    requestExtraction: async () => ({ ok: true }),
    settings: async () => normalizeSettings({}),
    findCoverage: async (state, onUpdate) => {
      asked.push(state);
      await onUpdate(withItem(emptyCoverage(clock), 'partial'));
      return { ...withItem(emptyCoverage(clock), 'final'), status: 'ready' };
    },
    recordHistory: async (state) => void recorded.push(state),
    now: () => clock,
    log: () => {},
    ...overrides,
  };
  return { controller: createController(deps), deps, recorded, asked, tick: (ms: number) => (clock += ms) };
}

describe('controller: coverage and history after the analysis', () => {
  it('shows the analysis with coverage loading, then fills it in', async () => {
    const seen: (string | undefined)[] = [];
    const { controller, deps } = setup();
    const label = (s: TabState) =>
      s.coverage ? `${s.status}:${s.coverage.status}:${s.coverage.items[0]?.title ?? ''}` : s.status;
    const put = deps.store.put.bind(deps.store);
    deps.store.put = async (s) => {
      seen.push(label(s));
      return put(s);
    };
    const update = deps.store.update.bind(deps.store);
    deps.store.update = async (tabId, change) => {
      const written = await update(tabId, change);
      if (written) seen.push(label(written));
      return written;
    };
    await controller.pageScanned(3, scanned(), { incognito: false });
    await controller.whenIdle(3);
    await controller.whenCoverageIdle(3);
    expect(seen).toEqual(['analyzing', 'ready:loading:', 'ready:loading:partial', 'ready:ready:final']);
  });

  it('passes the tab’s private-window flag on, and records the read', async () => {
    const { controller, recorded, asked } = setup();
    await controller.pageScanned(3, scanned(), { incognito: true });
    await controller.whenIdle(3);
    await controller.whenCoverageIdle(3);
    expect(recorded.map((s) => s.incognito)).toEqual([true]);
    expect(asked[0]!.incognito).toBe(true);
  });

  it('does not write coverage into a tab that moved on to another page', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { controller } = setup({
      findCoverage: async (state) => {
        await gate;
        return { ...withItem(emptyCoverage(1), state.pageUrl.endsWith('/a') ? 'stale' : 'fresh'), status: 'ready' };
      },
    });
    await controller.pageScanned(3, scanned('https://news.test/a'), { incognito: false });
    await controller.whenIdle(3);
    await controller.pageScanned(3, scanned('https://news.test/b'), { incognito: false });
    release();
    await controller.whenIdle(3);
    await controller.whenCoverageIdle(3);
    const state = await controller.getState(3);
    expect(state?.pageUrl).toBe('https://news.test/b');
    expect(state?.coverage?.items.map((i) => i.title) ?? []).not.toContain('stale');
    expect(state?.coverage?.items.map((i) => i.title)).toContain('fresh');
  });

  it('a failing coverage step still ends in a ready, empty section; a failing history write changes nothing', async () => {
    const { controller } = setup({
      findCoverage: async () => {
        throw new Error('boom');
      },
      recordHistory: async () => {
        throw new Error('disk full');
      },
    });
    await controller.pageScanned(3, scanned(), { incognito: false });
    await controller.whenIdle(3);
    await controller.whenCoverageIdle(3);
    const state = await controller.getState(3);
    expect(state?.status).toBe('ready');
    expect(state?.coverage).toMatchObject({ status: 'ready', items: [] });
  });

  it('resumes a coverage search a killed worker left loading', async () => {
    const first = setup({ findCoverage: () => new Promise(() => {}) });
    await first.controller.pageScanned(3, scanned(), { incognito: false });
    await first.controller.whenIdle(3);
    // A new worker (new controller) over the same storage.
    const asked: TabState[] = [];
    const second = createController({
      ...first.deps,
      findCoverage: async (state) => {
        asked.push(state);
        return { ...withItem(emptyCoverage(1), 'resumed'), status: 'ready' };
      },
    });
    await second.getState(3);
    expect(asked).toHaveLength(0);
    first.tick(STALE_COVERAGE_MS + 1);
    await second.getState(3);
    await second.whenCoverageIdle(3);
    expect((await second.getState(3))?.coverage?.items[0]?.title).toBe('resumed');
  });

  it('leaves states without coverage when no coverage step is wired', async () => {
    const { controller } = setup({ findCoverage: undefined, recordHistory: undefined });
    await controller.pageScanned(3, scanned());
    await controller.whenIdle(3);
    expect((await controller.getState(3))?.coverage).toBeUndefined();
  });
});
