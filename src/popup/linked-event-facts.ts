/**
 * Background events the article names without a date or place take them from their linked Wikidata item (the card
 * already holds them as of the article's date), so the timeline and story clock can place them. What the article's
 * own text says always stands; the date is marked as reference knowledge.
 */
import type { Card } from '../shared/cards';
import type { EventFrame } from '../shared/types';

export function withLinkedEventFacts(events: readonly EventFrame[], cards: readonly Card[] | undefined): EventFrame[] {
  const byFrame = new Map<string, NonNullable<Card['event']>>();
  for (const card of cards ?? [])
    if (card.status === 'linked' && card.event?.frameId) byFrame.set(card.event.frameId, card.event);
  return events.map((frame) => {
    const linked = frame.id ? byFrame.get(frame.id) : undefined;
    if (!linked || (frame.kind ?? 'background') !== 'background') return frame;
    const out: EventFrame = { ...frame };
    if (!frame.when && linked.when) {
      out.when = linked.when;
      out.whenSource = 'known';
      if (linked.whenMod) out.whenMod = linked.whenMod;
      delete out.whenLabel;
      delete out.precision;
    }
    if (!frame.where?.length && linked.where.length) out.where = linked.where;
    return out;
  });
}
