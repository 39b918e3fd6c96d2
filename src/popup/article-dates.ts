/** The article's own date phrases ("next week") with the days they stand for ("Sep 12 – 18, 2022"), in text order. */
import type { Entity } from '../shared/types';
import { eventWhenLabel } from './event-timeline';

export interface ResolvedDate {
  phrase: string;
  /** The day or span in the reader's locale; null when the phrase has no value the popup can place. */
  days: string | null;
  value: string | null;
}

export function resolveDates(entities: readonly Entity[], locale?: string): ResolvedDate[] {
  return entities
    .filter((e) => e.type === 'date')
    .map((e) => {
      const value = e.value ?? e.mentions[0]?.value ?? null;
      const days = value ? eventWhenLabel({ when: value }, locale) : null;
      return { phrase: e.name, days: days && days !== e.name ? days : null, value };
    });
}
