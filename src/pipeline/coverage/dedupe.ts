/**
 * Folds copies: the article itself (its URL, or its headline republished elsewhere), the same URL from two
 * sources, and near-identical headlines across outlets (wire copy run by many papers, an outlet's editions).
 */
import { isWireService } from './outlets';
import type { RankArticle } from './rank';
import { titleContainment, titleSimilarity } from './text';
import { urlKey } from './url-key';
import type { CoverageCandidate, CoverageSourceId } from '../../shared/coverage';

export interface DedupeOptions {
  /** Headline similarity (Jaccard of content words) at which two items are one story. */
  sameHeadline: number;
  /** Share of the shorter headline's words in the longer one at which they are one story. */
  containedHeadline: number;
  /** A candidate this similar to the article's own headline is a copy of the article. */
  selfHeadline: number;
  /** From the article's own outlet, this similar already counts as the article (another edition). */
  selfHeadlineSameOutlet: number;
  maxAlsoIn: number;
}

export const DEFAULT_DEDUPE_OPTIONS: DedupeOptions = {
  sameHeadline: 0.75,
  containedHeadline: 0.9,
  selfHeadline: 0.9,
  selfHeadlineSameOutlet: 0.5,
  maxAlsoIn: 5,
};

export interface Scored extends CoverageCandidate {
  score: number;
  sources?: CoverageSourceId[];
  alsoIn?: string[];
}

export interface DedupeResult<T> {
  kept: T[];
  /** How many candidates were folded away, by why (for tests and diagnostics). */
  dropped: { self: number; sameUrl: number; sameHeadline: number };
}

export function dedupeCandidates<T extends Scored>(
  candidates: T[],
  article: RankArticle & { family?: string | null },
  options: Partial<DedupeOptions> = {},
): DedupeResult<T & { sources: CoverageSourceId[] }> {
  const opts = { ...DEFAULT_DEDUPE_OPTIONS, ...options };
  const dropped = { self: 0, sameUrl: 0, sameHeadline: 0 };
  const selfKey = urlKey(article.url);
  const byUrl = new Map<string, T & { sources: CoverageSourceId[] }>();
  // Best first, so the representative of each group is its best-scored member (a direct link breaks ties).
  const ordered = [...candidates].sort((a, b) => b.score - a.score || Number(b.direct) - Number(a.direct));
  for (const c of ordered) {
    const key = urlKey(c.url);
    const sim = titleSimilarity(c.title, article.title);
    const sameOutlet = !!article.family && c.family === article.family;
    if (key === selfKey || sim >= opts.selfHeadline || (sameOutlet && sim >= opts.selfHeadlineSameOutlet)) {
      dropped.self += 1;
      continue;
    }
    const prior = byUrl.get(key);
    if (prior) {
      dropped.sameUrl += 1;
      prior.sources = union(prior.sources, c.sources ?? [c.source]);
      if (!prior.publishedAt && c.publishedAt) prior.publishedAt = c.publishedAt;
      if (!prior.country && c.country) prior.country = c.country;
      continue;
    }
    byUrl.set(key, { ...c, sources: c.sources ?? [c.source] });
  }
  const kept: (T & { sources: CoverageSourceId[] })[] = [];
  for (const c of byUrl.values()) {
    const twin = kept.find(
      (k) =>
        titleSimilarity(k.title, c.title) >= opts.sameHeadline ||
        titleContainment(k.title, c.title) >= opts.containedHeadline,
    );
    if (!twin) {
      kept.push(c);
      continue;
    }
    dropped.sameHeadline += 1;
    twin.sources = union(twin.sources, c.sources);
    if (c.family === twin.family) continue;
    // Wire copy: link the agency that wrote it, and name the papers that ran it.
    let other = c.outlet;
    if (isWireService(c.family) && !isWireService(twin.family)) {
      other = twin.outlet;
      Object.assign(twin, {
        url: c.url,
        direct: c.direct,
        title: c.title,
        outlet: c.outlet,
        family: c.family,
        domain: c.domain,
        country: c.country,
        publishedAt: c.publishedAt ?? twin.publishedAt,
        lang: c.lang,
      });
    }
    const also = twin.alsoIn ?? [];
    if (!also.includes(other) && also.length < opts.maxAlsoIn) twin.alsoIn = [...also, other];
  }
  return { kept, dropped };
}

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}
