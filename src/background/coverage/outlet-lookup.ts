/**
 * Owners, countries and state funding of the outlets in an article's coverage, from Wikidata: each outlet's name is
 * searched, the candidates' items fetched, the one whose official website is on the outlet's domain kept, then its
 * owner's item and the country's label. Only outlet names and Wikidata ids are sent (never a page's address). The
 * answers are kept per domain in the cards' cache, so a later story asks only about outlets not seen before; where
 * Wikidata has no answer the curated outlet table (pipeline/coverage/outlets.json) still speaks.
 */
import { type OutletFacts, outletFacts, outletItem, relatedIds } from '../../pipeline/coverage/outlet-entity';
import type { WdEntity } from '../../pipeline/link';
import type { Coverage, CoverageItem } from '../../shared/coverage';
import type { WikidataSource } from '../sources/wikidata';

export type { OutletFacts } from '../../pipeline/coverage/outlet-entity';

export interface OutletQuery {
  domain: string;
  name: string;
}

export interface OutletLookupDeps {
  wd: Pick<WikidataSource, 'search' | 'entities' | 'labels'>;
  cache: {
    many<T>(
      namespace: string,
      ids: string[],
      fetch: (ids: string[]) => Promise<Map<string, T>>,
    ): Promise<{ values: Map<string, T | null> }>;
  };
  /** The language labels come in (the cards'). */
  lang: string;
}

export interface OutletLookupOptions {
  /** Search hits per outlet whose items are fetched to find the one on the outlet's domain. */
  candidates: number;
  /** Outlets looked up per story (the list shows about a dozen). */
  maxOutlets: number;
}

export const DEFAULT_OUTLET_LOOKUP: OutletLookupOptions = { candidates: 3, maxOutlets: 24 };

/** Facts per domain for the outlets Wikidata knows; the others are absent. Never rejects. */
export async function lookupOutlets(
  deps: OutletLookupDeps,
  outlets: readonly OutletQuery[],
  options: Partial<OutletLookupOptions> = {},
): Promise<Map<string, OutletFacts>> {
  const o = { ...DEFAULT_OUTLET_LOOKUP, ...options };
  const names = new Map<string, string>();
  for (const { domain, name } of outlets)
    if (domain && name.trim() && !names.has(domain)) names.set(domain, name.trim());
  const domains = [...names.keys()].slice(0, o.maxOutlets);
  if (!domains.length) return new Map();
  try {
    const reply = await deps.cache.many<OutletFacts>(`wd-outlet:${deps.lang}`, domains, (missing) =>
      fetchFacts(
        deps,
        missing.map((domain) => ({ domain, name: names.get(domain)! })),
        o,
      ),
    );
    return new Map([...reply.values].filter((entry): entry is [string, OutletFacts] => !!entry[1]));
  } catch {
    return new Map();
  }
}

/**
 * One round for the outlets not cached: searches, candidates' items, owners' items, country labels. An outlet
 * whose search failed is left undefined (not cached), one with no item on its domain is left out (cached as none).
 */
async function fetchFacts(
  { wd }: OutletLookupDeps,
  outlets: OutletQuery[],
  o: OutletLookupOptions,
): Promise<Map<string, OutletFacts>> {
  const hits = await Promise.all(outlets.map((outlet) => wd.search(outlet.name).catch(() => null)));
  const ids = [...new Set(hits.flatMap((h) => (h ?? []).slice(0, o.candidates).map((hit) => hit.id)))];
  const items = byId(ids.length ? await wd.entities(ids) : []);
  const found = outlets.map((outlet, i) => {
    const candidates = (hits[i] ?? []).slice(0, o.candidates).flatMap((hit) => items.get(hit.id) ?? []);
    return { outlet, failed: hits[i] === null, entity: outletItem(candidates, outlet.domain) };
  });
  const related = found.flatMap((f) => (f.entity ? [relatedIds(f.entity)] : []));
  const ownerIds = [...new Set(related.flatMap((r) => (r.owner ? [r.owner] : [])))];
  const countryIds = [...new Set(related.flatMap((r) => (r.country ? [r.country] : [])))];
  const [owners, labels] = await Promise.all([
    ownerIds.length ? wd.entities(ownerIds).then(byId) : new Map<string, WdEntity>(),
    countryIds.length ? wd.labels(countryIds) : {},
  ]);
  const out = new Map<string, OutletFacts | undefined>();
  for (const { outlet, failed, entity } of found) {
    if (failed) out.set(outlet.domain, undefined);
    else if (entity) out.set(outlet.domain, outletFacts(entity, owners.get(relatedIds(entity).owner ?? ''), labels));
  }
  // The cache reads an undefined value as "failed, ask again next time".
  return out as Map<string, OutletFacts>;
}

const byId = (entities: WdEntity[]) => new Map(entities.map((e) => [e.id, e]));

/** The outlets of a coverage answer, as the lookup takes them. */
export const outletsOf = (items: readonly CoverageItem[]): OutletQuery[] =>
  items.flatMap((item) => (item.domain && item.outlet ? [{ domain: item.domain, name: item.outlet }] : []));

/**
 * The coverage with each item's owner, country and state funding from Wikidata where it knows the outlet; the
 * curated table's owner stays where Wikidata names none, and either source saying "state-funded" is shown.
 */
export function withOutletFacts(coverage: Coverage, facts: ReadonlyMap<string, OutletFacts>): Coverage {
  if (!facts.size) return coverage;
  return {
    ...coverage,
    items: coverage.items.map((item) => {
      const f = item.domain ? facts.get(item.domain) : undefined;
      if (!f) return item;
      const owner = f.owner ?? item.owner;
      return {
        ...item,
        country: f.country ?? item.country,
        ...(owner ? { owner } : {}),
        ...(f.stateFunded || item.stateFunded ? { stateFunded: true } : {}),
      };
    }),
  };
}
