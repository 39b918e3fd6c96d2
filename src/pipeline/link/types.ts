/**
 * The linking stage's data: normalized Wikidata/Wikipedia records (what the sources hand over after parsing raw
 * replies) (the card model the popup renders is in src/shared/cards.ts).
 */
import type { LinkableType } from '../../shared/cards';

export type {
  Card,
  CardAlternative,
  CardImage,
  CardsResult,
  Fact,
  InArticle,
  LinkedEvent,
  LinkableType,
  Position,
} from '../../shared/cards';

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
  /** The title on the card's Wikipedia (sitelink): the first of the card's languages that has a page. */
  wikiTitle: string | null;
  /** The edition wikiTitle is on ("de"), or null without a page. */
  wikiLang: string | null;
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

export const LINKABLE: readonly LinkableType[] = ['person', 'organization', 'place', 'event'];
