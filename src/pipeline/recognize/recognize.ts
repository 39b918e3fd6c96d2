/**
 * Entity recognition entry point: article text in, entities and events out (offsets index `text`).
 * People, organizations, places and named events come from the on-device tagger (ner/); dates from
 * time/find-dates; event frames from events/find-events, which build on the entities.
 */
import type { Analysis, Entity } from '../../shared/types';
import { findEvents } from './events/find-events';
import { findEntities } from './ner/entities';
import { isEnglish } from './ner/language';
import { shippedModel } from '../../languages/en/ner-model';
import { findDates, type DateMention } from './time/find-dates';

export interface RecognizeContext {
  title?: string;
  /** ISO 8601 publication date: relative dates resolve against it. */
  publishedAt?: string | null;
  lang?: string | null;
}

export interface RecognizeOptions {
  /** Text beyond this many characters is not analyzed (a bound on time and memory for huge pages). */
  maxChars?: number;
}

export function recognize(text: string, context: RecognizeContext = {}, options: RecognizeOptions = {}): Analysis {
  if (typeof text !== 'string' || !text.trim()) return { entities: [], events: [] };
  const body = bounded(text, options);
  return withDatesAndEvents(body, namedEntities(body, context), context);
}

/**
 * recognize() in two steps, for a caller that can start work on the names while the rest is found (the background
 * sends its first Wikipedia lookups): `onNamed` gets the people, organizations, places and named events, and what it
 * returns is awaited (the event loop gets its turn) before dates and event frames are found. Same result.
 */
export async function recognizeInSteps(
  text: string,
  context: RecognizeContext,
  options: RecognizeOptions,
  onNamed: (named: Entity[]) => unknown,
): Promise<Analysis> {
  if (typeof text !== 'string' || !text.trim()) return { entities: [], events: [] };
  const body = bounded(text, options);
  const named = namedEntities(body, context);
  await onNamed(named);
  return withDatesAndEvents(body, named, context);
}

const bounded = (text: string, { maxChars = 200_000 }: RecognizeOptions) =>
  text.length > maxChars ? text.slice(0, maxChars) : text;

// The tagger knows English only; elsewhere it would list capitalized nouns as names.
const namedEntities = (body: string, context: RecognizeContext) =>
  isEnglish(body, context.lang) ? safely(() => findEntities(body, shippedModel(), { title: context.title })) : [];

function withDatesAndEvents(body: string, named: Entity[], context: RecognizeContext): Analysis {
  const entities = [...named, ...dateEntities(findDates(body, { publishedAt: context.publishedAt }))];
  const events = findEvents(body, entities, { publishedAt: context.publishedAt, title: context.title });
  return { entities, events };
}

/** A failure in the recognizer (a bug, never expected) must not lose the dates and events found beside it. */
function safely(find: () => Entity[]): Entity[] {
  try {
    return find();
  } catch {
    return [];
  }
}

/** Date mentions as `date` entities, one per normalized value (or per text when there is no value). */
export function dateEntities(dates: readonly DateMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const d of dates) {
    const key = d.value ?? `text:${d.text.toLowerCase()}`;
    const mention = { text: d.text, start: d.start, end: d.end, ...(d.value ? { value: d.value } : {}) };
    const entity = byKey.get(key);
    if (entity) entity.mentions.push(mention);
    else
      byKey.set(key, {
        type: 'date',
        name: d.text,
        ...(d.value ? { value: d.value } : {}),
        ...(d.value && d.mod ? { mod: d.mod } : {}),
        mentions: [mention],
      });
  }
  return [...byKey.values()];
}
