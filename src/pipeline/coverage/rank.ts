/**
 * Relevance of one candidate to the article: how many of the story's entities its title names, how close in time
 * it was published, and how alike the headlines are. Weights and scales are named options.
 */
import type { QueryTerm } from './build-query';
import { containsPhrase, titleSimilarity } from './text';
import type { CoverageCandidate } from '../../shared/coverage';

export interface RankArticle {
  title: string;
  url: string;
  publishedAt: string | null;
  publisher?: string | null;
}

export interface RankOptions {
  entityWeight: number;
  timeWeight: number;
  titleWeight: number;
  /** Days over which closeness in time decays by 1/e. */
  tauDays: number;
  /** Time score for undated items (neither near nor far). */
  undatedTime: number;
  /** A context term counts this much of an anchor. */
  contextShare: number;
  /** A name found only in the summary, not the headline, counts this much. */
  snippetShare: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  entityWeight: 0.55,
  timeWeight: 0.25,
  titleWeight: 0.2,
  tauDays: 4,
  undatedTime: 0.3,
  contextShare: 0.5,
  snippetShare: 0.5,
};

export interface RankParts {
  score: number;
  entities: number;
  time: number;
  title: number;
}

export function scoreCandidate(
  candidate: CoverageCandidate,
  article: RankArticle,
  terms: QueryTerm[],
  options: Partial<RankOptions> = {},
): RankParts {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const entities = entityOverlap(candidate, terms, opts);
  const time = timeCloseness(candidate.publishedAt, article.publishedAt, opts);
  const title = titleSimilarity(candidate.title, article.title);
  const score = opts.entityWeight * entities + opts.timeWeight * time + opts.titleWeight * title;
  return { score: Math.round(score * 1000) / 1000, entities, time, title };
}

/** 0..1: weighted share of the story's terms the candidate names (any alias, whole words). */
export function entityOverlap(
  candidate: Pick<CoverageCandidate, 'title' | 'snippet'>,
  terms: QueryTerm[],
  options: Partial<RankOptions> = {},
): number {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  let total = 0;
  let found = 0;
  for (const term of terms) {
    const weight = term.anchor ? 1 : opts.contextShare;
    total += weight;
    if (term.aliases.some((a) => containsPhrase(candidate.title, a))) found += weight;
    else if (candidate.snippet && term.aliases.some((a) => containsPhrase(candidate.snippet!, a)))
      found += weight * opts.snippetShare;
  }
  return total ? found / total : 0;
}

export function timeCloseness(
  itemDate: string | null,
  articleDate: string | null,
  options: Partial<RankOptions> = {},
): number {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const a = itemDate ? Date.parse(itemDate) : NaN;
  const b = articleDate ? Date.parse(articleDate) : NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return opts.undatedTime;
  const days = Math.abs(a - b) / 86_400_000;
  return Math.exp(-days / opts.tauDays);
}
