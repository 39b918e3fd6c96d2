import { describe, expect, it } from 'vitest';
import { createController, STALE_ANALYSIS_MS, type ControllerDeps } from '../../src/background/controller';
import { createTabStore } from '../../src/background/tab-store';
import { memoryArea } from '../support/memory-area';
import { normalizeSettings } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import type { Analysis, Article } from '../../src/shared/types';

const article = (title = 'Putin and Xi to meet'): Article => ({
  title,
  byline: null,
  authors: [],
  publisher: 'Fox News',
  publishedAt: '2022-09-07',
  lang: 'en',
  url: 'https://news.test/a',
  text: 'Vladimir Putin met Xi Jinping.',
  relatedLinks: [],
});
const detection = { isArticle: true, score: 80, reasons: [] };
const found: Analysis = {
  entities: [{ type: 'person', name: 'Vladimir Putin', mentions: [{ text: 'Vladimir Putin', start: 0, end: 14 }] }],
  events: [],
};

function setup(overrides: Partial<ControllerDeps> = {}) {
  const area = memoryArea();
  const badges: { tabId: number; status: string | null }[] = [];
  let clock = 1_000;
  const deps: ControllerDeps = {
    store: createTabStore(area),
    showBadge: async (tabId, state) => void badges.push({ tabId, status: state?.status ?? null }),
    runNlp: async () => found,
    requestExtraction: async () => ({ ok: true }),
    settings: async () => normalizeSettings({}),
    now: () => clock,
    log: () => {},
    ...overrides,
  };
  const controller = createController(deps);
  return { controller, area, badges, deps, tick: (ms: number) => (clock += ms) };
}

describe('controller', () => {
  it('analyzes an article: analyzing, then ready with the entities', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { controller, badges } = setup({
      runNlp: async () => {
        await gate;
        return found;
      },
    });
    await controller.pageScanned(5, { url: 'https://news.test/a', detection, article: article(), forced: false });
    expect((await controller.getState(5))?.status).toBe('analyzing');
    release();
    await controller.whenIdle(5);
    const state = await controller.getState(5);
    expect(state?.status).toBe('ready');
    expect(state?.analysis?.entities.map((e) => e.name)).toEqual(['Vladimir Putin']);
    expect(badges.map((b) => b.status)).toEqual(['analyzing', 'ready']);
  });

  it('starts the NLP without waiting for the "analyzing" write, and still ends ready', async () => {
    const area = memoryArea();
    let release!: () => void;
    const slowWrite = new Promise<void>((r) => (release = r));
    let firstSet = true;
    const slow = {
      ...area,
      set: async (items: Record<string, unknown>) => {
        if (firstSet) {
          firstSet = false;
          await slowWrite;
        }
        return area.set(items);
      },
    };
    let started = false;
    const { controller } = setup({
      store: createTabStore(slow),
      runNlp: async () => {
        started = true;
        return found;
      },
    });
    const scanned = controller.pageScanned(5, {
      url: 'https://news.test/a',
      detection,
      article: article(),
      forced: false,
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(true);
    release();
    await scanned;
    await controller.whenIdle(5);
    expect((await controller.getState(5))?.status).toBe('ready');
  });

  it('keeps what the scan cost the page, for an article and a non-article alike', async () => {
    const { controller } = setup({ runNlp: async () => found });
    await controller.pageScanned(5, {
      url: 'https://news.test/a',
      detection,
      article: article(),
      forced: false,
      timings: { detectMs: 1.5, extractMs: 8 },
    });
    await controller.whenIdle(5);
    expect((await controller.getState(5))?.scanTimings).toEqual({ detectMs: 1.5, extractMs: 8 });
    await controller.pageScanned(6, {
      url: 'https://news.test/',
      detection: { ...detection, isArticle: false },
      article: null,
      forced: false,
      timings: { detectMs: 0.7, extractMs: null },
    });
    expect((await controller.getState(6))?.scanTimings).toEqual({ detectMs: 0.7, extractMs: null });
  });

  it('records a non-article without running the NLP', async () => {
    let runs = 0;
    const { controller } = setup({
      runNlp: async () => {
        runs++;
        return found;
      },
    });
    await controller.pageScanned(5, {
      url: 'https://news.test/',
      detection: { ...detection, isArticle: false },
      article: null,
      forced: false,
    });
    expect((await controller.getState(5))?.status).toBe('not-article');
    expect(runs).toBe(0);
  });

  it('honours excluded sites and the auto-analyze switch, but a forced run goes through', async () => {
    const settings = normalizeSettings({ excludedSites: ['news.test'] });
    const { controller } = setup({ settings: async () => settings });
    await controller.pageScanned(1, { url: 'https://www.news.test/a', detection, article: article(), forced: true });
    expect((await controller.getState(1))?.status).toBe('not-article');

    const manual = setup({ settings: async () => normalizeSettings({ autoAnalyze: false }) });
    await manual.controller.pageScanned(2, {
      url: 'https://other.test/a',
      detection,
      article: article(),
      forced: false,
    });
    expect((await manual.controller.getState(2))?.status).toBe('not-article');
    await manual.controller.pageScanned(2, {
      url: 'https://other.test/a',
      detection,
      article: article(),
      forced: true,
    });
    await manual.controller.whenIdle(2);
    expect((await manual.controller.getState(2))?.status).toBe('ready');
  });

  it('turns an NLP failure into an error state with a message', async () => {
    const { controller } = setup({
      runNlp: async () => {
        throw new Error('model missing');
      },
    });
    await controller.pageScanned(5, { url: 'https://news.test/a', detection, article: article(), forced: false });
    await controller.whenIdle(5);
    const state = await controller.getState(5);
    expect(state?.status).toBe('error');
    expect(state?.error).toContain('model missing');
  });

  it('does not let a slow analysis of the old page overwrite the new page', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { controller } = setup({
      runNlp: async () => {
        await gate;
        return found;
      },
    });
    await controller.pageScanned(5, { url: 'https://news.test/a', detection, article: article(), forced: false });
    await controller.navigated(5, undefined);
    await controller.pageScanned(5, {
      url: 'https://news.test/',
      detection: { ...detection, isArticle: false },
      article: null,
      forced: false,
    });
    release();
    await controller.whenIdle(5);
    const state = await controller.getState(5);
    expect(state?.status).toBe('not-article');
    expect(state?.pageUrl).toBe('https://news.test/');
  });

  it('clears state on navigation to another document, not on a #fragment change', async () => {
    const { controller, badges } = setup();
    await controller.pageScanned(5, { url: 'https://news.test/a', detection, article: article(), forced: false });
    await controller.whenIdle(5);
    await controller.navigated(5, 'https://news.test/a#comments');
    expect((await controller.getState(5))?.status).toBe('ready');
    await controller.navigated(5, 'https://news.test/b');
    expect(await controller.getState(5)).toBeNull();
    expect(badges.at(-1)).toEqual({ tabId: 5, status: null });
  });

  it('resumes an analysis a killed worker left behind', async () => {
    const area = memoryArea();
    const left: TabState = {
      tabId: 8,
      status: 'analyzing',
      pageUrl: 'https://news.test/a',
      detection,
      article: article(),
      analysis: null,
      error: null,
      updatedAt: 0,
    };
    await area.set({ 'tab:8': left });
    const { controller } = setup({ store: createTabStore(area) });
    await controller.resume();
    await controller.whenIdle(8);
    expect((await controller.getState(8))?.status).toBe('ready');
  });

  it('restarts a stale analysis when the popup asks for it', async () => {
    const s = setup();
    const left: TabState = {
      tabId: 9,
      status: 'analyzing',
      pageUrl: 'https://news.test/a',
      detection,
      article: article(),
      analysis: null,
      error: null,
      updatedAt: 1_000,
    };
    await s.area.set({ 'tab:9': left });
    s.tick(STALE_ANALYSIS_MS + 1);
    expect((await s.controller.getState(9))?.status).toBe('analyzing');
    await s.controller.whenIdle(9);
    expect((await s.controller.getState(9))?.status).toBe('ready');
  });

  it('explains when a page cannot be analyzed on demand', async () => {
    const { controller } = setup({
      requestExtraction: async () => {
        throw new Error('Could not establish connection');
      },
    });
    const reply = await controller.analyze(3, true);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/cannot read this page/);
  });

  it('forgets a closed tab', async () => {
    const { controller, area } = setup();
    await controller.pageScanned(5, { url: 'https://news.test/', detection, article: null, forced: false });
    await controller.tabRemoved(5);
    expect(area.data.size).toBe(0);
  });
});
