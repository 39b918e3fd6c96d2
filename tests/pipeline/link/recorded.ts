/**
 * Candidate sets in the recorded format: raw wbgetentities JSON (as the fake API serves it) run through the same
 * normalization the extension uses, so ranking tests see exactly what production sees.
 */
import { normalizeEntities } from '../../../src/pipeline/link/wikidata-raw';
import type { Candidate, WdEntity } from '../../../src/pipeline/link/types';
import { ALL_LABELS, ENTITIES } from '../../fixtures/api/wikimedia/entities';
import { toRawEntity, type EntitySpec } from '../../fixtures/api/wikimedia/format';

export function rawEntities(specs: EntitySpec[]): unknown {
  return { entities: Object.fromEntries(specs.map((s) => [s.id, toRawEntity(s)])), success: 1 };
}

export function entitiesFrom(specs: EntitySpec[]): WdEntity[] {
  return normalizeEntities(JSON.parse(JSON.stringify(rawEntities(specs)))).entities;
}

export const spec = (id: string): EntitySpec => {
  const found = ENTITIES.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture entity ${id}`);
  return found;
};

/** Candidates in search order; `titleHit` names the id the exact Wikipedia title resolves to. */
export function candidates(specs: EntitySpec[], titleHit?: string): Candidate[] {
  return entitiesFrom(specs).map((entity, i) => ({ entity, searchRank: i, titleHit: entity.id === titleHit }));
}

/** A card input for one fixture item, as the card service builds it (the entity is the caller's). */
export function cardInput(wd: WdEntity, asOf: string | null) {
  return {
    wd,
    labels: ALL_LABELS,
    page: null,
    image: null,
    asOf,
    lang: 'en',
    commonsFileBase: 'https://commons.wikimedia.org/wiki/Special:FilePath/',
    confidence: 0.9,
    alternatives: [],
  };
}
