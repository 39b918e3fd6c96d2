/** Types that cross the pipeline → background → popup boundary. Plain JSON: they are stored and messaged. */

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'date';

export interface RelatedLink {
  text: string;
  url: string;
}

export interface Article {
  /** The headline the reader sees on the page. */
  title: string;
  /** The title the page is shared and indexed under (JSON-LD headline, og:title), when it says something else. */
  sharedTitle?: string | null;
  byline: string | null;
  authors: string[];
  publisher: string | null;
  /** ISO 8601 with offset when the page gives one. */
  publishedAt: string | null;
  modifiedAt?: string | null;
  lang: string | null;
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  section?: string | null;
  image?: string | null;
  /** The article's own one- or two-sentence summary (its dek, og:description), when it declares one. */
  standfirst?: string | null;
  /** Body text, paragraphs separated by blank lines ("\n\n"). Entity offsets index this string. */
  text: string;
  relatedLinks: RelatedLink[];
}

export interface Detection {
  isArticle: boolean;
  score: number;
  /** Short machine-readable reasons, e.g. "jsonld:NewsArticle", "-url:section-root". */
  reasons: string[];
}

/**
 * What one scan of a page cost, in milliseconds: detection and extraction (main-thread time, null when extraction did
 * not run), and the wall time to load the extraction module before it (fetch, compile, evaluate; null when not loaded).
 */
export interface ScanTimings {
  detectMs: number;
  extractMs: number | null;
  extractLoadMs?: number | null;
  /** How often the scan handed the page's main thread back between slices of its work. */
  pauses?: number;
  /** The longest the scan held the page's thread at once (ms): one slice of its work. */
  longestSliceMs?: number;
}

/** The page was too large (or too slow) to read whole within the content script's budgets: what was kept. */
export interface ReadCut {
  keptChars: number;
}

export interface Mention {
  text: string;
  /** UTF-16 offsets into Article.text (or the analyzed text). */
  start: number;
  end: number;
  /** ISO 8601 value, for dates. */
  value?: string;
}

export interface Entity {
  type: EntityType;
  /** Canonical (fullest) name as written in the article. */
  name: string;
  value?: string;
  /** Dates: how `value` is meant ("over six months ago" → value "2022-03", mod "before"). */
  mod?: DateMod;
  /** The role the article gives the entity ("Russian President"). */
  role?: string;
  /** Higher is more central to the story. */
  salience?: number;
  quotes?: string[];
  /** People, organizations, places: the tagger's calibrated probability that its surest mention is this name of this type. */
  confidence?: number;
  /** Set on a name recognize() held back as unsure (`Analysis.unsure`): its type is only the tagger's guess. */
  unsure?: true;
  mentions: Mention[];
}

export interface EventFrame {
  /** Stable within one analysis ("e1"); `partOf` points at another frame's id. */
  id?: string;
  name: string;
  /** The story's own event, background to it, or something the article announces. */
  kind?: 'story' | 'background' | 'announced';
  trigger?: string;
  /** ISO 8601 / TIMEX3 value (day, interval "a/b", week, month, year…). */
  when?: string;
  /** "over six months ago" → when "2022-03", whenMod "before". */
  whenMod?: DateMod;
  /** The date as the article's text gives it, or as known for a well-known event the text does not date. */
  whenSource?: 'text' | 'known';
  precision?: 'century' | 'decade' | 'year' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';
  /** English label at the value's own precision ("Sep 15–16, 2022", "before Mar 2022"). */
  whenLabel?: string;
  where?: string[];
  who?: string[];
  sentence?: string;
  partOf?: string;
  /** Wikidata id, for well-known events only. */
  qid?: string;
  mentions: Mention[];
}

export interface Analysis {
  entities: Entity[];
  /**
   * Names the tagger is unsure of (see recognize.ts), so they are not entities: offline they are plain names with no
   * type; the cards look them up, and one linked with confidence gets a card with its item's type.
   */
  unsure?: Entity[];
  events: EventFrame[];
}

/** How a date value is qualified: "before 2022-03", "about 1990", "the end of 2021". */
/** 'since': began then and was still going on at the reference date (an event ongoing on the article's day). */
export type DateMod = 'before' | 'after' | 'approx' | 'start' | 'mid' | 'end' | 'since';
