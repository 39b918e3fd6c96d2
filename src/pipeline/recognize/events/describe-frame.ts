/**
 * A draft becomes the plain-JSON EventFrame the popup shows: a name a reader recognizes ("Putin–Xi meeting",
 * "2022 Shanghai Cooperation Organization summit", "war in Ukraine"), the date at its own precision, and a kind.
 */
import type { EventFrame } from '../../../shared/types';
import { formatWhen, valueRange } from '../../../shared/value-range';
import { shortName } from './entity-index';
import type { Draft } from './merge-mentions';
import { triggerClass } from './lexicon';

const YEAR_NAMED = new Set(['summit', 'election', 'contest', 'protest']);
const LEADING =
  /^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|first|last|next|same|latest|recent|new|scheduled|[\w-]+['’]s)\s+)+/i;

export function frameName(d: Draft, text: string): string {
  if (d.known) return d.known.name;
  const year = d.when?.value ? valueRange(d.when.value)?.start.slice(0, 4) : undefined;
  if (d.name)
    return year && YEAR_NAMED.has(d.classId ?? '') && !/\b\d{4}\b/.test(d.name) ? `${year} ${d.name}` : d.name;
  const cls = triggerClass(d.classId ?? '')?.name ?? 'event';
  const people = d.who.filter((e) => e.type === 'person').map(shortName);
  const actors = people.length >= 2 ? people : d.who.map(shortName);
  if ((d.classId === 'meeting' || d.classId === 'visit') && actors.length >= 2)
    return `${actors.slice(0, 3).join('–')} ${cls}`;
  if (d.classId === 'war' && d.where.length) return `war in ${d.where[0]!.name}`;
  if (d.classId === 'collapse' && d.who.length) return `collapse of ${d.who[0]!.name}`;
  const verbOnly = d.mentions.every((m) => m.pos === 'verb');
  if (verbOnly && actors.length) return `${actors.slice(0, 3).join(' and ')} ${d.mentions[0]!.trigger}`;
  const phrase = nounPhrase(d, text);
  if (phrase) return phrase;
  return actors.length ? `${cls} of ${actors.slice(0, 3).join(' and ')}` : cls;
}

/**
 * The first noun mention, without articles and possessives: "their first face-to-face meeting" → "face-to-face
 * meeting".
 */
function nounPhrase(d: Draft, text: string): string | null {
  const m =
    d.mentions.find((x) => x.pos === 'noun' && x.determiner !== 'demonstrative') ??
    d.mentions.find((x) => x.pos === 'noun');
  if (!m) return null;
  const phrase = text.slice(m.start, m.end).replace(/\s+/g, ' ').replace(LEADING, '').trim();
  if (!phrase) return null;
  if (/^[A-Z\s’'-]+$/.test(phrase)) return phrase.toLowerCase(); // a headline in capitals
  // "Police violence" at the start of a sentence is a common noun; "Donald Trump’s election" keeps its name.
  const first = /^[A-Z][a-z]+/.exec(phrase)?.[0];
  return first && new RegExp(`(?:^|[^.!?]\\s)${first.toLowerCase()}\\b`).test(text)
    ? first.toLowerCase() + phrase.slice(first.length)
    : phrase;
}

/**
 * The date to show: the article's own unless it is only approximate ("over six months ago" → "before Mar 2022") and
 * reference knowledge has the event's real date. A known span that ends after the article was published is
 * shown as ongoing ("since Jan 2020"): the reader sees what was true on the article's day.
 */
function frameWhen(
  d: Draft,
  publishedDay: string | null,
): { value: string; source: 'text' | 'known'; mod?: string } | null {
  const text = d.when?.value;
  const known = d.known?.when;
  const approximate = d.when?.mod === 'before' || d.when?.mod === 'after' || d.when?.mod === 'approx';
  if (text && !(known && approximate))
    return { value: text, source: 'text', ...(d.when?.mod ? { mod: d.when.mod } : {}) };
  if (!known) return null;
  const [start, end] = known.split('/');
  if (publishedDay && end && valueRange(end) && valueRange(end)!.start > publishedDay)
    return { value: start!, source: 'known', mod: 'since' };
  return { value: known, source: 'known' };
}

export function toFrame(
  d: Draft,
  text: string,
  kind: EventFrame['kind'],
  publishedDay: string | null = null,
): EventFrame {
  const first = d.mentions[0]!;
  const frame: EventFrame = {
    id: d.id,
    name: frameName(d, text),
    kind,
    trigger: first.pos === 'known' || first.pos === 'name' ? first.trigger : first.trigger.toLowerCase(),
    mentions: [],
  };
  const when = frameWhen(d, publishedDay);
  if (when) {
    frame.when = when.value;
    frame.whenSource = when.source;
    if (when.mod) frame.whenMod = when.mod as EventFrame['whenMod'];
    frame.precision = valueRange(when.value)?.precision;
    frame.whenLabel = formatWhen(when.value, frame.whenMod) ?? undefined;
  }
  if (d.where.length) frame.where = d.where.map((e) => e.name);
  if (d.who.length) frame.who = d.who.map((e) => e.name);
  if (d.partOf) frame.partOf = d.partOf.id;
  if (d.known?.qid) frame.qid = d.known.qid;
  frame.mentions = d.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end }));
  return frame;
}
