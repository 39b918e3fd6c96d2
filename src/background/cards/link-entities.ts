/**
 * The second step of linking: each entity's candidate ids (exact title, a known event's QID, a disambiguation
 * page's meanings, search hits, the reader's pick), their Wikidata statements, then linkAll's two-pass ranking.
 */
import { type Candidate, cardKey, type EntityCandidates, linkAll, type WdEntity } from '../../pipeline/link';
import type { EventFrame } from '../../shared/types';
import type { Cache, ManyResult } from '../cache/cache';
import type { WikidataSource } from '../sources/wikidata';
import { frameOf } from './event-frames';
import type { Candidates } from './find-candidates';
import type { Linkable } from './linkable';

/** One entity's linking outcome, and its decision (linked to a QID, or why not). */
export type LinkResult = ReturnType<typeof linkAll>[number];
export type LinkDecision = LinkResult['decision'];

/** The reader's earlier picks by card key: a QID, null for "none of these", undefined for none made. */
export type Picks = Map<string, string | null | undefined>;

interface CandidateIds {
  ids: string[];
  titleQid: string | null;
  searchRank: Map<string, number>;
}

export interface LinkContext {
  found: Candidates;
  picks: Picks;
  events: EventFrame[] | undefined;
  maxCandidates: number;
  maxDisambiguationLinks: number;
}

function candidateIdsOf(e: Linkable, { found, picks, events, ...max }: LinkContext): CandidateIds {
  const { titles, searches, linked } = found;
  const page = titles.values.get(e.name);
  const titleQid = page && !page.missing && !page.disambiguation ? page.qid : null;
  const fromLinks = page?.disambiguation
    ? (page.links ?? [])
        .slice(0, max.maxDisambiguationLinks)
        .map((t) => linked?.values.get(t)?.qid)
        .filter((q): q is string => !!q)
    : [];
  const hits = (searches.values.get(e.name) ?? []).slice(0, max.maxCandidates);
  const forced = picks.get(cardKey(e));
  // A well-known event the events stage recognized comes with its QID: as good as an exact title.
  const frameQid = e.type === 'event' ? (frameOf(e, events)?.qid ?? null) : null;
  const ids = [
    ...new Set([titleQid, frameQid, ...fromLinks, ...hits.map((h) => h.id), forced].filter((q): q is string => !!q)),
  ];
  return { ids, titleQid: titleQid ?? frameQid, searchRank: new Map(hits.map((h, i) => [h.id, i])) };
}

export interface Linked {
  records: ManyResult<WdEntity>;
  results: Map<string, LinkResult>;
}

/** Fetches the candidates' statements (through the cache) and ranks them against the article. */
export async function linkEntities(
  cache: Cache,
  wd: WikidataSource,
  lang: string,
  all: Linkable[],
  context: LinkContext & { title: string; asOf: string },
): Promise<Linked> {
  const candidateIds = new Map(all.map((e) => [cardKey(e), candidateIdsOf(e, context)]));
  const allIds = [...new Set([...candidateIds.values()].flatMap((c) => c.ids))];
  const records = await cache.many<WdEntity>(
    `wd-entity:${lang}`,
    allIds,
    async (ids) => new Map((await wd.entities(ids)).map((en) => [en.id, en])),
  );
  const items: EntityCandidates[] = all.map((e) => {
    const c = candidateIds.get(cardKey(e))!;
    const candidates: Candidate[] = c.ids
      .map((id) => records.values.get(id))
      .filter((en): en is WdEntity => !!en)
      .map((entity) => ({
        entity,
        searchRank: c.searchRank.get(entity.id) ?? null,
        titleHit: entity.id === c.titleQid,
      }));
    return { key: cardKey(e), entity: e, candidates, forced: context.picks.get(cardKey(e)) };
  });
  const ranked = linkAll(items, { title: context.title, asOf: context.asOf });
  return { records, results: new Map(ranked.map((r) => [r.key, r])) };
}
