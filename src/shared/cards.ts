/**
 * The card model: what the linking stage makes of an entity and the popup renders. Plain JSON throughout: cards are
 * cached and stored in tab state.
 */
import type { EntityType } from './types';

export interface Fact {
  /** Machine key, stable for tests and styles: "born", "died", "nationality", "position", "population", ... */
  key: string;
  /** Already-formatted text in English; the popup shows it as text (never markup). */
  value: string;
}

export interface Position {
  label: string;
  start: string | null;
  end: string | null;
  /** Held on the article's date. */
  current: boolean;
  /** Held then, but ended since (the card says "at the time"). */
  endedSince: boolean;
  text: string;
}

export interface CardImage {
  src: string;
  /** The Commons file page, for attribution. */
  pageUrl: string | null;
  license: string | null;
  licenseUrl: string | null;
  artist: string | null;
}

export interface CardAlternative {
  qid: string;
  label: string;
  description: string | null;
}

export interface InArticle {
  role: string | null;
  mentionCount: number;
  quotes: string[];
  /** The sentence(s) of first mention, trimmed. */
  firstMention: string | null;
  /** The tagger was unsure of this name (Entity.unsure): only a confident link makes it a card. */
  unsure?: true;
}

export interface Card {
  /** `${type}:${name}`: the entity this card explains. */
  key: string;
  type: Exclude<EntityType, 'date'>;
  name: string;
  /** linked: a Wikidata entity; nil: only what the article says; degraded: a source failed. */
  status: 'linked' | 'nil' | 'degraded';
  qid: string | null;
  title: string;
  description: string | null;
  summary: string | null;
  /** The language of the summary and description (the Wikipedia edition they came from), when known. */
  lang?: string | null;
  image: CardImage | null;
  facts: Fact[];
  positions: Position[];
  coordinates: { lat: number; lon: number } | null;
  inArticle: InArticle;
  alternatives: CardAlternative[];
  wikipediaUrl: string | null;
  wikidataUrl: string | null;
  /** The date facts are evaluated at (the article's date), "YYYY-MM-DD". */
  asOf: string | null;
  confidence: number | null;
  /** Set when a capital or country stands for its government ("Moscow said"). */
  metonym: boolean;
  /** A linked event's time and place from its item, as of the article's date, for the article's event frame. */
  event?: LinkedEvent;
  /**
   * Why this is an in-article card, as a code the popup words: offline, source-failed, nil-no-match, nil-ambiguous,
   * nil-reader.
   */
  note: string | null;
}

export interface LinkedEvent {
  /** The id of the article's event frame this card stands for, when one does. */
  frameId?: string;
  /** ISO value (day, month, year or "start/end"); absent when the item has no date known by the article's date. */
  when?: string;
  /** 'since': begun by the article's date and still going on then. */
  whenMod?: 'since';
  /** Location (P276) labels. */
  where: string[];
}

export interface CardsResult {
  /** loading: in-article cards shown while linking runs. */
  status: 'loading' | 'ready' | 'offline' | 'degraded';
  cards: Card[];
  publisher: Card | null;
  notes: string[];
  /** Milliseconds from start to ready, for the benchmark and the e2e check. */
  elapsedMs: number;
}

export type LinkableType = Card['type'];
