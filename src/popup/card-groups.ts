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
   * Names no source confirms that the article barely uses (one mention, no role, no quote), and names the tagger was
   * unsure of that no link confirms: a full card would be a claim about who or what they are, so they are only named,
   * on one compact line.
   */
  alsoMentioned: Card[];
}

const isCast = (card: Card) => card.type === 'person' || card.type === 'organization';

export function groupCards(cards: readonly Card[], options: Partial<CardGroupOptions> = {}): CardGroups {
  const maxKey = options.maxKey ?? DEFAULT_CARD_GROUPS.maxKey;
  const minMentionsUnconfirmed = options.minMentionsUnconfirmed ?? DEFAULT_CARD_GROUPS.minMentionsUnconfirmed;
  const unconfirmed = (c: Card) =>
    c.status === 'nil' &&
    c.note === 'nil-no-match' &&
    c.inArticle.mentionCount < minMentionsUnconfirmed &&
    !c.inArticle.role &&
    !c.inArticle.quotes.length;
  // A name the tagger was unsure of is a claim only its link can back: unlinked (offline, a failed source, no match),
  // it is named and no more.
  const minor = (c: Card) =>
    c.type !== 'event' && (unconfirmed(c) || (c.inArticle.unsure === true && c.status !== 'linked'));
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

/**
 * The "Also mentioned" line: the minor cards' names, then the names the tagger was unsure of that got no card at all
 * (beyond the cards' cap), each once.
 */
export function alsoMentionedNames(
  groups: CardGroups,
  cards: readonly Card[],
  unsureNames: readonly string[],
): string[] {
  const carded = new Set(cards.map((c) => c.name));
  const loose = unsureNames.filter((name) => !carded.has(name));
  return [...new Set([...groups.alsoMentioned.map((c) => c.name), ...loose])];
}
