/**
 * Related coverage for one article: builds the query, asks every enabled source (each failure stays that
 * source's own), reuses cached answers, ranks and folds the results, and reports each source's state.
 * Everything that talks to the outside comes in through `deps`, so tests drive it with fakes.
 */
import {
  addDays,
  buildCoverageQuery,
  buildTimeline,
  type CoverageQuery,
  isoDay,
  newsSearchLanguages,
} from '../../pipeline/coverage';
import type {
  Coverage,
  CoverageCandidate,
  FailureReason,
  HistorySummary,
  SourceStatus,
  TimelinePoint,
} from '../../shared/coverage';
import type { Settings } from '../../shared/settings';
import type { Analysis, Article } from '../../shared/types';
import type { CoverageCache } from '../history/coverage-cache';
import type { HistoryStore } from '../history/history-store';
import { shouldRecordHistory } from '../history/should-record';
import { createGdeltClient, type GdeltClient, type GdeltOptions } from '../sources/gdelt';
import { createGoogleNewsClient, type GoogleNewsOptions } from '../sources/google-news';
import type { FetchLike } from '../sources/news-http';
import { type Answers, coverageAssembler } from './assemble-coverage';
import { createCachedSource, type Outcome } from './cached-source';
import { historyFor } from './history-lookup';
import { type OutletFacts, type OutletQuery, outletsOf, withOutletFacts } from './outlet-lookup';
import { type EntityLinks, historyEntities, withLinks } from './story-entities';

export type { EntityLinks } from './story-entities';

export interface CoverageInput {
  article: Article;
  analysis: Analysis;
  settings: Settings;
  /** From the sender tab: private windows are never recorded and their answers never written to disk. */
  incognito: boolean;
  links?: EntityLinks;
  /** Aborts when the tab moves on or closes: searches still waiting for their turn are dropped, unsent. */
  signal?: AbortSignal;
}

export interface CoverageDeps {
  fetch: FetchLike;
  now(): number;
  sleep(ms: number): Promise<void>;
  cache: CoverageCache;
  history: HistoryStore | null;
  /**
   * Whether the extension may contact this URL's host. Firefox treats MV3 host permissions as optional, and a
   * refused one looks like a network error: this turns it into a reason the reader can act on. Optional.
   */
  permitted?(url: string): Promise<boolean>;
  /**
   * Owners, countries and state funding of outlets from Wikidata, keyed by domain (outlet-lookup.ts). Optional: without
   * it (or offline) the curated outlet table alone speaks.
   */
  outletFacts?(outlets: OutletQuery[], settings: Settings, signal?: AbortSignal): Promise<Map<string, OutletFacts>>;
  log(message: string, error?: unknown): void;
}

export interface CoverageOptions {
  /** Answers younger than this are reused without asking again. */
  freshMs: number;
  /** …and for stories whose window closed days ago (their coverage no longer moves). */
  settledFreshMs: number;
  timelineDaysBefore: number;
  timelineDaysAfter: number;
  gdelt: Partial<GdeltOptions>;
  googleNews: Partial<GoogleNewsOptions>;
  /** The on-device history answers in milliseconds; one that has not answered by then is stuck (a blocked database). */
  historyTimeoutMs: number;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = {
  freshMs: 30 * 60_000,
  settledFreshMs: 24 * 3_600_000,
  timelineDaysBefore: 14,
  timelineDaysAfter: 14,
  gdelt: {},
  googleNews: {},
  historyTimeoutMs: 5_000,
};

export const emptyCoverage = (now: number, status: Coverage['status'] = 'loading'): Coverage => ({
  status,
  keywords: [],
  items: [],
  related: [],
  history: { items: [], top: null },
  timeline: null,
  sources: {},
  updatedAt: now,
});

/** How one article's searches are keyed and kept. */
interface SearchPlan {
  query: CoverageQuery;
  /** Cached answers younger than this are reused. */
  fresh: number;
  /** False for private windows. */
  persist: boolean;
  /** Keyed by the story's day, not the window's end (clipped at today), so yesterday's answer still serves. */
  windowKey: string;
  signal?: AbortSignal;
  /**
   * The search in the article's own language, asked before the international one (`query`): its names as the
   * article spells them, GDELT filtered to that language, Google News' edition for it. Null for English articles.
   */
  local: { lang: string; gdelt: string | null; googleNews: string | null; edition: string } | null;
}

type Sources = {
  gdelt: Outcome<CoverageCandidate[]>;
  google: Outcome<CoverageCandidate[]>;
  history: Outcome<HistorySummary>;
};

/** What the service's steps share: its deps and options, the cached asks and the GDELT clients. */
interface Service {
  deps: CoverageDeps;
  opts: CoverageOptions;
  cached: ReturnType<typeof createCachedSource>;
  gdeltFor(endpoint: string): GdeltClient;
}

export function createCoverageService(deps: CoverageDeps, options: Partial<CoverageOptions> = {}) {
  const opts = { ...DEFAULT_COVERAGE_OPTIONS, ...options };
  // One GDELT client (one request gate) per endpoint for the worker's life: the 5 s spacing is per client.
  const gdeltClients = new Map<string, GdeltClient>();
  const gdeltFor = (endpoint: string) => {
    let client = gdeltClients.get(endpoint);
    if (!client) {
      client = createGdeltClient({ fetch: deps.fetch, now: deps.now, sleep: deps.sleep }, { ...opts.gdelt, endpoint });
      gdeltClients.set(endpoint, client);
    }
    return client;
  };
  const service: Service = { deps, opts, cached: createCachedSource(deps), gdeltFor };
  return {
    /**
     * Coverage for an article. `onUpdate` receives the list as soon as the article searches are in; the
     * volume timeline (a second GDELT request, 5 s later by etiquette) arrives with the final answer.
     */
    find: (input: CoverageInput, onUpdate?: CoverageUpdate) => find(service, input, onUpdate),
    /** Remembers a read on this device (unless private, opted out or disabled). */
    record: (input: Pick<CoverageInput, 'article' | 'analysis' | 'settings' | 'incognito' | 'links'>) =>
      record(deps, input),
    async clearHistory(): Promise<void> {
      await Promise.all([deps.history?.clear(), deps.cache.clear()]);
    },
  };
}

function plan({ deps, opts }: Service, input: CoverageInput): SearchPlan & { entities: ReturnType<typeof withLinks> } {
  const { article, analysis } = input;
  const now = deps.now();
  const entities = withLinks(analysis.entities, input.links);
  const queryOf = (es: typeof entities) =>
    buildCoverageQuery({
      title: article.title,
      sharedTitle: article.sharedTitle,
      publishedAt: article.publishedAt,
      entities: es,
      events: analysis.events,
      publisher: article.publisher,
      now,
    });
  const worldwide = queryOf(entities);
  const [first, international] = newsSearchLanguages(article.lang);
  // Linked labels may be in another language than the article (English cards): local news spells names its way.
  const own = international && first?.lang ? queryOf(entities.map(({ label: _, ...e }) => e)) : null;
  const local =
    own && first?.lang
      ? {
          lang: first.lang,
          gdelt: own.gdelt && first.gdeltFilter ? `${own.gdelt} ${first.gdeltFilter}` : null,
          googleNews: own.googleNews,
          edition: article.lang ?? first.lang,
        }
      : null;
  // Every word either search sends is listed as sent.
  const query = own ? { ...worldwide, keywords: [...new Set([...own.keywords, ...worldwide.keywords])] } : worldwide;
  const fresh = query.window.end < isoDay(now - 2 * 86_400_000) ? opts.settledFreshMs : opts.freshMs;
  return {
    query,
    fresh,
    persist: !input.incognito,
    windowKey: `${query.window.start}~${query.window.center}`,
    entities,
    signal: input.signal,
    local,
  };
}

/** GDELT's article list: in the article's language first when it is not English, then in every language. */
async function searchGdelt(
  { cached, gdeltFor }: Service,
  p: SearchPlan,
  settings: Settings,
  gated: SourceStatus | null,
): Promise<Outcome<CoverageCandidate[]>> {
  if (gated) return { status: gated, value: null };
  const endpoint = settings.endpoints.gdelt;
  const ask = (query: string) =>
    cached<CoverageCandidate[]>({
      key: `gdelt|${endpoint}|${query}|${p.windowKey}`,
      fresh: p.fresh,
      persist: p.persist,
      ask: () => gdeltFor(endpoint).artList(query, p.query.window, p.signal),
      endpoint,
    });
  // One after the other: GDELT asks for 5 s between requests, and its client keeps that spacing.
  const local = p.local?.gdelt ? await ask(p.local.gdelt) : null;
  const international = await ask(p.query.gdelt!);
  return local ? localThenInternational(local, international) : international;
}

/** Both searches' items, the local ones first; the status of the first that found something (else the local one). */
function localThenInternational<T>(local: Outcome<T[]>, international: Outcome<T[]>): Outcome<T[]> {
  if (!local.value && !international.value) return local;
  const value = [...(local.value ?? []), ...(international.value ?? [])];
  const status = local.value?.length || !international.value ? local.status : international.status;
  return { status, value };
}

/** Google News: the article's language edition and, for an article not in English, the international one. */
async function searchGoogleNews(
  { deps, opts, cached }: Service,
  p: SearchPlan,
  settings: Settings,
  lang: Article['lang'],
  gated: SourceStatus | null,
): Promise<Outcome<CoverageCandidate[]>> {
  if (gated) return { status: gated, value: null };
  const endpoint = settings.endpoints.googleNews;
  const ask = (query: string, edition: string | null) =>
    cached<CoverageCandidate[]>({
      key: `googleNews|${endpoint}|${query}|${edition ?? ''}`,
      fresh: p.fresh,
      persist: p.persist,
      ask: () =>
        createGoogleNewsClient({ fetch: deps.fetch, now: deps.now }, { ...opts.googleNews, endpoint }).search(
          query,
          edition,
          p.signal,
        ),
      endpoint,
    });
  if (!p.local?.googleNews) return ask(p.query.googleNews!, lang);
  const { googleNews, edition, lang: base } = p.local;
  const [local, international] = await Promise.all([ask(googleNews, edition), ask(p.query.googleNews!, 'en')]);
  // An edition's feed does not say its items' language; the edition's language is the best guess there is.
  const marked = local.value ? local.value.map((c) => ({ ...c, lang: c.lang ?? base })) : null;
  return localThenInternational({ ...local, value: marked }, international);
}

/** The GDELT volume timeline around the story's day; after a failed article search, the cache or the reason. */
function timelineFor(
  { deps, opts, cached, gdeltFor }: Service,
  p: SearchPlan,
  settings: Settings,
  failure: FailureReason | null,
) {
  const center = p.query.window.center;
  const end = addDays(center, opts.timelineDaysAfter);
  const today = isoDay(deps.now());
  // biome-ignore lint/complexity/useMathMinMax: ISO days compare as text; Math.min would turn them into NaN.
  const window = { start: addDays(center, -opts.timelineDaysBefore), end: end > today ? today : end };
  return cached<TimelinePoint[]>({
    key: `timeline|${settings.endpoints.gdelt}|${p.query.gdelt}|${p.windowKey}`,
    fresh: p.fresh,
    persist: p.persist,
    ask: () =>
      failure
        ? Promise.resolve({ ok: false as const, reason: failure })
        : gdeltFor(settings.endpoints.gdelt).timelineVol(p.query.gdelt!, window, p.signal),
    endpoint: failure ? undefined : settings.endpoints.gdelt,
  });
}

async function find(service: Service, input: CoverageInput, onUpdate?: CoverageUpdate): Promise<Coverage> {
  const { deps, opts } = service;
  const { article, settings } = input;
  const p = plan(service, input);
  const gdeltGate = gate(settings, 'gdelt', p.query.gdelt);
  const jobs = {
    gdelt: searchGdelt(service, p, settings, gdeltGate),
    google: searchGoogleNews(service, p, settings, article.lang, gate(settings, 'googleNews', p.query.googleNews)),
    history: historyFor(
      { history: deps.history, timeoutMs: opts.historyTimeoutMs, log: deps.log },
      article,
      settings,
      historyEntities(p.entities),
    ),
  };
  // The article's names case its ALL-CAPS related links ("Russia’s Gazprom signs gas deal").
  const names = input.analysis.entities.filter((e) => e.type !== 'date').map((e) => e.name);
  const assemble = coverageAssembler(article, p.query, deps.now, names);
  const waitingTimeline = { status: gdeltGate ?? { state: 'pending' as const, count: 0 }, value: null };
  const sources = await whileAnswering(jobs, (got) => assemble({ ...got, timeline: waitingTimeline }, 'loading'), {
    onUpdate,
    log: deps.log,
  });
  // The outlets' owners are asked while the chart waits its turn; the answer comes with the final list.
  const facts = factsFor(deps, assemble({ ...sources, timeline: waitingTimeline }, 'loading'), settings, input.signal);
  if (gdeltGate)
    return withOutletFacts(
      assemble({ ...sources, timeline: { status: gdeltGate, value: null } }, 'ready'),
      await facts,
    );
  const failure = gdeltFailure(sources.gdelt.status);
  if (!failure && onUpdate) {
    // Everything but the chart, which waits its 5 s turn at GDELT.
    await Promise.resolve(onUpdate(assemble({ ...sources, timeline: waitingTimeline }, 'loading'))).catch(
      (error: unknown) => deps.log('coverage update failed', error),
    );
  }
  const timeline = await timelineFor(service, p, settings, failure);
  return withOutletFacts(assemble({ ...sources, timeline: chartOf(timeline, p.query) }, 'ready'), await facts);
}

/** Wikidata's facts on the listed outlets; none offline, without the lookup, or when it fails (or Wikimedia is off). */
async function factsFor(
  deps: CoverageDeps,
  coverage: Coverage,
  settings: Settings,
  signal?: AbortSignal,
): Promise<Map<string, OutletFacts>> {
  const outlets = outletsOf(coverage.items);
  if (!deps.outletFacts || settings.offline || !outlets.length) return new Map();
  return deps.outletFacts(outlets, settings, signal).catch((error: unknown) => {
    deps.log('outlet lookup failed', error);
    return new Map();
  });
}

/** Remembers a read on this device (unless private, opted out or disabled). */
async function record(
  deps: CoverageDeps,
  input: Pick<CoverageInput, 'article' | 'analysis' | 'settings' | 'incognito' | 'links'>,
): Promise<boolean> {
  const decision = shouldRecordHistory(input.article.url, input.settings, { incognito: input.incognito });
  if (!decision.record || !deps.history) return false;
  const { article } = input;
  await deps.history.record(
    {
      url: article.url,
      title: article.title,
      publisher: article.publisher,
      publishedAt: article.publishedAt,
      entities: historyEntities(withLinks(input.analysis.entities, input.links)),
    },
    input.settings.historyRetentionDays,
  );
  return true;
}

export type CoverageService = ReturnType<typeof createCoverageService>;
type CoverageUpdate = (coverage: Coverage) => void | Promise<void>;

/** Why a source is not asked at all, or null when it is. */
function gate(settings: Settings, source: 'gdelt' | 'googleNews', query: string | null): SourceStatus | null {
  if (settings.offline) return { state: 'offline', count: 0 };
  if (!settings.sources[source]) return { state: 'disabled', count: 0 };
  if (!query) return { state: 'skipped', reason: 'no-query', count: 0 };
  return null;
}

/**
 * Waits for every source, showing what has arrived as each news search answers: the fastest one need not wait for
 * the slowest. Updates are sent one after another and all sent before this resolves.
 */
async function whileAnswering(
  jobs: { [K in keyof Sources]: Promise<Sources[K]> },
  snapshot: (got: Sources) => Coverage,
  { onUpdate, log }: { onUpdate?: CoverageUpdate; log: CoverageDeps['log'] },
): Promise<Sources> {
  const pending: Outcome<never> = { status: { state: 'pending', count: 0 }, value: null };
  const got: Sources = { gdelt: pending, google: pending, history: pending };
  let updates: Promise<void> = Promise.resolve();
  const emit = () => {
    if (!onUpdate) return;
    const coverage = snapshot(got);
    updates = updates.then(() => onUpdate(coverage)).catch((error: unknown) => log('coverage update failed', error));
  };
  const [gdelt, google, history] = await Promise.all([
    jobs.gdelt.then((o) => {
      got.gdelt = o;
      emit();
      return o;
    }),
    jobs.google.then((o) => {
      got.google = o;
      emit();
      return o;
    }),
    jobs.history.then((o) => {
      got.history = o;
      return o;
    }),
  ]);
  await updates;
  return { gdelt, google, history };
}

/**
 * GDELT just failed for the article list: a second request now would fail the same way (and after a 429 would be
 * rude). The timeline then serves a cached answer if there is one, else says why.
 */
function gdeltFailure(status: SourceStatus): FailureReason | null {
  return status.state === 'unavailable' || status.state === 'cached' || status.reason === 'out-of-range'
    ? (status.reason ?? 'network')
    : null;
}

/** The volume timeline as the popup draws it, marking the story's day when the article is dated. */
function chartOf(timeline: Outcome<TimelinePoint[]>, query: CoverageQuery): Answers['timeline'] {
  return {
    status: { ...timeline.status, count: timeline.value?.length ?? 0 },
    value: timeline.value ? buildTimeline(timeline.value, query.window.dated ? query.window.center : null) : null,
  };
}
