/**
 * Entities → background cards. Asks Wikipedia and Wikidata (through the cache) for candidates, links every entity
 * in two passes, fetches what the chosen entities' cards show, and builds the cards as of the article's date.
 * Only entity names, ids and file names leave the device. Any failure degrades the affected cards to in-article
 * ones with a note; offline, every card is an in-article one.
 */
import { lookupOutlets, type OutletFacts, type OutletQuery } from '../coverage/outlet-lookup';
import {
  articleDay,
  buildInArticleCard,
  buildLinkedCard,
  cardKey,
  imageFile,
  type WdEntity,
} from '../../pipeline/link';
import type { Card, CardsResult } from '../../shared/cards';
import type { Settings } from '../../shared/settings';
import type { Article, Entity, EventFrame } from '../../shared/types';
import type { Cache } from '../cache/cache';
import type { Choices } from '../cache/choices';
import type { ClientOptions, FetchLike } from '../sources/wikimedia-http';
import { type CardDetails, fetchCardDetails, fileKey } from './card-details';
import { type CardNote, noteFor } from './card-note';
import { frameOf, withFrameFacts } from './event-frames';
import { type Candidates, findCandidates } from './find-candidates';
import { type LinkDecision, type Linked, type LinkResult, linkEntities, type Picks } from './link-entities';
import { type Linkable, pickEntities, publisherOf } from './linkable';
import { type CardLanguageContext, createSourcePool, type WikimediaSources } from './wikimedia-sources';

export interface CardServiceDeps {
  fetch: FetchLike;
  cache: Cache;
  choices: Choices;
  now(): number;
  /** navigator.onLine where there is one. */
  online(): boolean;
  log(message: string, error?: unknown): void;
  clientOptions?: Partial<ClientOptions>;
  /** The browser's language, for the "my browser's language" card setting. */
  browserLanguage?(): string;
}

export interface CardsRequest {
  /** `lang`: the article's language, which cards follow unless the reader chose otherwise. */
  article: Pick<Article, 'title' | 'publishedAt' | 'publisher' | 'text'> & { lang?: string | null };
  entities: Entity[];
  /** Event frames of the analysis: in-article event cards take their when/where/who, and known events' QIDs help linking. */
  events?: EventFrame[];
  /** The page's host: the key for remembered choices. Stays on the device. */
  site: string;
  settings: Settings;
  /** Aborts when the tab moves on or closes: lookups not yet sent are dropped. */
  signal?: AbortSignal;
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

export type { CardNote } from './card-note';

export function createCardService(deps: CardServiceDeps, options: CardServiceOptions = DEFAULT_CARD_OPTIONS) {
  const sourcesFor = createSourcePool(deps);
  return {
    build: (request: CardsRequest) => buildCards(deps, options, sourcesFor, request),
    prefetch: (request: Pick<CardsRequest, 'article' | 'entities' | 'settings' | 'signal'>) =>
      prefetchCards(deps, options, sourcesFor, request),
    /** Cards from the article alone, shown at once while linking runs and whenever it cannot. */
    placeholders: (request: Pick<CardsRequest, 'article' | 'entities' | 'events'>, note: CardNote | null = null) =>
      placeholderCards(request, options.maxEntities, note),
    /** The coverage's outlets looked up in Wikidata over the cards' clients and cache (owners, state funding). */
    outletFacts: async (outlets: OutletQuery[], settings: Settings, signal?: AbortSignal) => {
      if (!wikimediaAllowed(settings)) return new Map<string, OutletFacts>();
      const { wd, lang } = sourcesFor(settings, signal);
      return lookupOutlets({ wd, cache: deps.cache, lang }, outlets);
    },
    /** "Not this one?": remember the reader's pick (a QID, or null for none) for this name on this site and in general. */
    choose: (site: string, type: string, name: string, qid: string | null) =>
      deps.choices.remember(site, type, name, qid),
  };
}

export type CardService = ReturnType<typeof createCardService>;

/** Offline mode or Wikipedia/Wikidata turned off: the reader asked for no Wikimedia lookups, not even cached ones. */
function wikimediaAllowed(settings: Settings): boolean {
  return !settings.offline && settings.sources.wikipedia;
}

type SourcesFor = (settings: Settings, signal?: AbortSignal, context?: CardLanguageContext) => WikimediaSources;

function placeholderCards(
  request: Pick<CardsRequest, 'article' | 'entities' | 'events'>,
  maxEntities: number,
  note: CardNote | null,
): Card[] {
  const asOf = articleDay(request.article.publishedAt);
  return pickEntities(request.entities, maxEntities).map((e) => {
    const card = buildInArticleCard(e, {
      asOf,
      status: note === 'source-failed' ? 'degraded' : 'nil',
      note,
      articleText: request.article.text,
    });
    return e.type === 'event' ? withFrameFacts(card, frameOf(e, request.events)) : card;
  });
}

/** The linkable entities and, when the article names its outlet, the outlet last. */
function withPublisher(entities: Linkable[], article: CardsRequest['article']): Linkable[] {
  const publisher = publisherOf(article);
  return publisher ? [...entities, publisher] : entities;
}

/**
 * The first step of build() started early, from the names alone, while the analysis finishes (dates, events):
 * build() then finds these answers in flight or cached. Resolves once the requests are sent (or nothing needs
 * sending); never rejects (build() reports failures).
 */
function prefetchCards(
  deps: CardServiceDeps,
  options: CardServiceOptions,
  sourcesFor: SourcesFor,
  request: Pick<CardsRequest, 'article' | 'entities' | 'settings' | 'signal'>,
): Promise<void> {
  const { settings } = request;
  if (!wikimediaAllowed(settings)) return Promise.resolve();
  const all = withPublisher(pickEntities(request.entities, options.maxEntities), request.article);
  return new Promise<void>((resolve) => {
    const sources = sourcesFor(settings, request.signal, { articleLang: request.article.lang });
    void findCandidates(deps.cache, sources, all, options.maxDisambiguationLinks, resolve)
      .catch((error: unknown) => deps.log('early lookups failed', error))
      .finally(resolve);
  });
}

/** The reader's earlier picks for these entities on this site; read while the lookups run. */
async function readPicks(choices: Choices, site: string, all: Linkable[]): Promise<Picks> {
  const picks: Picks = new Map();
  await Promise.all(
    all.map(async (e) => picks.set(cardKey(e), await choices.lookup(site, e.type, e.name).catch(() => undefined))),
  );
  return picks;
}

/** A failure reporter: logs what failed and remembers that a source did. */
function failureNotes(log: CardServiceDeps['log']) {
  const notes = new Set<CardNote>();
  const failed = (what: string, error: unknown) => {
    if (!error) return;
    log(`${what} failed`, error);
    notes.add('source-failed');
  };
  return { notes, failed };
}

async function buildCards(
  deps: CardServiceDeps,
  options: CardServiceOptions,
  sourcesFor: SourcesFor,
  request: CardsRequest,
): Promise<CardsResult> {
  const started = deps.now();
  const { article, settings } = request;
  const asOf = articleDay(article.publishedAt) ?? new Date(deps.now()).toISOString().slice(0, 10);
  const entities = pickEntities(request.entities, options.maxEntities);
  const done = (result: Omit<CardsResult, 'elapsedMs'>): CardsResult => ({
    ...result,
    elapsedMs: deps.now() - started,
  });

  // Offline mode or Wikipedia turned off: the reader asked for no lookups at all, not even cached ones.
  if (!wikimediaAllowed(settings)) {
    const cards = placeholderCards(request, options.maxEntities, 'offline');
    return done({ status: 'offline', cards, publisher: null, notes: ['offline'] });
  }

  const sources = sourcesFor(settings, request.signal, { articleLang: article.lang });
  const { notes, failed } = failureNotes(deps.log);
  const all = withPublisher(entities, article);
  const picking = readPicks(deps.choices, request.site, all);

  // 1. Candidates: the exact title (through redirects; disambiguation pages list their meanings) and a search.
  const found = await findCandidates(deps.cache, sources, all, options.maxDisambiguationLinks);
  for (const [what, error] of candidateErrors(found)) failed(what, error);
  const picks = await picking;

  // 2. The candidates' statements, then ranking.
  const linked = await linkEntities(deps.cache, sources.wd, sources.langs.join('+'), all, {
    found,
    picks,
    events: request.events,
    maxCandidates: options.maxCandidates,
    maxDisambiguationLinks: options.maxDisambiguationLinks,
    title: article.title,
    asOf,
  });
  failed('Wikidata entities', linked.records.error);

  // 3. What the chosen entities' cards show: labels of what their statements point to, intros, images.
  const chosen = chosenRecords(linked);
  const details = await fetchCardDetails(deps.cache, sources, chosen, linked.records.values);
  failed('Wikidata labels', details.labelsFetched.error);
  failed('Wikipedia summaries', details.summaries.error);
  failed('Wikipedia images', details.images.error);

  const make = (e: Linkable) =>
    cardFor(e, {
      request,
      asOf,
      sources,
      found,
      linked,
      chosen,
      details,
      commonsFileBase: settings.endpoints.commonsFile,
    });
  const publisherEntity = publisherOf(article);
  const publisherCard = publisherEntity ? make(publisherEntity) : null;
  const { offline } = sources;
  return done({
    status: offline ? 'offline' : notes.has('source-failed') ? 'degraded' : 'ready',
    cards: entities.map(make),
    publisher: publisherCard?.status === 'linked' ? publisherCard : null,
    notes: offline ? ['offline'] : [...notes],
  });
}

function candidateErrors({ titles, searches, linked }: Candidates): [string, unknown][] {
  return [
    ['Wikipedia title lookup', titles.error],
    ['Wikidata search', searches.error],
    ['Wikipedia disambiguation lookup', linked?.error],
  ];
}

/** The records of the entities linkAll linked, by card key. */
function chosenRecords({ records, results }: Linked): Map<string, WdEntity> {
  const chosen = new Map<string, WdEntity>();
  for (const [key, r] of results)
    if (r.decision.kind === 'linked') chosen.set(key, records.values.get(r.decision.qid)!);
  return chosen;
}

interface CardInputs {
  request: CardsRequest;
  asOf: string;
  sources: WikimediaSources;
  found: Candidates;
  linked: Linked;
  chosen: Map<string, WdEntity>;
  details: CardDetails;
  commonsFileBase: string;
}

/** A linked card when linkAll linked the entity, else an in-article card with a note saying why not. */
function cardFor(e: Linkable, inputs: CardInputs): Card {
  const key = cardKey(e);
  const result = inputs.linked.results.get(key)!;
  const wdEntity = inputs.chosen.get(key);
  if (result.decision.kind === 'linked' && wdEntity) return linkedCard(e, wdEntity, result.decision, result, inputs);
  const { found, request } = inputs;
  const note = noteFor({
    lookupFailed: !found.titles.values.has(e.name) && !found.searches.values.has(e.name),
    recordsFailed: !!inputs.linked.records.error,
    offline: inputs.sources.offline,
    result,
  });
  const card = buildInArticleCard(e, {
    asOf: inputs.asOf,
    status: note === 'source-failed' ? 'degraded' : 'nil',
    note,
    alternatives: result.alternatives,
    articleText: request.article.text,
  });
  return e.type === 'event' ? withFrameFacts(card, frameOf(e, request.events)) : card;
}

function linkedCard(
  e: Linkable,
  wdEntity: WdEntity,
  decision: Extract<LinkDecision, { kind: 'linked' }>,
  result: LinkResult,
  inputs: CardInputs,
): Card {
  const { details } = inputs;
  // The item's type stands over the tagger's; the card keeps the key the article's entity has.
  const typed = decision.type ? { ...e, type: decision.type } : e;
  const file = imageFile(wdEntity, typed.type);
  const card = buildLinkedCard({
    entity: typed,
    wd: wdEntity,
    labels: details.labels,
    page: details.pageOf(wdEntity),
    image: file ? (details.images.values.get(fileKey(file)) ?? null) : null,
    asOf: inputs.asOf,
    lang: inputs.sources.lang,
    commonsFileBase: inputs.commonsFileBase,
    confidence: decision.confidence,
    metonym: !!decision.metonym,
    alternatives: result.alternatives,
    articleText: inputs.request.article.text,
  });
  const frameId = card.event && frameOf(e, inputs.request.events)?.id;
  return { ...card, key: cardKey(e), ...(card.event && frameId ? { event: { ...card.event, frameId } } : {}) };
}
