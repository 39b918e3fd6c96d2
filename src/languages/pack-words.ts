/** Small helpers the language packs build their patterns and lists with, so every pack reads the same way. */
import type { CalendarWords, EventTriggers } from './types';

/** A word as a regular expression's literal text. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole lower-case word out of `words` (the pipeline lower-cases before it tests). */
export function oneOf(words: readonly string[]): RegExp {
  return new RegExp(
    `^(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})$`,
    'u',
  );
}

/** Every trigger noun of the pack's event classes: the words that name an event before its name. */
export function triggerNouns(triggers: EventTriggers): string[] {
  return Object.values(triggers.classes).flatMap((c) => c.nouns.map((n) => n.toLowerCase()));
}

/** Month and weekday names are capitalized in several languages and never names on their own. */
export function calendarNotNames(words: CalendarWords): string[] {
  return [...Object.keys(words.months), ...Object.keys(words.weekdays)];
}

/** Every inflected form of one word, all meaning `value` ("maja", "maj", "maju" → 5). */
export function formsOf<T>(value: T, ...forms: string[]): Record<string, T> {
  return Object.fromEntries(forms.map((f) => [f, value]));
}
