/**
 * What the background does with each event, free of `browser.*`: every effect comes in through `deps`, so unit
 * tests drive it with in-memory fakes and the service worker wires the real APIs (index.ts).
 */
import type { Payload } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import type { Settings } from '../shared/settings';
import { isExcluded } from '../shared/settings';
import type { TabState } from '../shared/tab-state';
import type { Analysis, Article } from '../shared/types';
import type { TabStore } from './tab-store';

export interface ControllerDeps {
  store: TabStore;
  showBadge(tabId: number, state: TabState | null): Promise<void>;
  runNlp(article: Article): Promise<Analysis>;
  /** Asks the tab's content script to extract now; rejects when there is none (e.g. a chrome:// page). */
  requestExtraction(tabId: number, force: boolean): Promise<Responses['content/extract']>;
  settings(): Promise<Settings>;
  now(): number;
  log(message: string, error?: unknown): void;
}

/** An 'analyzing' state older than this with no run in this worker was left by a killed worker: run it again. */
export const STALE_ANALYSIS_MS = 5_000;

export function createController(deps: ControllerDeps) {
  const running = new Map<number, Promise<void>>();

  async function put(state: TabState): Promise<void> {
    await deps.store.put(state);
    await deps.showBadge(state.tabId, state);
  }

  function base(tabId: number, pageUrl: string): Omit<TabState, 'status'> {
    return { tabId, pageUrl, detection: null, article: null, analysis: null, error: null, updatedAt: deps.now() };
  }

  function runAnalysis(state: TabState): Promise<void> {
    const { tabId, article } = state;
    if (!article) return Promise.resolve();
    const job = (async () => {
      let next: TabState;
      try {
        const analysis = await deps.runNlp(article);
        next = { ...state, status: 'ready', analysis, error: null, updatedAt: deps.now() };
      } catch (error) {
        deps.log(`analysis failed in tab ${tabId}`, error);
        next = { ...state, status: 'error', error: `The analysis failed: ${messageOf(error)}`, updatedAt: deps.now() };
      }
      // The tab may have moved on while we worked; only finish the page we started.
      const current = await deps.store.get(tabId);
      if (current?.pageUrl !== state.pageUrl || current.status !== 'analyzing') return;
      await put(next);
    })().finally(() => running.delete(tabId));
    running.set(tabId, job);
    return job;
  }

  return {
    async pageScanned(tabId: number, payload: Payload<'page/scanned'>): Promise<Responses['page/scanned']> {
      const settings = await deps.settings();
      const { url, detection, article, forced } = payload;
      const skip = isExcluded(settings, url) || (!forced && !settings.autoAnalyze);
      if (!article || skip) {
        await put({ ...base(tabId, url), status: 'not-article', detection });
        return { ok: true };
      }
      const state: TabState = { ...base(tabId, url), status: 'analyzing', detection, article };
      await put(state);
      void runAnalysis(state);
      return { ok: true };
    },

    async getState(tabId: number): Promise<TabState | null> {
      const state = await deps.store.get(tabId);
      if (state?.status === 'analyzing' && !running.has(tabId) && deps.now() - state.updatedAt > STALE_ANALYSIS_MS) {
        void runAnalysis({ ...state, updatedAt: deps.now() });
      }
      return state;
    },

    /** "Analyze this page" / "Try again": ask the content script to extract, whatever detection said. */
    async analyze(tabId: number, force: boolean): Promise<Responses['tab/analyze']> {
      try {
        const reply = await deps.requestExtraction(tabId, force);
        return reply.ok ? { ok: true } : { ok: false, error: reply.error ?? 'The page could not be read.' };
      } catch (error) {
        deps.log(`no content script in tab ${tabId}`, error);
        return { ok: false, error: 'Backstory cannot read this page (browser pages and some sites are off limits).' };
      }
    },

    /** The tab started loading another page: its old state no longer applies. */
    async navigated(tabId: number, url: string | undefined): Promise<void> {
      const state = await deps.store.get(tabId);
      if (!state || (url && sameDocument(state.pageUrl, url))) return;
      await deps.store.clear(tabId);
      await deps.showBadge(tabId, null);
    },

    async tabRemoved(tabId: number): Promise<void> {
      await deps.store.clear(tabId);
    },

    /** After a worker restart: finish what a killed worker left half done. */
    async resume(): Promise<void> {
      for (const state of await deps.store.all()) {
        if (state.status === 'analyzing' && !running.has(state.tabId)) void runAnalysis(state);
      }
    },

    /** For tests: wait for the analysis of a tab to finish. */
    whenIdle(tabId: number): Promise<void> {
      return running.get(tabId) ?? Promise.resolve();
    },
  };
}

export type Controller = ReturnType<typeof createController>;

const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
