/**
 * The first step of linking: for every name, the exact Wikipedia title (through redirects; a disambiguation page
 * lists its meanings, which are looked up too) and a Wikidata search, all through the cache, which shares a request
 * already in flight.
 */
import type { SearchHit, WikiPage } from '../../pipeline/link';
import type { Cache } from '../cache/cache';
import type { WikidataSource } from '../sources/wikidata';
import type { WikipediaSource } from '../sources/wikipedia';
import type { Linkable } from './linkable';
import type { WikimediaSources } from './wikimedia-sources';

export type Candidates = Awaited<ReturnType<typeof findCandidates>>;

/** `onSent` is called once both lookups are under way (asking the network) or done (the cache had everything). */
export async function findCandidates(
  cache: Cache,
  { wp, wd, lang }: Pick<WikimediaSources, 'wp' | 'wd' | 'lang'>,
  all: Linkable[],
  maxDisambiguationLinks: number,
  onSent: () => void = () => {},
) {
  const names = [...new Set(all.map((e) => e.name))];
  const underWay: (() => void)[] = [];
  void Promise.all([0, 1].map(() => new Promise<void>((r) => underWay.push(r)))).then(() => onSent());
  const sending =
    <R>(i: number, fetch: (ids: string[]) => Promise<R>) =>
    (ids: string[]) => {
      underWay[i]!();
      return fetch(ids);
    };
  const [{ titles, linked }, searches] = await Promise.all([
    titlesAndLinks(cache, wp, lang, names, maxDisambiguationLinks, { sending, answered: underWay[0]! }),
    cache.many<SearchHit[]>(`wd-search:${lang}`, names, sending(1, searchEach(wd))).finally(underWay[1]),
  ]);
  return { titles, searches, linked };
}

interface FirstLookup {
  /** Wraps the title lookup's fetch so that it reports being under way. */
  sending: <R>(i: number, fetch: (ids: string[]) => Promise<R>) => (ids: string[]) => Promise<R>;
  /** Called when the title lookup (not the disambiguation one after it) has answered. */
  answered: () => void;
}

/** The names' title lookups; the titles a disambiguation page lists are looked up as soon as it is known. */
function titlesAndLinks(
  cache: Cache,
  wp: WikipediaSource,
  lang: string,
  names: string[],
  maxDisambiguationLinks: number,
  { sending, answered }: FirstLookup,
) {
  const pages = async (ids: string[]) => new Map((await wp.lookup(ids)).map((p) => [p.requested, p]));
  const lookup = (titles: string[], fetch = pages) => cache.many<WikiPage>(`wp-title:${lang}`, titles, fetch);
  return lookup(names, sending(0, pages))
    .finally(answered)
    .then(async (titles) => {
      const linkTitles = [...titles.values.values()].flatMap((p) =>
        p?.disambiguation ? (p.links ?? []).slice(0, maxDisambiguationLinks) : [],
      );
      return { titles, linked: linkTitles.length ? await lookup(linkTitles) : null };
    });
}

/** One Wikidata search per name; fails only when every search failed (a name whose search failed stays unknown). */
function searchEach(wd: WikidataSource) {
  return async (ids: string[]) => {
    const settled = await Promise.allSettled(ids.map((name) => wd.search(name)));
    if (settled.every((s) => s.status === 'rejected')) throw (settled[0] as PromiseRejectedResult).reason;
    return new Map(
      ids.map((id, i) => [
        id,
        settled[i]!.status === 'fulfilled'
          ? (settled[i] as PromiseFulfilledResult<SearchHit[]>).value
          : (undefined as unknown as SearchHit[]),
      ]),
    );
  };
}
