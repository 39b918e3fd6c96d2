/**
 * What the background does with each event, free of `browser.*`: every effect comes in through `deps`, so unit
 * tests drive it with in-memory fakes and the service worker wires the real APIs (index.ts).
 */
import { withoutFragment } from '../shared/url';
import type { Payload } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import { type Settings, isExcluded } from '../shared/settings';
import type { TabState } from '../shared/tab-state';
import type { Analysis, Article, Entity } from '../shared/types';
import type { CardsResult } from '../shared/cards';
import type { Coverage } from '../shared/coverage';
import { emptyCoverage } from './coverage/coverage-service';
import { createTabJobs, type TabJobs } from './tab-jobs';
import type { TabStore } from './tab-store';

/** Background cards, wired in cards/wire-cards.ts. */
export interface CardsDeps {
  /** In-article cards, shown with the analysis while lookups run. */
  placeholders(state: TabState): CardsResult;
  /**
   * Starts the first lookups from the names alone while the rest of the analysis runs; resolves once they are sent.
   * Optional: without it, lookups start when the analysis is done.
   */
  prefetch?(state: TabState, named: Entity[], signal?: AbortSignal): Promise<void>;
  /** `signal` aborts when the tab moves on or closes: lookups not yet sent are dropped, those under way cancelled. */
  build(state: TabState, signal?: AbortSignal): Promise<CardsResult>;
  /** Remembers the reader's pick for a card (site and general); rejects when the card is unknown. */
  choose(state: TabState, key: string, qid: string | null): Promise<void>;
}

export interface ControllerDeps {
  store: TabStore;
  showBadge(tabId: number, state: TabState | null): Promise<void>;
  /** `onNamed` gets the people, organizations, places and events as soon as they are found (before dates and events). */
  runNlp(article: Article, onNamed?: (named: Entity[]) => unknown): Promise<Analysis>;
  /** Asks the tab's content script to extract now; rejects when there is none (e.g. a chrome:// page). */
  requestExtraction(tabId: number, force: boolean): Promise<Responses['content/extract']>;
  settings(): Promise<Settings>;
  /** Background cards for a ready article. Optional. */
  cards?: CardsDeps;
  /** Related coverage for a ready article; `onUpdate` receives partial results. Optional. */
  findCoverage?(
    state: TabState,
    onUpdate: (coverage: Coverage) => Promise<void>,
    signal?: AbortSignal,
  ): Promise<Coverage>;
  /** Remembers a read in the on-device history; it skips private windows and opted-out sites itself. */
  recordHistory?(state: TabState): Promise<void>;
  now(): number;
  log(message: string, error?: unknown): void;
  /** Marks a stage of a tab's run (performance.mark in the worker): bench:cards reads them for its breakdown. */
  mark?(stage: 'article-received' | 'nlp-start' | 'nlp-done' | 'cards-start' | 'cards-ready', tabId: number): void;
}

/** An 'analyzing' state older than this with no run in this worker was left by a killed worker: run it again. */
export const STALE_ANALYSIS_MS = 5_000;
/** Cards still 'loading' this long after the analysis, with no lookup in this worker, were left by a killed worker. */
export const STALE_CARDS_MS = 15_000;
/** Coverage still 'loading' this long after its last write, with no search in this worker, was left by a killed worker. */
export const STALE_COVERAGE_MS = 30_000;
/** How long the analysis pauses, at most, for the early lookups to be sent before it finds dates and events. */
export const PREFETCH_WAIT_MS = 30;

/** What every step of the controller works with: its deps and one job slot per tab for each kind of work. */
interface Run {
  deps: ControllerDeps;
  analysis: TabJobs;
  cards: TabJobs;
  /** Recording the read, then related coverage. */
  followUps: TabJobs;
  /** Each tab's last analyzed article and its analysis: the same text again (a new URL) is not analyzed again. */
  analyzedText: Map<number, { key: string; analysis: Analysis }>;
}

export function createController(deps: ControllerDeps) {
  const run: Run = {
    deps,
    analysis: createTabJobs(),
    cards: createTabJobs(),
    followUps: createTabJobs(),
    analyzedText: new Map(),
  };
  return {
    pageScanned: (tabId: number, payload: Payload<'page/scanned'>, tab: { incognito?: boolean } = {}) =>
      pageScanned(run, tabId, payload, tab),
    getState: (tabId: number) => getState(run, tabId),
    /** "Analyze this page" / "Try again": ask the content script to extract, whatever detection said. */
    analyze: (tabId: number, force: boolean) => requestAnalysis(deps, tabId, force),
    /** The tab started loading another page: its old state no longer applies. */
    navigated: (tabId: number, url: string | undefined) => navigated(run, tabId, url),
    /** The tab closed: its work stops (nothing more is sent for it) and its state goes. */
    tabRemoved: (tabId: number) => {
      cancelAll(run, tabId);
      run.analyzedText.delete(tabId);
      return deps.store.clear(tabId);
    },
    /** After a worker restart: finish what a killed worker left half done. */
    resume: () => resume(run),
    /** "Not this one?": remember the pick, then link the page's entities again with it. */
    chooseCard: (tabId: number, key: string, qid: string | null) => chooseCard(run, tabId, key, qid),
    /** For tests: wait for the cards of a tab. */
    whenCardsIdle: (tabId: number) => run.cards.whenIdle(tabId),
    /** For tests: wait for the analysis of a tab to finish. */
    whenIdle: (tabId: number) => run.analysis.whenIdle(tabId),
    /** For tests: wait for the history and coverage step of a tab to finish. */
    whenCoverageIdle: (tabId: number) => run.followUps.whenIdle(tabId),
  };
}

async function putState(deps: ControllerDeps, state: TabState): Promise<void> {
  await deps.store.put(state);
  await deps.showBadge(state.tabId, state);
}

function baseState(deps: ControllerDeps, tabId: number, pageUrl: string): Omit<TabState, 'status'> {
  return { tabId, pageUrl, detection: null, article: null, analysis: null, error: null, updatedAt: deps.now() };
}

/** Writes `patch` over the tab's state only while it still shows the page we started on, as ready. */
function updateReady(deps: ControllerDeps, tabId: number, pageUrl: string, patch: Partial<TabState>) {
  return deps.store.update(tabId, (current) =>
    current?.pageUrl === pageUrl && current.status === 'ready' ? { ...current, ...patch } : null,
  );
}

/** Links the entities of a ready article and stores the cards; never leaves the tab without cards. */
function runCards(run: Run, state: TabState): Promise<void> {
  const { deps } = run;
  const cards = deps.cards;
  if (!cards || !state.article) return Promise.resolve();
  const { tabId, pageUrl } = state;
  return run.cards.start(tabId, async (signal) => {
    deps.mark?.('cards-start', tabId);
    let result: CardsResult;
    try {
      result = await cards.build(state, signal);
    } catch (error) {
      if (signal.aborted) return;
      deps.log(`cards failed in tab ${tabId}`, error);
      const fallback = cards.placeholders(state);
      result = { ...fallback, status: 'degraded', notes: ['source-failed'] };
    }
    // Only the page we started, and only while it is still shown as ready (the store serializes the write).
    await updateReady(deps, tabId, pageUrl, { cards: result });
    deps.mark?.('cards-ready', tabId);
  });
}

/** The analysis of an article, as the state that follows 'analyzing': ready with its results, or an error. */
async function analyzed(
  deps: ControllerDeps,
  state: TabState,
  article: Article,
  signal: AbortSignal,
  known: Analysis | null,
): Promise<TabState> {
  const { tabId } = state;
  try {
    deps.mark?.('nlp-start', tabId);
    const prefetch = deps.cards?.prefetch?.bind(deps.cards);
    const analysis =
      known ??
      (await deps.runNlp(
        article,
        prefetch &&
          ((named) => (signal.aborted ? undefined : waitAtMost(prefetch(state, named, signal), PREFETCH_WAIT_MS))),
      ));
    deps.mark?.('nlp-done', tabId);
    const next: TabState = { ...state, status: 'ready', analysis, error: null, updatedAt: deps.now() };
    if (deps.cards) next.cards = deps.cards.placeholders(next);
    if (deps.findCoverage) next.coverage = emptyCoverage(deps.now());
    return next;
  } catch (error) {
    deps.log(`analysis failed in tab ${tabId}`, error);
    return { ...state, status: 'error', error: `The analysis failed: ${messageOf(error)}`, updatedAt: deps.now() };
  }
}

function runAnalysis(run: Run, state: TabState): Promise<void> {
  const { deps } = run;
  const { tabId, article } = state;
  if (!article) return Promise.resolve();
  return run.analysis.start(tabId, async (signal) => {
    const key = textKey(article);
    const known = run.analyzedText.get(tabId);
    const next = await analyzed(deps, state, article, signal, known?.key === key ? known.analysis : null);
    if (signal.aborted) return;
    if (next.status === 'ready' && next.analysis) run.analyzedText.set(tabId, { key, analysis: next.analysis });
    // The tab may have moved on while we worked; only finish the page we started.
    const written = deps.store.update(tabId, (current) =>
      current?.pageUrl === state.pageUrl && current.status === 'analyzing' ? next : null,
    );
    // Cards start now, not after the write: their own write queues behind this one and lands only on this page.
    if (next.status === 'ready') void runCards(run, next);
    if (!(await written)) return;
    await deps.showBadge(tabId, next);
    if (next.status === 'ready') void followUp(run, next);
  });
}

/** After the analysis is shown: remember the read, then look for related coverage. Slow sources hold up nothing. */
function followUp(run: Run, state: TabState): Promise<void> {
  const { deps } = run;
  const { tabId, pageUrl } = state;
  const write = async (coverage: Coverage) => {
    await updateReady(deps, tabId, pageUrl, { coverage });
  };
  return run.followUps.start(tabId, async (signal) => {
    await deps
      .recordHistory?.(state)
      .catch((error: unknown) => deps.log(`history not recorded for tab ${tabId}`, error));
    if (!deps.findCoverage || signal.aborted) return;
    try {
      await write(await deps.findCoverage(state, write, signal));
    } catch (error) {
      if (signal.aborted) return;
      deps.log(`coverage failed in tab ${tabId}`, error);
      await write(emptyCoverage(deps.now(), 'ready'));
    }
  });
}

async function pageScanned(
  run: Run,
  tabId: number,
  payload: Payload<'page/scanned'>,
  tab: { incognito?: boolean },
): Promise<Responses['page/scanned']> {
  const { deps } = run;
  deps.mark?.('article-received', tabId);
  const settings = await deps.settings();
  const { url, detection, article, forced, timings: scanTimings, readCut } = payload;
  const skip = isExcluded(settings, url) || (!forced && !settings.autoAnalyze);
  if (!article || skip) {
    await putState(deps, { ...baseState(deps, tabId, url), status: 'not-article', detection, scanTimings });
    return { ok: true };
  }
  // The page moved on: whatever its previous article still had under way is for nobody now.
  cancelAll(run, tabId);
  const state: TabState = {
    ...baseState(deps, tabId, url),
    status: 'analyzing',
    detection,
    article,
    incognito: tab.incognito,
    scanTimings,
    ...(readCut ? { readCut } : {}),
  };
  // The analysis starts with the write, not after it: its own write queues behind this one in the tab store.
  const stored = putState(deps, state);
  void runAnalysis(run, state);
  await stored;
  return { ok: true };
}

/** A tab's state; work a killed worker left unfinished, and no job here is doing, starts again once it is stale. */
async function getState(run: Run, tabId: number): Promise<TabState | null> {
  const { deps } = run;
  const state = await deps.store.get(tabId);
  const age = (since: number) => deps.now() - since;
  if (state?.status === 'analyzing' && !run.analysis.busy(tabId) && age(state.updatedAt) > STALE_ANALYSIS_MS) {
    void runAnalysis(run, { ...state, updatedAt: deps.now() });
  }
  if (
    state?.status === 'ready' &&
    state.coverage?.status === 'loading' &&
    !run.followUps.busy(tabId) &&
    age(state.coverage.updatedAt) > STALE_COVERAGE_MS
  ) {
    void followUp(run, state);
  }
  if (
    state?.status === 'ready' &&
    state.cards?.status === 'loading' &&
    !run.cards.busy(tabId) &&
    age(state.updatedAt) > STALE_CARDS_MS
  ) {
    void runCards(run, state);
  }
  return state;
}

async function requestAnalysis(deps: ControllerDeps, tabId: number, force: boolean): Promise<Responses['tab/analyze']> {
  try {
    const reply = await deps.requestExtraction(tabId, force);
    return reply.ok ? { ok: true } : { ok: false, error: reply.error ?? 'The page could not be read.' };
  } catch (error) {
    deps.log(`no content script in tab ${tabId}`, error);
    return { ok: false, error: 'Backstory cannot read this page (browser pages and some sites are off limits).' };
  }
}

async function navigated(run: Run, tabId: number, url: string | undefined): Promise<void> {
  const { deps } = run;
  const state = await deps.store.get(tabId);
  if (!state || (url && sameDocument(state.pageUrl, url))) return;
  cancelAll(run, tabId);
  await deps.store.clear(tabId);
  await deps.showBadge(tabId, null);
}

async function resume(run: Run): Promise<void> {
  for (const state of await run.deps.store.all()) {
    const { tabId } = state;
    if (state.status === 'analyzing' && !run.analysis.busy(tabId)) void runAnalysis(run, state);
    // Cards and coverage the killed worker was still fetching: nothing in a fresh worker is, so run them again
    // now. getState's staleness check alone is not enough: the popup asks once, and would spin until reopened.
    if (state.status === 'ready' && state.cards?.status === 'loading' && !run.cards.busy(tabId))
      void runCards(run, state);
    if (state.status === 'ready' && state.coverage?.status === 'loading' && !run.followUps.busy(tabId))
      void followUp(run, state);
  }
}

async function chooseCard(
  run: Run,
  tabId: number,
  key: string,
  qid: string | null,
): Promise<Responses['cards/choose']> {
  const { deps } = run;
  const state = await deps.store.get(tabId);
  if (!deps.cards || state?.status !== 'ready' || !state.cards) return { ok: false, error: 'This tab has no cards.' };
  try {
    await deps.cards.choose(state, key, qid);
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
  await run.cards.whenIdle(tabId);
  await runCards(run, state);
  return { ok: true };
}

export type Controller = ReturnType<typeof createController>;

/** Stops every job of a tab: their lookups not yet sent are dropped and those under way cancelled. */
function cancelAll(run: Run, tabId: number): void {
  run.analysis.cancel(tabId);
  run.cards.cancel(tabId);
  run.followUps.cancel(tabId);
}

/** What makes two scans of a tab the same article for the analysis. */
function textKey(article: Article): string {
  // FNV-1a over the text: a key of a few characters, not a second copy of a long article per tab.
  const text = `${article.lang ?? ''}\u0000${article.title}\u0000${article.text}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** Never rejects: a failed early lookup is build()'s to report. */
const waitAtMost = (work: Promise<unknown>, ms: number) =>
  Promise.race([work.catch(() => {}), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
const sameDocument = (a: string, b: string) => withoutFragment(a) === withoutFragment(b);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
