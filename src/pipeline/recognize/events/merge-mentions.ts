/**
 * Mentions of one event become one draft frame: the same well-known event or name, or a mention of the same class
 * ("this summit" after "the Shanghai Cooperation Organization summit") whose people, places and dates do not
 * contradict it. Then "meet during the summit" links the meeting to the summit: the summit gets its participants,
 * the meeting the summit's date and place when they are more precise.
 */
import { overlaps, spanDays, valueRange } from '../../../shared/value-range';
import type { Arguments, DateSpan } from './arguments';
import type { EntitySpan } from './entity-index';
import type { EventMention } from './find-mentions';
import type { KnownEvent } from './lexicon';

export interface Draft {
  id: string;
  classId?: string;
  key: string;
  known?: KnownEvent;
  name?: string;
  mentions: EventMention[];
  who: EntitySpan[];
  where: EntitySpan[];
  when?: DateSpan;
  partOf?: Draft;
  parts: Draft[];
}

const key = (e: EntitySpan) => `${e.type}:${e.name}`;

function addAll(target: EntitySpan[], items: EntitySpan[]): void {
  for (const e of items) if (!target.some((t) => key(t) === key(e))) target.push(e);
}

function disjointNonEmpty(a: EntitySpan[], b: EntitySpan[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => key(x) === key(y)));
}

function compatible(d: Draft, args: Arguments, date: DateSpan | undefined): boolean {
  if (disjointNonEmpty(d.where, args.where)) return false;
  const people = (list: EntitySpan[]) => list.filter((e) => e.type === 'person');
  if (disjointNonEmpty(people(d.who), people(args.who))) return false;
  if (date?.value && d.when?.value && !overlaps(date.value, d.when.value)) return false;
  return true;
}

/** A well-known event still under way takes plain mentions ("Moscow's war effort"); a finished one only its names. */
function acceptsPlainMentions(d: Draft, publishedYear: number | null): boolean {
  if (!d.known) return true;
  const range = valueRange(d.known.when);
  return (
    publishedYear !== null &&
    range !== null &&
    Number(range.end.slice(0, 4)) >= publishedYear - 1 &&
    Number(range.start.slice(0, 4)) >= publishedYear - 1
  );
}

function narrower(a: DateSpan | undefined, b: DateSpan | undefined): DateSpan | undefined {
  if (!a?.value) return b;
  if (!b?.value) return a;
  return spanDays(b.value) < spanDays(a.value) ? b : a;
}

export function mergeMentions(
  text: string,
  mentions: EventMention[],
  args: Map<EventMention, Arguments>,
  dates: Map<EventMention, DateSpan>,
  publishedYear: number | null,
): Draft[] {
  const drafts: Draft[] = [];
  const owner = new Map<EventMention, Draft>();
  const open = (m: EventMention): Draft => {
    const d: Draft = {
      id: `e${drafts.length + 1}`,
      classId: m.classId,
      key: m.key,
      known: m.known,
      name: m.name,
      mentions: [],
      who: [],
      where: [],
      parts: [],
    };
    drafts.push(d);
    return d;
  };
  for (const m of mentions) {
    if (m.generic) continue;
    const a = args.get(m) ?? { who: [], where: [] };
    const date = dates.get(m);
    let target: Draft | undefined;
    if (m.known) target = drafts.find((d) => d.known?.name === m.known!.name);
    else if (m.name) {
      target =
        drafts.find((d) => d.name?.toLowerCase() === m.name!.toLowerCase()) ??
        findLast(drafts, (d) => !d.known && !d.name && d.key === m.key && compatible(d, a, date));
    } else {
      // A bare verb joins an event already named by a noun, or one it shares a participant with: "injured" in
      // two paragraphs may be two incidents.
      const joinable = (d: Draft) =>
        m.pos !== 'verb' ||
        d.mentions.some((x) => x.pos !== 'verb') ||
        a.who.some((e) => d.who.some((w) => key(w) === key(e)));
      target = findLast(
        drafts,
        (d) =>
          d.key === m.key &&
          joinable(d) &&
          compatible(d, a, date) &&
          (!d.known || (acceptsPlainMentions(d, publishedYear) && m.determiner !== 'indefinite')),
      );
    }
    const d = target ?? open(m);
    if (!d.name && m.name) d.name = m.name;
    d.mentions.push(m);
    addAll(d.who, a.who);
    addAll(d.where, a.where);
    d.when = narrower(d.when, date);
    owner.set(m, d);
  }
  linkParts(text, mentions, owner);
  return drafts;
}

/** The most recent draft that fits (Array.prototype.findLast needs ES2023 in every browser we support). */
function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

const DURING = /^\s+(?:[\w'’-]+\s+){0,3}?(?:during|at|on the sidelines of|in the course of|as part of)\s+$/i;

function linkParts(text: string, mentions: EventMention[], owner: Map<EventMention, Draft>): void {
  for (const m of mentions) {
    const a = owner.get(m);
    if (!a) continue;
    for (const n of mentions) {
      // "meet during the … summit": the linked mention follows closely in the same sentence.
      if (n.start <= m.triggerEnd || n.start - m.triggerEnd > 60 || n.sentence !== m.sentence) continue;
      const b = owner.get(n);
      if (!b || a === b || b.partOf === a) continue;
      if (!DURING.test(text.slice(m.triggerEnd, n.start))) continue;
      a.partOf = b;
      if (!b.parts.includes(a)) b.parts.push(a);
      addAll(b.who, a.who);
      if (!a.where.length) addAll(a.where, b.where);
      if (
        b.when?.value &&
        (!a.when?.value || (overlaps(a.when.value, b.when.value) && spanDays(b.when.value) < spanDays(a.when.value)))
      )
        a.when = b.when;
    }
  }
}
