/** The article's entities as the coverage query and the reading history want them. */
import { entityKeysOf, type QueryEntity } from '../../pipeline/coverage';
import { bySalience } from '../../shared/salience';
import type { Entity } from '../../shared/types';
import type { HistoryEntity } from '../history/db';

/** Wikidata links by entity name, when the knowledge step has run (optional: coverage works without them). */
export type EntityLinks = Record<string, { qid?: string; label?: string }>;

/** Entities with their Wikidata link when known, most central first. */
export function withLinks(entities: Entity[], links: EntityLinks = {}): QueryEntity[] {
  return [...entities].sort(bySalience).map((e) => {
    const link = links[e.name] ?? (e as Entity & { qid?: string; label?: string });
    return {
      type: e.type,
      name: e.name,
      salience: e.salience,
      mentions: e.mentions,
      qid: link.qid,
      label: link.label,
    };
  });
}

export function historyEntities(entities: QueryEntity[]): HistoryEntity[] {
  return entities
    .filter((e) => e.type !== 'date')
    .map((e) => ({ keys: entityKeysOf(e), name: e.label || e.name, type: e.type }));
}
