/** What the article's own event frames add to an event's card. */
import type { Card } from '../../shared/cards';
import type { Entity, EventFrame } from '../../shared/types';

/** The event frame an event entity stands for: the one whose mentions overlap the entity's, else the same name. */
export function frameOf(entity: Entity, frames: EventFrame[] | undefined): EventFrame | null {
  if (!frames?.length) return null;
  const overlaps = (f: EventFrame) =>
    f.mentions.some((m) => entity.mentions.some((n) => n.start < m.end && m.start < n.end));
  const name = entity.name.toLowerCase();
  return frames.find(overlaps) ?? frames.find((f) => f.name.toLowerCase().replace(/^\d{4}\s+/, '') === name) ?? null;
}

/** What the article itself says about an event (when, where, who), for a card Wikipedia could not fill. */
export function withFrameFacts(card: Card, frame: EventFrame | null): Card {
  if (!frame) return card;
  const facts = [
    frame.whenLabel ? { key: 'date', value: frame.whenLabel } : null,
    frame.where?.length ? { key: 'location', value: frame.where.slice(0, 3).join(', ') } : null,
    frame.who?.length ? { key: 'participants', value: frame.who.slice(0, 5).join(', ') } : null,
  ].filter((f): f is { key: string; value: string } => !!f);
  return { ...card, facts: [...card.facts, ...facts] };
}
