/**
 * Related coverage as it crosses pipeline → background → popup: plain JSON (stored in storage.session, messaged).
 * Every string here came from an outside API or the reader's own history: the popup renders it as text, never markup.
 */

/** Where an item came from. `related` is the article's own in-body links; `history` the reader's earlier reads. */
export type CoverageSourceId = 'gdelt' | 'googleNews' | 'history' | 'related' | 'timeline';

/**
 * What happened when a source was asked:
 * ok/empty — it answered; cached — it failed (or was not asked) and an earlier answer was reused;
 * unavailable — it failed and nothing was cached; disabled/offline — the reader turned it off;
 * skipped — there was nothing to ask (no usable query, a date the source does not cover).
 */
export type SourceState = 'ok' | 'empty' | 'cached' | 'unavailable' | 'disabled' | 'offline' | 'skipped' | 'pending';

export type FailureReason =
  | 'timeout'
  | 'rate-limited'
  | 'http'
  | 'html'
  | 'malformed'
  | 'network'
  | 'permission'
  | 'out-of-range'
  | 'no-query';

export interface SourceStatus {
  state: SourceState;
  reason?: FailureReason;
  /** Items this source contributed after dedupe. */
  count: number;
  /** When the answer shown was fetched (epoch ms), for "cached" answers. */
  fetchedAt?: number;
}

export interface CoverageItem {
  /** The publisher's URL when known (`direct`), else the feed's own link (which redirects there). */
  url: string;
  direct: boolean;
  title: string;
  /** Display name of the outlet ("Reuters"), or its domain when we know no better. */
  outlet: string;
  domain: string | null;
  /** English country name of the outlet ("United Kingdom"), when the source or our outlet table says. */
  country: string | null;
  /** ISO 8601 (UTC) when known. */
  publishedAt: string | null;
  lang: string | null;
  sources: CoverageSourceId[];
  score: number;
  /** Other outlets that ran the same story (syndicated copies, other editions) folded into this item. */
  alsoIn?: string[];
  /** The outlet's owner (Wikidata P127), where our outlet table knows it. */
  owner?: string;
  /** The outlet is owned by a state or funded from a government budget (Wikidata), where our table knows it. */
  stateFunded?: boolean;
}

export interface HistoryMatch {
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  readAt: number;
  /** Names of the entities this earlier article shares with the current one, most central first. */
  shared: string[];
}

export interface HistorySummary {
  items: HistoryMatch[];
  /** The entity most of those earlier reads were about: "You read 3 earlier stories about Xi Jinping". */
  top: { name: string; count: number } | null;
  /**
   * When the reader last read this story before (epoch ms): this article on an earlier visit, or another report
   * sharing most of its people and organizations. Absent or null on a first read.
   */
  lastRead?: number | null;
}

export interface TimelinePoint {
  /** ISO 8601 (UTC). */
  date: string;
  value: number;
}

export interface CoverageTimeline {
  points: TimelinePoint[];
  /** Index of the point nearest the article's publication, when it falls inside the series. */
  articleIndex: number | null;
  peakIndex: number;
}

export interface Coverage {
  status: 'loading' | 'ready';
  /** The keywords that were sent (the only thing that leaves the device), for the "why these results" line. */
  keywords: string[];
  items: CoverageItem[];
  /** The article's own in-body links to related stories. */
  related: CoverageItem[];
  history: HistorySummary;
  timeline: CoverageTimeline | null;
  sources: Partial<Record<CoverageSourceId, SourceStatus>>;
  updatedAt: number;
}

/** One search result as a source normalized it, before ranking and dedupe. */
export interface CoverageCandidate {
  url: string;
  direct: boolean;
  title: string;
  outlet: string;
  /** Same family = same outlet (its editions and mobile hosts included). */
  family: string;
  domain: string | null;
  country: string | null;
  publishedAt: string | null;
  lang: string | null;
  source: CoverageSourceId;
  /** Plain-text summary when the source gives one (used for matching only, never shown as markup). */
  snippet?: string;
}
