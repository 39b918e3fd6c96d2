/** The entities that get a card: the linkable kinds, most central first, and the article's outlet. */
import { LINKABLE, type LinkableType } from '../../pipeline/link/types';
import type { Article, Entity } from '../../shared/types';

export type Linkable = Entity & { type: LinkableType };

const isLinkable = (e: Entity): e is Linkable => (LINKABLE as readonly string[]).includes(e.type);

/** The `max` most salient entities of a linkable kind with a usable name. */
export function pickEntities(entities: Entity[], max: number): Linkable[] {
  return entities
    .filter(isLinkable)
    .filter((e) => typeof e.name === 'string' && e.name.trim().length > 1)
    .sort((a, b) => (b.salience ?? b.mentions.length) - (a.salience ?? a.mentions.length))
    .slice(0, max);
}

/** The outlet's own card (shown apart): linked with the article's entities. */
export const publisherOf = (article: Pick<Article, 'publisher'>): Linkable | null =>
  article.publisher ? { type: 'organization', name: article.publisher.slice(0, 200), mentions: [] } : null;
