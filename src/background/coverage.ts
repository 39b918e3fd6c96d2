/**
 * Related coverage for one article: builds the query, asks every enabled source (each failure stays that
 * source's own), reuses cached answers, ranks and folds the results, and reports each source's state.
 * Everything that talks to the outside comes in through `deps`, so tests drive it with fakes.
 */
import { bySalience } from '../shared/salience';
import {
  buildCoverageQuery,
  entityKeysOf,
  addDays,
  isoDay,
  type CoverageQuery,
  type QueryEntity,
  relatedLinkItems,
  selectCoverage,
  buildTimeline,
  titleSimilarity,
  urlKey,
} from '../pipeline/coverage';
import type {
  Coverage,
  CoverageCandidate,
  CoverageTimeline,
  CoverageSourceId,
  FailureReason,
  HistorySummary,
  SourceStatus,
  TimelinePoint,
} from '../shared/coverage';
import type { Settings } from '../shared/settings';
import type { Analysis, Article, Entity } from '../shared/types';
import type { CoverageCache } from './history/coverage-cache';
import type { HistoryEntity } from './history/db';
import type { HistoryStore } from './history/history-store';
import { shouldRecordHistory } from './history/should-record';
import { createGdeltClient, type GdeltClient, type GdeltOptions } from './sources/gdelt';
import { createGoogleNewsClient, type GoogleNewsOptions } from './sources/google-news';
import type { FetchLike, SourceResult } from './sources/news-http';

/** Wikidata links by entity name, when the knowledge step has run (optional: coverage works without them). */
export type EntityLinks = Record<string, { qid?: string; label?: string }>;

export interface CoverageInput {
  article: Article;
  analysis: Analysis;
  settings: Settings;
  /** From the sender tab: private windows are never recorded and their answers never written to disk. */
  incognito: boolean;
  links?: EntityLinks;
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

type Outcome<T> = { status: SourceStatus; value: T | null };

/** Headline similarity at which a search result is a copy of an article the reader already read. */
const SAME_STORY_AS_READ = 0.9;

export function createCoverageService(deps: CoverageDeps, options: Partial<CoverageOptions> = {}) {
  const opts = { ...DEFAULT_COVERAGE_OPTIONS, ...options };
  // One GDELT client (one request gate) per endpoint for the worker's life: the 5 s spacing is per client.
  const gdeltClients = new Map<string, GdeltClient>();
  const inflight = new Map<string, Promise<Outcome<unknown>>>();

  const gdeltFor = (endpoint: string) => {
    let client = gdeltClients.get(endpoint);
    if (!client) {
      client = createGdeltClient({ fetch: deps.fetch, now: deps.now, sleep: deps.sleep }, { ...opts.gdelt, endpoint });
      gdeltClients.set(endpoint, client);
    }
    return client;
  };

  /** Fresh cache, else the source, else a stale cache entry; concurrent asks for one key share one request. */
  function cached<T>(
    key: string,
    fresh: number,
    persist: boolean,
    ask: () => Promise<SourceResult<T>>,
    endpoint?: string,
  ): Promise<Outcome<T>> {
    const running = inflight.get(key);
    if (running) return running as Promise<Outcome<T>>;
    const job = (async (): Promise<Outcome<T>> => {
      const hit = await deps.cache.get<T>(key).catch(() => null);
      if (hit && deps.now() - hit.storedAt < fresh)
        return { status: stateOf(hit.value, hit.storedAt), value: hit.value };
      let result = await ask().catch(
        (error: unknown): SourceResult<T> => ({ ok: false, reason: 'network', detail: String(error) }),
      );
      if (
        !result.ok &&
        result.reason === 'network' &&
        endpoint &&
        deps.permitted &&
        !(await deps.permitted(endpoint).catch(() => true))
      ) {
        result = { ok: false, reason: 'permission', detail: new URL(endpoint).host };
      }
      if (result.ok) {
        await deps.cache
          .put(key, result.value, persist)
          .catch((error: unknown) => deps.log('coverage cache write failed', error));
        return { status: stateOf(result.value, deps.now()), value: result.value };
      }
      // A date the source does not cover is not a failure: there was nothing to ask.
      if (result.reason === 'out-of-range')
        return { status: { state: 'skipped', reason: 'out-of-range', count: 0 }, value: null };
      deps.log(
        `coverage source failed: ${key.split('|')[0]} ${result.reason}${result.detail ? ` (${result.detail})` : ''}`,
      );
      if (hit)
        return {
          status: { state: 'cached', reason: result.reason, count: 0, fetchedAt: hit.storedAt },
          value: hit.value,
        };
      return { status: { state: 'unavailable', reason: result.reason, count: 0 }, value: null };
    })().finally(() => inflight.delete(key));
    inflight.set(key, job);
    return job;
  }

  function gate(settings: Settings, source: 'gdelt' | 'googleNews', query: string | null): SourceStatus | null {
    if (settings.offline) return { state: 'offline', count: 0 };
    if (!settings.sources[source]) return { state: 'disabled', count: 0 };
    if (!query) return { state: 'skipped', reason: 'no-query', count: 0 };
    return null;
  }

  async function historyFor(input: CoverageInput, entities: HistoryEntity[]): Promise<Outcome<HistorySummary>> {
    if (!input.settings.sources.history) return { status: { state: 'disabled', count: 0 }, value: null };
    if (!deps.history || input.settings.historyRetentionDays <= 0)
      return { status: { state: 'skipped', count: 0 }, value: null };
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${opts.historyTimeoutMs} ms`)), opts.historyTimeoutMs);
      });
      const lookup = deps.history.related(
        { url: input.article.url, entities },
        { retentionDays: input.settings.historyRetentionDays },
      );
      // A stuck database must not keep the whole section loading: the other sources still show.
      const summary = await Promise.race([lookup, stuck]).finally(() => clearTimeout(timer));
      return { status: { state: summary.items.length ? 'ok' : 'empty', count: summary.items.length }, value: summary };
    } catch (error) {
      deps.log('history lookup failed', error);
      return { status: { state: 'unavailable', count: 0 }, value: null };
    }
  }

  return {
    /**
     * Coverage for an article. `onUpdate` receives the list as soon as the article searches are in; the
     * volume timeline (a second GDELT request, 5 s later by etiquette) arrives with the final answer.
     */
    async find(input: CoverageInput, onUpdate?: (coverage: Coverage) => void | Promise<void>): Promise<Coverage> {
      const { article, analysis, settings } = input;
      const now = deps.now();
      const entities = withLinks(analysis.entities, input.links);
      const query = buildCoverageQuery({
        title: article.title,
        publishedAt: article.publishedAt,
        entities,
        events: analysis.events,
        publisher: article.publisher,
        now,
      });
      const persist = !input.incognito;
      const fresh = query.window.end < isoDay(now - 2 * 86_400_000) ? opts.settledFreshMs : opts.freshMs;
      // Keyed by the story's day, not the window's end (clipped at today), so yesterday's answer still serves.
      const windowKey = `${query.window.start}~${query.window.center}`;

      const gdeltGate = gate(settings, 'gdelt', query.gdelt);
      const googleGate = gate(settings, 'googleNews', query.googleNews);
      const gdeltJob: Promise<Outcome<CoverageCandidate[]>> = gdeltGate
        ? Promise.resolve({ status: gdeltGate, value: null })
        : cached(
            `gdelt|${settings.endpoints.gdelt}|${query.gdelt}|${windowKey}`,
            fresh,
            persist,
            () => gdeltFor(settings.endpoints.gdelt).artList(query.gdelt!, query.window),
            settings.endpoints.gdelt,
          );
      const googleJob: Promise<Outcome<CoverageCandidate[]>> = googleGate
        ? Promise.resolve({ status: googleGate, value: null })
        : cached(
            `googleNews|${settings.endpoints.googleNews}|${query.googleNews}|${article.lang ?? ''}`,
            fresh,
            persist,
            () =>
              createGoogleNewsClient(
                { fetch: deps.fetch, now: deps.now },
                { ...opts.googleNews, endpoint: settings.endpoints.googleNews },
              ).search(query.googleNews!, article.lang),
            settings.endpoints.googleNews,
          );
      const historyJob = historyFor(input, historyEntities(entities));

      const names = analysis.entities.filter((e) => e.type !== 'date').map((e) => e.name);
      const related = relatedLinkItems(article, undefined, names);
      const rankArticle = {
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt ?? `${query.window.center}T12:00:00Z`,
        publisher: article.publisher,
      };
      // An in-body link also found by search is shown once, under the article's own links.
      const relatedKeys = new Set(related.map((r) => urlKey(r.url)));
      const pending: Outcome<never> = { status: { state: 'pending', count: 0 }, value: null };
      const assemble = (
        gdelt: Outcome<CoverageCandidate[]>,
        google: Outcome<CoverageCandidate[]>,
        history: Outcome<HistorySummary>,
        timeline: { status: SourceStatus; value: CoverageTimeline | null },
        status: Coverage['status'],
      ): Coverage => {
        const candidates = [...(gdelt.value ?? []), ...(google.value ?? [])];
        // What the reader already read is listed under "You read before", not again as news (nor its copies).
        const read = history.value?.items ?? [];
        const readKeys = new Set(read.map((r) => urlKey(r.url)));
        const items = selectCoverage(candidates, rankArticle, query.terms).items.filter(
          (i) =>
            !relatedKeys.has(urlKey(i.url)) &&
            !readKeys.has(urlKey(i.url)) &&
            !read.some((r) => titleSimilarity(r.title, i.title) >= SAME_STORY_AS_READ),
        );
        return {
          status,
          keywords: query.keywords,
          items,
          related,
          history: history.value ?? { items: [], top: null },
          timeline: timeline.value,
          sources: {
            gdelt: counted(gdelt.status, items, 'gdelt'),
            googleNews: counted(google.status, items, 'googleNews'),
            history: history.status,
            related: { state: related.length ? 'ok' : 'empty', count: related.length },
            timeline: timeline.status,
          },
          updatedAt: deps.now(),
        };
      };

      // Show what has arrived as each source answers: the fastest one need not wait for the slowest.
      const got: {
        gdelt: Outcome<CoverageCandidate[]>;
        google: Outcome<CoverageCandidate[]>;
        history: Outcome<HistorySummary>;
      } = {
        gdelt: pending,
        google: pending,
        history: pending,
      };
      const waitingTimeline = { status: gdeltGate ?? { state: 'pending' as const, count: 0 }, value: null };
      let updates: Promise<void> = Promise.resolve();
      const emit = () => {
        if (!onUpdate) return;
        const snapshot = assemble(got.gdelt, got.google, got.history, waitingTimeline, 'loading');
        updates = updates
          .then(() => onUpdate(snapshot))
          .catch((error: unknown) => deps.log('coverage update failed', error));
      };
      const [gdelt, google, history] = await Promise.all([
        gdeltJob.then((o) => ((got.gdelt = o), emit(), o)),
        googleJob.then((o) => ((got.google = o), emit(), o)),
        historyJob.then((o) => ((got.history = o), o)),
      ]);
      await updates;

      // GDELT just failed for the article list: a second request now would fail the same way (and after a 429
      // would be rude). Serve a cached timeline if there is one, else say why.
      const gdeltFailure =
        gdelt.status.state === 'unavailable' ||
        gdelt.status.state === 'cached' ||
        gdelt.status.reason === 'out-of-range'
          ? (gdelt.status.reason ?? 'network')
          : null;
      if (!gdeltGate && !gdeltFailure && onUpdate) {
        // Everything but the chart, which waits its 5 s turn at GDELT.
        await Promise.resolve(onUpdate(assemble(gdelt, google, history, waitingTimeline, 'loading'))).catch(
          (error: unknown) => deps.log('coverage update failed', error),
        );
      }
      const timeline = gdeltGate ? null : await timelineFor(query, settings, fresh, persist, windowKey, gdeltFailure);
      const coverage = assemble(
        gdelt,
        google,
        history,
        timeline
          ? {
              status: { ...timeline.status, count: timeline.value?.length ?? 0 },
              value: timeline.value
                ? buildTimeline(timeline.value, query.window.dated ? query.window.center : null)
                : null,
            }
          : { status: gdeltGate!, value: null },
        'ready',
      );
      return coverage;
    },

    /** Remembers a read on this device (unless private, opted out or disabled). */
    async record(
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
    },

    async clearHistory(): Promise<void> {
      await Promise.all([deps.history?.clear(), deps.cache.clear()]);
    },
  };

  function timelineFor(
    query: CoverageQuery,
    settings: Settings,
    fresh: number,
    persist: boolean,
    windowKey: string,
    failure: FailureReason | null,
  ) {
    const center = query.window.center;
    const end = addDays(center, opts.timelineDaysAfter);
    const window = {
      start: addDays(center, -opts.timelineDaysBefore),
      end: end > isoDay(deps.now()) ? isoDay(deps.now()) : end,
    };
    return cached<TimelinePoint[]>(
      `timeline|${settings.endpoints.gdelt}|${query.gdelt}|${windowKey}`,
      fresh,
      persist,
      () =>
        failure
          ? Promise.resolve({ ok: false as const, reason: failure })
          : gdeltFor(settings.endpoints.gdelt).timelineVol(query.gdelt!, window),
      failure ? undefined : settings.endpoints.gdelt,
    );
  }
}

export type CoverageService = ReturnType<typeof createCoverageService>;

function stateOf(value: unknown, fetchedAt: number): SourceStatus {
  const empty = Array.isArray(value) && value.length === 0;
  return { state: empty ? 'empty' : 'ok', count: Array.isArray(value) ? value.length : 0, fetchedAt };
}

function counted(status: SourceStatus, items: Coverage['items'], source: CoverageSourceId): SourceStatus {
  if (status.state !== 'ok' && status.state !== 'cached' && status.state !== 'empty') return status;
  return { ...status, count: items.filter((i) => i.sources.includes(source)).length };
}

/** Entities with their Wikidata link when known, most central first. */
function withLinks(entities: Entity[], links: EntityLinks = {}): QueryEntity[] {
  return [...entities].sort(bySalience).map((e) => {
    const link = links[e.name] ?? (e as Entity & { qid?: string; label?: string });
    return {
      type: e.type,
      name: e.name,
      salience: e.salience,
      mentions: e.mentions,
      qid: link.qid,
      label: link.label,
    };
  });
}

function historyEntities(entities: QueryEntity[]): HistoryEntity[] {
  return entities
    .filter((e) => e.type !== 'date')
    .map((e) => ({ keys: entityKeysOf(e), name: e.label || e.name, type: e.type }));
}
