/**
 * Which cards the first screen shows: the most salient people and organizations (the background already orders
 * cards by salience), up to `maxKey`; the rest wait one click away, grouped by what they are.
 */
import type { Card } from '../shared/cards';

export interface CardGroupOptions {
  /** Cards on the first screen: enough for the story's cast, few enough to leave room for when and who reports. */
  maxKey: number;
}

export const DEFAULT_CARD_GROUPS: CardGroupOptions = { maxKey: 5 };

export interface CardGroups {
  key: Card[];
  morePeople: Card[];
  places: Card[];
  namedEvents: Card[];
}

const isCast = (card: Card) => card.type === 'person' || card.type === 'organization';

export function groupCards(cards: readonly Card[], options: Partial<CardGroupOptions> = {}): CardGroups {
  const maxKey = options.maxKey ?? DEFAULT_CARD_GROUPS.maxKey;
  const cast = cards.filter(isCast);
  return {
    key: cast.slice(0, maxKey),
    morePeople: cast.slice(maxKey),
    places: cards.filter((c) => c.type === 'place'),
    namedEvents: cards.filter((c) => c.type === 'event'),
  };
}
