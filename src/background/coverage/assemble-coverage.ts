/**
 * One coverage answer from what the sources have given so far: the search results ranked and folded, minus what the
 * article links to itself and what the reader already read, with each source's state.
 */
import {
  type CoverageQuery,
  localFirst,
  newsSearchLanguages,
  relatedLinkItems,
  selectCoverage,
  titleSimilarity,
  urlKey,
} from '../../pipeline/coverage';
import type {
  Coverage,
  CoverageCandidate,
  CoverageSourceId,
  CoverageTimeline,
  HistorySummary,
  SourceStatus,
} from '../../shared/coverage';
import type { Article } from '../../shared/types';
import type { Outcome } from './cached-source';

/** Headline similarity at which a search result is a copy of an article the reader already read. */
const SAME_STORY_AS_READ = 0.9;

export interface Answers {
  gdelt: Outcome<CoverageCandidate[]>;
  google: Outcome<CoverageCandidate[]>;
  history: Outcome<HistorySummary>;
  timeline: { status: SourceStatus; value: CoverageTimeline | null };
}

/** Returns the assembler for one article and query: what does not change while the sources answer is set once. */
export function coverageAssembler(
  article: Article,
  query: CoverageQuery,
  now: () => number,
  names: readonly string[] = [],
) {
  const related = relatedLinkItems(article, undefined, names);
  const rankArticle = {
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt ?? `${query.window.center}T12:00:00Z`,
    publisher: article.publisher,
  };
  // An in-body link also found by search is shown once, under the article's own links.
  const relatedKeys = new Set(related.map((r) => urlKey(r.url)));
  // Coverage in the article's own language comes first (null for English articles: ranking alone decides).
  const [first, international] = newsSearchLanguages(article.lang);
  const ownLanguage = international ? (first?.lang ?? null) : null;
  return ({ gdelt, google, history, timeline }: Answers, status: Coverage['status']): Coverage => {
    const candidates = [...(gdelt.value ?? []), ...(google.value ?? [])];
    // What the reader already read is listed under "You read before", not again as news (nor its copies).
    const read = history.value?.items ?? [];
    const readKeys = new Set(read.map((r) => urlKey(r.url)));
    const selected = localFirst(selectCoverage(candidates, rankArticle, query.terms).items, ownLanguage);
    const items = selected.filter(
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
      updatedAt: now(),
    };
  };
}

function counted(status: SourceStatus, items: Coverage['items'], source: CoverageSourceId): SourceStatus {
  if (status.state !== 'ok' && status.state !== 'cached' && status.state !== 'empty') return status;
  return { ...status, count: items.filter((i) => i.sources.includes(source)).length };
}
