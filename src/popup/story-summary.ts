/**
 * The header's one-line story: the article's top event as who, what, where and when. Pure, so it is tested on
 * the events the pipeline really produces. Returns null when there is no event worth a line.
 */
import type { EventFrame } from '../shared/types';

export interface StoryLine {
  who: string | null;
  what: string;
  where: string | null;
  when: string | null;
  /** The event's ISO value, for <time dateTime>. */
  whenValue: string | null;
}

export interface StoryOptions {
  /** Names listed before "and N others" is not worth it in one line. */
  maxWho: number;
  maxWhere: number;
  locale?: string;
  /** Of who, where and when, how many the event frame itself must give for the line to be worth trusting. */
  minParts: number;
}

const DEFAULTS: StoryOptions = { maxWho: 3, maxWhere: 2, minParts: 2 };

/** Day and month words: an event name holding one was pieced together from a date ("2024 Tuesday and Election"). */
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tomorrow)\b/i;

/** A name opening with a quantifier speaks of no one event ("any Democratic campaign", "some talks"). */
const QUANTIFIER = /^(?:any|some|every|each|no|another|other|such|many|more|most|several|all)\b/i;

/**
 * A line is shown only when its parts are confident: a name a reader can look up (a proper name, a known event or
 * a phrase of several words; not a bare common noun such as "performance") and at least `minParts` of who, where
 * and when given by the event's own frame (the same sentence or merged mentions), the date from the article's text.
 */
export function isConfident(event: EventFrame, minParts = DEFAULTS.minParts): boolean {
  const name = event.name.trim();
  if (DATE_WORD.test(name) || QUANTIFIER.test(name)) return false;
  if (!event.qid && !/\p{Lu}/u.test(name) && name.split(/\s+/).length < 2) return false;
  const parts =
    (event.who?.length ? 1 : 0) + (event.where?.length ? 1 : 0) + (event.when && event.whenSource !== 'known' ? 1 : 0);
  return parts >= minParts;
}

const conjunctions = new Map<string, Intl.ListFormat | null>();

/**
 * "A, B and C" in the locale, one formatter per locale (null where the engine has none). The first in a process
 * loads the locale's list patterns, which a trace of the first popup after a start put at 3–14 ms: the popup asks
 * for it while its stored state is still on the way (mount.tsx), so the first render finds it made.
 */
export function conjunction(locale?: string): Intl.ListFormat | null {
  const key = locale ?? '';
  if (!conjunctions.has(key)) {
    try {
      conjunctions.set(key, new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
    } catch {
      conjunctions.set(key, null);
    }
  }
  return conjunctions.get(key)!;
}

export function topEvent(events: readonly EventFrame[] | null | undefined): EventFrame | null {
  if (!Array.isArray(events) || !events.length) return null;
  return events.find((e) => e.kind === 'story') ?? (events.some((e) => e.kind) ? null : events[0]!);
}

export function storyLine(
  events: readonly EventFrame[] | null | undefined,
  options: Partial<StoryOptions> = {},
): StoryLine | null {
  const opts = { ...DEFAULTS, ...options };
  const event = topEvent(events);
  if (!event?.name?.trim() || !isConfident(event, opts.minParts)) return null;
  const list = (items: string[]) => conjunction(opts.locale)?.format(items) ?? items.join(', ');
  // A place that is already part of the event's name ("Samarkand summit") says nothing new.
  const where = (event.where ?? []).filter((w) => w && !event.name.includes(w)).slice(0, opts.maxWhere);
  const who = (event.who ?? []).filter((w) => w && !event.name.includes(w)).slice(0, opts.maxWho);
  return {
    who: who.length ? list(who) : null,
    what: event.name.trim(),
    where: where.length ? where.join(', ') : null,
    when: event.whenLabel ?? null,
    whenValue: event.when ?? null,
  };
}
