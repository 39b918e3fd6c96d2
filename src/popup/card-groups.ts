/**
 * Which cards get a full card and which a name in the compact "Also mentioned" line. A full card is a claim about
 * who or what a name is; one the sources could not confirm and the article barely uses (one mention, no role, no
 * quote) is not worth that claim. Event cards are not here: the Events section shows the events. Pure, for tests.
 */
import type { Card } from '../pipeline/link/types';

export interface CardGroupOptions {
  /** A card nothing confirms is shown in full only from this many mentions in the article. */
  minMentionsUnconfirmed: number;
}

const DEFAULTS: CardGroupOptions = { minMentionsUnconfirmed: 2 };

export interface CardGroups {
  full: Card[];
  alsoMentioned: Card[];
}

export function groupCards(cards: readonly Card[], options: Partial<CardGroupOptions> = {}): CardGroups {
  const { minMentionsUnconfirmed } = { ...DEFAULTS, ...options };
  const full: Card[] = [];
  const alsoMentioned: Card[] = [];
  for (const card of cards) {
    if (card.type === 'event') continue;
    const unconfirmed = card.status === 'nil' && card.note === 'nil-no-match';
    const thin =
      card.inArticle.mentionCount < minMentionsUnconfirmed && !card.inArticle.role && !card.inArticle.quotes.length;
    (unconfirmed && thin ? alsoMentioned : full).push(card);
  }
  return { full, alsoMentioned };
}
