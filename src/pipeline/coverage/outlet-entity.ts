/**
 * Who owns a news outlet and whether a state funds it, read from its Wikidata item: the item is the outlet's only
 * when its official website (P856) is on the outlet's domain, so a namesake (a "DW" stadium) is never taken for it.
 * Owned by (P127) and parent organization (P749) name the owner; country (P17); state funding from the outlet's
 * classes (P31) or its owner's. Pure: the background fetches the items and labels.
 */
import type { WdEntity, WdStatement } from '../link/types';
import { hostOfUrl, registrableDomain } from './outlets';
import { STATE_OUTLET_CLASSES, STATE_OWNER_CLASSES } from './state-media-classes';

export interface OutletFacts {
  qid: string;
  /** The owner's or parent organization's name; null when the item names neither. */
  owner: string | null;
  ownerId: string | null;
  country: string | null;
  countryId: string | null;
  stateFunded: boolean;
}

/** Statements that still hold: deprecated ones are already gone; ended ones are not current. */
const current = (statements: WdStatement[] | undefined) => {
  const live = (statements ?? []).filter((s) => s.id && !s.end);
  const preferred = live.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : live;
};

/** Whether one of the item's official websites is on `domain` ("tass.com" for https://tass.ru/… is not). */
export function isOfficialSiteOf(entity: WdEntity, domain: string): boolean {
  const target = registrableDomain(domain.toLowerCase());
  return (entity.claims.P856 ?? []).some((s) => {
    const host = s.text ? hostOfUrl(s.text) : '';
    return !!host && registrableDomain(host) === target;
  });
}

/** The item among search candidates whose official website is on the outlet's domain, else null. */
export function outletItem(candidates: readonly WdEntity[], domain: string): WdEntity | null {
  return candidates.find((e) => isOfficialSiteOf(e, domain)) ?? null;
}

/** Ids the facts need next: the owner or parent (their classes say whether a state owns it) and the country. */
export function relatedIds(entity: WdEntity): { owner: string | null; country: string | null } {
  const owner = current(entity.claims.P127)[0]?.id ?? current(entity.claims.P749)[0]?.id ?? null;
  return { owner, country: current(entity.claims.P17)[0]?.id ?? null };
}

const classesOf = (entity: WdEntity | undefined) => current(entity?.claims.P31).map((s) => s.id!);

/** The facts, given the outlet's item, its owner's item (when fetched) and labels for the ids. */
export function outletFacts(
  entity: WdEntity,
  owner: WdEntity | undefined,
  labels: Readonly<Record<string, string>>,
): OutletFacts {
  const ids = relatedIds(entity);
  const stateFunded =
    classesOf(entity).some((c) => c in STATE_OUTLET_CLASSES) ||
    classesOf(owner).some((c) => c in STATE_OWNER_CLASSES || c in STATE_OUTLET_CLASSES);
  return {
    qid: entity.id,
    owner: ids.owner ? (owner?.label ?? labels[ids.owner] ?? null) : null,
    ownerId: ids.owner,
    country: ids.country ? (labels[ids.country] ?? null) : null,
    countryId: ids.country,
    stateFunded,
  };
}
