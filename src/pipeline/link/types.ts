/**
 * The linking stage's data: normalized Wikidata/Wikipedia records (what the sources hand over after parsing raw
 * replies) and the card model the popup renders. Plain JSON throughout: cards are cached and stored in tab state.
 */
import type { EntityType } from '../../shared/types';

/** A Wikidata time, kept as written: precision 9 = year, 10 = month, 11 = day. */
export interface WdTime {
  /** "1952-10-07" (day precision), "1952-10" (month) or "1952" (year); negative years keep their sign. */
  date: string;
  precision: number;
}

/** One statement value with the qualifiers cards use. */
export interface WdStatement {
  /** An item id ("Q159") for item values. */
  id?: string;
  time?: WdTime;
  /** Decimal amount for quantities (population). */
  amount?: number;
  /** A Commons file name for P18/P154. */
  file?: string;
  coordinates?: { lat: number; lon: number };
  text?: string;
  rank: 'preferred' | 'normal' | 'deprecated';
  start?: WdTime;
  end?: WdTime;
  /** P585 point in time (populations, awards). */
  pointInTime?: WdTime;
  /** P642/P1001 "of"/"applies to jurisdiction" (an ambassador's country) when given. */
  of?: string;
}

export interface WdEntity {
  id: string;
  label: string | null;
  description: string | null;
  aliases: string[];
  /** Statements by property id; deprecated ones already dropped. */
  claims: Record<string, WdStatement[]>;
  /** The title on the reader's Wikipedia (sitelink), when one exists. */
  wikiTitle: string | null;
  /** How many Wikipedias have an article: a language-neutral prominence signal. */
  sitelinkCount: number;
}

export interface WikiPage {
  /** The title the page was asked for, before normalization and redirects. */
  requested: string;
  title: string;
  missing: boolean;
  disambiguation: boolean;
  qid: string | null;
  description: string | null;
  extract: string | null;
  thumbnail: { source: string; width: number; height: number } | null;
  /** Titles linked from a disambiguation page, when they were asked for. */
  links?: string[];
}

export interface SearchHit {
  id: string;
  label: string;
  description: string | null;
  /** Whether the name matched the label or an alias ("alias" matches are weaker). */
  matchType: 'label' | 'alias' | 'other';
}

export interface ImageInfo {
  file: string;
  thumbUrl: string;
  pageUrl: string;
  license: string | null;
  licenseUrl: string | null;
  artist: string | null;
}

/** A candidate as ranking sees it. */
export interface Candidate {
  entity: WdEntity;
  /** 0-based position in the search results (lower = more prominent), or null when not from search. */
  searchRank: number | null;
  /** The exact Wikipedia title for the name resolves (through redirects) to this entity. */
  titleHit: boolean;
}

export type LinkDecision =
  | {
      kind: 'linked';
      qid: string;
      confidence: number;
      metonym?: boolean;
      chosenBy: 'ranking' | 'reader';
      /** The item's own type, when it differs from the tagger's: a company is an organization, whatever was tagged. */
      type?: LinkableType;
    }
  | { kind: 'nil'; reason: 'no-candidates' | 'low-confidence' | 'ambiguous' | 'reader' };

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
  /** Why this is an in-article card, as a code the popup words: offline, source-failed, nil-no-match, nil-ambiguous, nil-reader. */
  note: string | null;
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
export const LINKABLE: readonly LinkableType[] = ['person', 'organization', 'place', 'event'];
