/**
 * Entities → background cards. Asks Wikipedia and Wikidata (through the cache) for candidates, links every entity
 * in two passes, fetches what the chosen entities' cards show, and builds the cards as of the article's date.
 * Only entity names, ids and file names leave the device. Any failure degrades the affected cards to in-article
 * ones with a note; offline, every card is an in-article one.
 */
import { bySalience } from '../shared/salience';
import {
  articleDay,
  buildInArticleCard,
  buildLinkedCard,
  cardKey,
  imageFile,
  linkAll,
  type EntityCandidates,
  LINKABLE,
  type Candidate,
  type ImageInfo,
  type SearchHit,
  type WdEntity,
  type WikiPage,
} from '../pipeline/link';
import type { Card, CardsResult, LinkableType } from '../shared/cards';
import type { Settings } from '../shared/settings';
import type { Article, Entity, EventFrame } from '../shared/types';
import type { Cache } from './cache/cache';
import type { Choices } from './cache/choices';
import { createWikidataSource, type WikidataSource } from './sources/wikidata';
import { createWikipediaSource, type WikipediaSource } from './sources/wikipedia';
import {
  createWikimediaClient,
  type ClientOptions,
  type FetchLike,
  type WikimediaClient,
} from './sources/wikimedia-http';

export interface CardServiceDeps {
  fetch: FetchLike;
  cache: Cache;
  choices: Choices;
  now(): number;
  /** navigator.onLine where there is one. */
  online(): boolean;
  log(message: string, error?: unknown): void;
  clientOptions?: Partial<ClientOptions>;
}

export interface CardsRequest {
  article: Pick<Article, 'title' | 'publishedAt' | 'publisher' | 'text'>;
  entities: Entity[];
  /** Event frames of the analysis: in-article event cards take their when/where/who, and known events' QIDs help linking. */
  events?: EventFrame[];
  /** The page's host: the key for remembered choices. Stays on the device. */
  site: string;
  settings: Settings;
}

export interface CardServiceOptions {
  /** Most salient entities that get a card. */
  maxEntities: number;
  /** Search hits per name that become candidates. */
  maxCandidates: number;
  /** Titles of a disambiguation page that become candidates. */
  maxDisambiguationLinks: number;
}

// Wikidata entities come with every statement and reference (no property filter exists), so candidates are few.
export const DEFAULT_CARD_OPTIONS: CardServiceOptions = {
  maxEntities: 30,
  maxCandidates: 4,
  maxDisambiguationLinks: 6,
};

/** Note codes the popup turns into words (see Cards.tsx). */
export type CardNote = 'offline' | 'source-failed' | 'nil-no-match' | 'nil-ambiguous' | 'nil-reader';

type Linkable = Entity & { type: LinkableType };
const isLinkable = (e: Entity): e is Linkable => (LINKABLE as readonly string[]).includes(e.type);
const fileKey = (file: string) => file.replace(/ /g, '_');

export function createCardService(deps: CardServiceDeps, options: CardServiceOptions = DEFAULT_CARD_OPTIONS) {
  // One client per service endpoint, kept across pages: the queue and any Retry-After block must outlive a page.
  const clients = new Map<string, WikimediaClient>();
  const client = (endpoint: string, offline: boolean) => {
    const key = `${offline ? 'offline:' : ''}${endpoint}`;
    let c = clients.get(key);
    // Without a network the cache still answers; anything it lacks fails at once instead of timing out.
    const fetchImpl: FetchLike = offline ? () => Promise.reject(new TypeError('offline')) : deps.fetch;
    if (!c)
      clients.set(
        key,
        (c = createWikimediaClient({
          fetch: fetchImpl,
          ...deps.clientOptions,
          ...(offline ? { retries: 0 } : {}),
          ...(endpoint.includes('wikidata') ? { maxInFlight: 3 } : {}),
        })),
      );
    return c;
  };

  /** Cards from the article alone, shown at once while linking runs and whenever it cannot. */
  function placeholders(
    request: Pick<CardsRequest, 'article' | 'entities' | 'events'>,
    note: CardNote | null = null,
  ): Card[] {
    const asOf = articleDay(request.article.publishedAt);
    return pickEntities(request.entities, options.maxEntities).map((e) => {
      const card = buildInArticleCard(e, {
        asOf,
        status: note === 'source-failed' ? 'degraded' : 'nil',
        note,
        articleText: request.article.text,
      });
      return e.type === 'event' ? withFrameFacts(card, frameOf(e, request.events)) : card;
    });
  }

  /** The names' title lookups and searches (through the cache, which shares a request already in flight). */
  async function findCandidates(
    wp: WikipediaSource,
    wd: WikidataSource,
    lang: string,
    all: Linkable[],
    onSent: () => void = () => {},
  ) {
    const names = [...new Set(all.map((e) => e.name))];
    // Each lookup is under way when it asks the network, or done when the cache had everything.
    const underWay: (() => void)[] = [];
    void Promise.all([0, 1].map(() => new Promise<void>((r) => underWay.push(r)))).then(() => onSent());
    const sending =
      <R>(i: number, fetch: (ids: string[]) => Promise<R>) =>
      (ids: string[]) => (underWay[i]!(), fetch(ids));
    const pages = async (ids: string[]) => new Map((await wp.lookup(ids)).map((p) => [p.requested, p]));
    const lookup = (titles: string[], fetch = pages) => deps.cache.many<WikiPage>(`wp-title:${lang}`, titles, fetch);
    // The titles a disambiguation page lists are looked up as soon as it is known, while the searches still run.
    const titlesAndLinks = lookup(names, sending(0, pages))
      .finally(underWay[0])
      .then(async (titles) => {
        const linkTitles = [...titles.values.values()].flatMap((p) =>
          p?.disambiguation ? (p.links ?? []).slice(0, options.maxDisambiguationLinks) : [],
        );
        return { titles, linked: linkTitles.length ? await lookup(linkTitles) : null };
      });
    const [{ titles, linked }, searches] = await Promise.all([
      titlesAndLinks,
      deps.cache
        .many<SearchHit[]>(
          `wd-search:${lang}`,
          names,
          sending(1, async (ids) => {
            const settled = await Promise.allSettled(ids.map((name) => wd.search(name)));
            if (settled.every((s) => s.status === 'rejected')) throw (settled[0] as PromiseRejectedResult).reason;
            return new Map(
              ids.map((id, i) => [
                id,
                settled[i]!.status === 'fulfilled'
                  ? (settled[i] as PromiseFulfilledResult<SearchHit[]>).value
                  : (undefined as unknown as SearchHit[]),
              ]),
            );
          }),
        )
        .finally(underWay[1]),
    ]);
    return { titles, searches, linked };
  }

  function sources(settings: Settings) {
    const lang = settings.wikipediaLang;
    const offline = !deps.online();
    return {
      lang,
      offline,
      wp: createWikipediaSource(client(settings.endpoints.wikipedia, offline), {
        endpoint: settings.endpoints.wikipedia,
        lang,
      }),
      wd: createWikidataSource(client(settings.endpoints.wikidata, offline), {
        endpoint: settings.endpoints.wikidata,
        lang,
      }),
    };
  }

  /**
   * The first step of build() started early, from the names alone, while the analysis finishes (dates, events):
   * build() then finds these answers in flight or cached. Resolves once the requests are sent (or nothing needs
   * sending); never rejects (build() reports failures).
   */
  function prefetch(request: Pick<CardsRequest, 'article' | 'entities' | 'settings'>): Promise<void> {
    const { settings } = request;
    if (settings.offline || !settings.sources.wikipedia) return Promise.resolve();
    const { wp, wd, lang } = sources(settings);
    const entities = pickEntities(request.entities, options.maxEntities);
    const publisher = publisherOf(request.article);
    return new Promise<void>((resolve) => {
      void findCandidates(wp, wd, lang, publisher ? [...entities, publisher] : entities, resolve)
        .catch((error: unknown) => deps.log('early lookups failed', error))
        .finally(resolve);
    });
  }

  async function build(request: CardsRequest): Promise<CardsResult> {
    const started = deps.now();
    const { article, settings } = request;
    const asOf = articleDay(article.publishedAt) ?? new Date(deps.now()).toISOString().slice(0, 10);
    const entities = pickEntities(request.entities, options.maxEntities);
    const done = (result: Omit<CardsResult, 'elapsedMs'>): CardsResult => ({
      ...result,
      elapsedMs: deps.now() - started,
    });

    // Offline mode or Wikipedia turned off: the reader asked for no lookups at all, not even cached ones.
    if (settings.offline || !settings.sources.wikipedia) {
      return done({ status: 'offline', cards: placeholders(request, 'offline'), publisher: null, notes: ['offline'] });
    }

    const { wp, wd, lang, offline } = sources(settings);
    const notes = new Set<CardNote>();
    const failed = (what: string, error: unknown) => {
      if (!error) return false;
      deps.log(`${what} failed`, error);
      notes.add('source-failed');
      return true;
    };

    const publisherEntity = publisherOf(article);
    const all = publisherEntity ? [...entities, publisherEntity] : entities;

    // The reader's earlier picks are read while the lookups run.
    const choices = new Map<string, string | null | undefined>();
    const chosenBefore = Promise.all(
      all.map(async (e) =>
        choices.set(cardKey(e), await deps.choices.lookup(request.site, e.type, e.name).catch(() => undefined)),
      ),
    );

    // 1. Candidates: the exact title (through redirects; disambiguation pages list their meanings) and a search.
    const { titles, searches, linked } = await findCandidates(wp, wd, lang, all);
    failed('Wikipedia title lookup', titles.error);
    failed('Wikidata search', searches.error);
    failed('Wikipedia disambiguation lookup', linked?.error);

    await chosenBefore;

    const candidateIds = new Map<string, { ids: string[]; titleQid: string | null; searchRank: Map<string, number> }>();
    for (const e of all) {
      const page = titles.values.get(e.name);
      const titleQid = page && !page.missing && !page.disambiguation ? page.qid : null;
      const fromLinks = page?.disambiguation
        ? (page.links ?? [])
            .slice(0, options.maxDisambiguationLinks)
            .map((t) => linked?.values.get(t)?.qid)
            .filter((q): q is string => !!q)
        : [];
      const hits = (searches.values.get(e.name) ?? []).slice(0, options.maxCandidates);
      const forced = choices.get(cardKey(e));
      // A well-known event the events stage recognized comes with its QID: as good as an exact title.
      const frameQid = e.type === 'event' ? (frameOf(e, request.events)?.qid ?? null) : null;
      const ids = [
        ...new Set(
          [titleQid, frameQid, ...fromLinks, ...hits.map((h) => h.id), forced].filter((q): q is string => !!q),
        ),
      ];
      candidateIds.set(cardKey(e), {
        ids,
        titleQid: titleQid ?? frameQid,
        searchRank: new Map(hits.map((h, i) => [h.id, i])),
      });
    }

    // 2. The candidates' statements, then ranking.
    const allIds = [...new Set([...candidateIds.values()].flatMap((c) => c.ids))];
    const records = await deps.cache.many<WdEntity>(
      `wd-entity:${lang}`,
      allIds,
      async (ids) => new Map((await wd.entities(ids)).map((en) => [en.id, en])),
    );
    failed('Wikidata entities', records.error);
    const items: EntityCandidates[] = all.map((e) => {
      const c = candidateIds.get(cardKey(e))!;
      const candidates: Candidate[] = c.ids
        .map((id) => records.values.get(id))
        .filter((en): en is WdEntity => !!en)
        .map((entity) => ({
          entity,
          searchRank: c.searchRank.get(entity.id) ?? null,
          titleHit: entity.id === c.titleQid,
        }));
      return { key: cardKey(e), entity: e, candidates, forced: choices.get(cardKey(e)) };
    });
    const results = new Map(linkAll(items, { title: article.title, asOf }).map((r) => [r.key, r]));

    // 3. What the chosen entities' cards show: labels of what their statements point to, intros, images.
    const chosen = new Map<string, WdEntity>();
    for (const [key, r] of results)
      if (r.decision.kind === 'linked') chosen.set(key, records.values.get(r.decision.qid)!);
    const known = new Map([...records.values].filter(([, v]) => v).map(([id, v]) => [id, v!.label ?? '']));
    const referenced = [...new Set([...chosen.values()].flatMap(referencedIds))].filter((id) => !known.get(id));
    const wikiTitles = [...new Set([...chosen.values()].map((en) => en.wikiTitle).filter((t): t is string => !!t))];
    const files = [
      ...new Set(
        [...chosen.entries()]
          .map(([key, en]) => imageFile(en, key.split(':')[0] as LinkableType))
          .filter((f): f is string => !!f)
          .map(fileKey),
      ),
    ];
    const [labels, summaries, images] = await Promise.all([
      deps.cache.many<string>(
        `wd-label:${lang}`,
        referenced,
        async (ids) => new Map(Object.entries(await wd.labels(ids))),
      ),
      deps.cache.many<WikiPage>(
        `wp-summary:${lang}`,
        wikiTitles,
        async (ids) => new Map((await wp.summaries(ids)).map((p) => [p.requested, p])),
      ),
      deps.cache.many<ImageInfo>(
        'wp-image',
        files,
        async (ids) => new Map((await wp.images(ids)).map((i) => [i.file, i])),
      ),
    ]);
    failed('Wikidata labels', labels.error);
    failed('Wikipedia summaries', summaries.error);
    failed('Wikipedia images', images.error);
    const labelMap: Record<string, string> = Object.fromEntries([
      ...known,
      ...([...labels.values].filter(([, v]) => v) as [string, string][]),
    ]);

    const cardFor = (e: Linkable): Card => {
      const key = cardKey(e);
      const result = results.get(key)!;
      const wdEntity = chosen.get(key);
      if (result.decision.kind === 'linked' && wdEntity) {
        // The item's type stands over the tagger's; the card keeps the key the article's entity has.
        const typed = result.decision.type ? { ...e, type: result.decision.type } : e;
        const file = imageFile(wdEntity, typed.type);
        const card = buildLinkedCard({
          entity: typed,
          wd: wdEntity,
          labels: labelMap,
          page: wdEntity.wikiTitle ? (summaries.values.get(wdEntity.wikiTitle) ?? null) : null,
          image: file ? (images.values.get(fileKey(file)) ?? null) : null,
          asOf,
          lang,
          commonsFileBase: settings.endpoints.commonsFile,
          confidence: result.decision.confidence,
          metonym: !!result.decision.metonym,
          alternatives: result.alternatives,
          articleText: article.text,
        });
        return { ...card, key };
      }
      // No data because a source failed is not the same as "no sure match": say which.
      const lookupFailed = !titles.values.has(e.name) && !searches.values.has(e.name);
      const note: CardNote =
        (lookupFailed || (records.error && !result.ranked.length)) && offline
          ? 'offline'
          : lookupFailed || (records.error && !result.ranked.length)
            ? 'source-failed'
            : result.decision.kind === 'nil' && result.decision.reason === 'reader'
              ? 'nil-reader'
              : result.decision.kind === 'nil' && result.decision.reason === 'ambiguous'
                ? 'nil-ambiguous'
                : 'nil-no-match';
      const card = buildInArticleCard(e, {
        asOf,
        status: note === 'source-failed' ? 'degraded' : 'nil',
        note,
        alternatives: result.alternatives,
        articleText: article.text,
      });
      return e.type === 'event' ? withFrameFacts(card, frameOf(e, request.events)) : card;
    };

    const publisherCard = publisherEntity ? cardFor(publisherEntity) : null;
    return done({
      status: offline ? 'offline' : notes.has('source-failed') ? 'degraded' : 'ready',
      cards: entities.map(cardFor),
      publisher: publisherCard?.status === 'linked' ? publisherCard : null,
      notes: offline ? ['offline'] : [...notes],
    });
  }

  return {
    build,
    prefetch,
    placeholders,
    /** "Not this one?": remember the reader's pick (a QID, or null for none) for this name on this site and in general. */
    choose: (site: string, type: string, name: string, qid: string | null) =>
      deps.choices.remember(site, type, name, qid),
  };
}

export type CardService = ReturnType<typeof createCardService>;

/** The outlet's own card (shown apart): linked with the article's entities. */
const publisherOf = (article: CardsRequest['article']): Linkable | null =>
  article.publisher ? { type: 'organization', name: article.publisher.slice(0, 200), mentions: [] } : null;

function pickEntities(entities: Entity[], max: number): Linkable[] {
  return entities
    .filter(isLinkable)
    .filter((e) => typeof e.name === 'string' && e.name.trim().length > 1)
    .sort(bySalience)
    .slice(0, max);
}

/** Item ids a card shows by label. */
const SHOWN = [
  'P27',
  'P39',
  'P102',
  'P106',
  'P17',
  'P36',
  'P159',
  'P169',
  'P488',
  'P1037',
  'P35',
  'P6',
  'P127',
  'P749',
  'P276',
  'P710',
  'P361',
  'P1376',
  'P495',
];
function referencedIds(entity: WdEntity): string[] {
  return SHOWN.flatMap((p) => (entity.claims[p] ?? []).map((s) => s.id).filter((id): id is string => !!id));
}

/** The event frame an event entity stands for: the one whose mentions overlap the entity's, else the same name. */
export function frameOf(entity: Entity, frames: EventFrame[] | undefined): EventFrame | null {
  if (!frames?.length) return null;
  const overlaps = (f: EventFrame) =>
    f.mentions.some((m) => entity.mentions.some((n) => n.start < m.end && m.start < n.end));
  const name = entity.name.toLowerCase();
  return frames.find(overlaps) ?? frames.find((f) => f.name.toLowerCase().replace(/^\d{4}\s+/, '') === name) ?? null;
}

/** What the article itself says about an event (when, where, who), for a card Wikipedia could not fill. */
export function withFrameFacts(card: Card, frame: EventFrame | null): Card {
  if (!frame) return card;
  const facts = [
    frame.whenLabel ? { key: 'date', value: frame.whenLabel } : null,
    frame.where?.length ? { key: 'location', value: frame.where.slice(0, 3).join(', ') } : null,
    frame.who?.length ? { key: 'participants', value: frame.who.slice(0, 5).join(', ') } : null,
  ].filter((f): f is { key: string; value: string } => !!f);
  return { ...card, facts: [...card.facts, ...facts] };
}
