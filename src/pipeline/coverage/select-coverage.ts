/** From every source's candidates to the list the popup shows: score, fold copies, drop the weak, diversify. */
import type { Article } from '../../shared/types';
import type { QueryTerm } from './build-query';
import { dedupeCandidates, type DedupeOptions } from './dedupe';
import { diversify, type DiversifyOptions } from './diversify';
import { outletOf, outletOwnership } from './outlets';
import { scoreCandidate, type RankArticle, type RankOptions } from './rank';
import { cleanText } from './text';
import { urlKey } from './url-key';
import type { CoverageCandidate, CoverageItem } from '../../shared/coverage';

export interface SelectOptions {
  /** Items scoring below this are not about the story (a search hit on a passing mention). */
  minScore: number;
  /** Items must name at least this share of the story's entities in their headline or summary. */
  minEntities: number;
  rank: Partial<RankOptions>;
  dedupe: Partial<DedupeOptions>;
  diversify: Partial<DiversifyOptions>;
}

export const DEFAULT_SELECT_OPTIONS: SelectOptions = {
  minScore: 0.3,
  minEntities: 0.01,
  rank: {},
  dedupe: {},
  diversify: { limit: 12 },
};

export interface Selection {
  items: CoverageItem[];
  dropped: { self: number; sameUrl: number; sameHeadline: number; weak: number };
}

export function selectCoverage(
  candidates: CoverageCandidate[],
  article: RankArticle,
  terms: QueryTerm[],
  options: Partial<SelectOptions> = {},
): Selection {
  const opts = {
    ...DEFAULT_SELECT_OPTIONS,
    ...options,
    diversify: { ...DEFAULT_SELECT_OPTIONS.diversify, ...options.diversify },
  };
  const scored = candidates.map((c) => {
    const parts = scoreCandidate(c, article, terms, opts.rank);
    return { ...c, score: parts.score, entityShare: parts.entities };
  });
  const family = outletOf(article.url)?.family ?? null;
  const { kept, dropped } = dedupeCandidates(scored, { ...article, family }, opts.dedupe);
  const strong = kept.filter((c) => c.score >= opts.minScore && c.entityShare >= opts.minEntities);
  const picked = diversify(strong, opts.diversify);
  return { items: picked.map(toItem), dropped: { ...dropped, weak: kept.length - strong.length } };
}

/** The article's own in-body links to related stories, as items from its publisher (the page itself excluded). */
export function relatedLinkItems(
  article: Pick<Article, 'url' | 'publisher' | 'relatedLinks'>,
  limit = 8,
): CoverageItem[] {
  const outlet = outletOf(article.url, { name: article.publisher });
  const self = urlKey(article.url);
  const seen = new Set<string>([self]);
  const items: CoverageItem[] = [];
  for (const link of article.relatedLinks ?? []) {
    let url: URL;
    try {
      url = new URL(link.url, article.url);
    } catch {
      continue;
    }
    const key = urlKey(url.href);
    const title = cleanText(link.text);
    if (!/^https?:$/.test(url.protocol) || seen.has(key) || title.length < 8) continue;
    seen.add(key);
    const own = outletOf(url.href, { name: article.publisher });
    items.push({
      url: url.href,
      direct: true,
      title: sentenceCase(title),
      outlet: own?.family === outlet?.family ? (article.publisher ?? own?.name ?? '') : (own?.name ?? ''),
      domain: own?.domain ?? null,
      country: own?.country ?? null,
      publishedAt: null,
      lang: null,
      sources: ['related'],
      score: 0,
    });
    if (items.length >= limit) break;
  }
  return items;
}

/** Promo links are often set in capitals ("PUTIN TO ATTEND WAR GAMES…"): shown as a sentence they read calmer. */
function sentenceCase(title: string): string {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters !== letters.toUpperCase()) return title;
  const lower = title.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function toItem(
  c: CoverageCandidate & { score: number; sources: CoverageItem['sources']; alsoIn?: string[] },
): CoverageItem {
  const ownership = outletOwnership(c.domain ?? c.url);
  return {
    url: c.url,
    direct: c.direct,
    title: c.title,
    outlet: c.outlet,
    domain: c.domain,
    country: c.country,
    publishedAt: c.publishedAt,
    lang: c.lang,
    sources: c.sources,
    score: c.score,
    ...(c.alsoIn?.length ? { alsoIn: c.alsoIn } : {}),
    ...(ownership?.owner ? { owner: ownership.owner } : {}),
    ...(ownership?.stateFunded ? { stateFunded: true } : {}),
  };
}
