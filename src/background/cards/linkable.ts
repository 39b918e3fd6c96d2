/** The entities that get a card: the linkable kinds, most central first, and the article's outlet. */
import { LINKABLE } from '../../pipeline/link';
import type { LinkableType } from '../../shared/cards';
import { bySalience } from '../../shared/salience';
import type { Article, Entity } from '../../shared/types';

export type Linkable = Entity & { type: LinkableType };

const isLinkable = (e: Entity): e is Linkable => (LINKABLE as readonly string[]).includes(e.type);

/** The `max` most salient entities of a linkable kind with a usable name; names the tagger was unsure of come last. */
export function pickEntities(entities: Entity[], max: number): Linkable[] {
  return entities
    .filter(isLinkable)
    .filter((e) => typeof e.name === 'string' && e.name.trim().length > 1)
    .sort((a, b) => Number(a.unsure === true) - Number(b.unsure === true) || bySalience(a, b))
    .slice(0, max);
}

/** The outlet's own card (shown apart): linked with the article's entities. */
export const publisherOf = (article: Pick<Article, 'publisher'>): Linkable | null =>
  article.publisher ? { type: 'organization', name: article.publisher.slice(0, 200), mentions: [] } : null;
