/**
 * Which cards the first screen shows: the most salient people and organizations (the background already orders
 * cards by salience), up to `maxKey`; the rest wait one click away, grouped by what they are.
 */
import type { Card } from '../shared/cards';

export interface CardGroupOptions {
  /** Cards on the first screen: enough for the story's cast, few enough to leave room for when and who reports. */
  maxKey: number;
  /** A card nothing confirms is a full card only from this many mentions (or with a role or quote). */
  minMentionsUnconfirmed: number;
}

export const DEFAULT_CARD_GROUPS: CardGroupOptions = { maxKey: 5, minMentionsUnconfirmed: 2 };

export interface CardGroups {
  key: Card[];
  morePeople: Card[];
  places: Card[];
  namedEvents: Card[];
  /**
   * Names no source confirms that the article barely uses (one mention, no role, no quote): a full card would be a
   * claim about who or what they are, so they are only named, on one compact line.
   */
  alsoMentioned: Card[];
}

const isCast = (card: Card) => card.type === 'person' || card.type === 'organization';

export function groupCards(cards: readonly Card[], options: Partial<CardGroupOptions> = {}): CardGroups {
  const maxKey = options.maxKey ?? DEFAULT_CARD_GROUPS.maxKey;
  const minMentionsUnconfirmed = options.minMentionsUnconfirmed ?? DEFAULT_CARD_GROUPS.minMentionsUnconfirmed;
  const minor = (c: Card) =>
    c.type !== 'event' &&
    c.status === 'nil' &&
    c.note === 'nil-no-match' &&
    c.inArticle.mentionCount < minMentionsUnconfirmed &&
    !c.inArticle.role &&
    !c.inArticle.quotes.length;
  const shown = cards.filter((c) => !minor(c));
  const cast = shown.filter(isCast);
  return {
    key: cast.slice(0, maxKey),
    morePeople: cast.slice(maxKey),
    places: shown.filter((c) => c.type === 'place'),
    namedEvents: shown.filter((c) => c.type === 'event'),
    alsoMentioned: cards.filter(minor),
  };
}
