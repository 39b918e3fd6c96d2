/**
 * Events in an article: named events and trigger-based event mentions with their frame: what, who (the
 * article's people and organizations), where (its places), when (a date normalized against publishedAt) and the
 * sentence it comes from. The story's own event comes first, then the others in date order.
 */
import type { LanguagePack } from '../../../languages/types';
import type { Entity, EventFrame } from '../../../shared/types';
import { dayValue } from '../../../shared/calendar';
import { findDates, type DateMention } from '../time/find-dates';
import { readReference } from '../time/reference';
import { splitSentences, type Span } from '../time/sentences';
import { valueRange } from '../../../shared/value-range';
import { attachDates, readArguments, type Arguments, type DateSpan } from './arguments';
import { classify } from './classify-events';
import { toFrame } from './describe-frame';
import { indexEntities } from './entity-index';
import { findMentions, type EventMention } from './find-mentions';
import { classOfName, headOf, mergeKey } from './lexicon';
import { localArgumentPatterns } from './local-arguments';
import { mergeMentions, type Draft } from './merge-mentions';

export interface EventContext {
  publishedAt?: string | null;
  title?: string;
  /** Dates already found in `text` (recognize has them); found here when absent. */
  dates?: DateMention[];
  /** Keep frames with nothing but a bare verb ("won", "killed"): off for readers, on to measure recall. */
  includeWeak?: boolean;
  maxLength?: number;
  maxMentions?: number;
  /** The article's language: outside English its words read who and where (EventArgumentWords). */
  pack?: LanguagePack;
}

export function findEvents(text: string, entities: Entity[], context: EventContext = {}): EventFrame[] {
  if (typeof text !== 'string' || !text) return [];
  try {
    return run(
      text.length > (context.maxLength ?? 500_000) ? text.slice(0, context.maxLength ?? 500_000) : text,
      entities,
      context,
    );
  } catch {
    // Pipeline code never throws on hostile input: no events is an honest answer.
    return [];
  }
}

function run(text: string, entities: Entity[], context: EventContext): EventFrame[] {
  const ref = readReference(context.publishedAt);
  const publishedYear = ref?.day.y ?? null;
  const sentences = splitSentences(text);
  const spans = indexEntities(entities, text);
  const dates = context.dates ?? findDates(text, { publishedAt: context.publishedAt });
  const mentions: EventMention[] = [];
  sentences.forEach((s, i) => {
    mentions.push(...findMentions(text.slice(s.start, s.end), s.start, i, publishedYear));
  });
  addNamedEventEntities(text, entities, sentences, mentions);
  mentions.sort((a, b) => a.start - b.start);
  // A hostile page with thousands of triggers must not stall the popup: the first ones tell the story.
  mentions.splice(context.maxMentions ?? 2000);

  const args = new Map<EventMention, Arguments>();
  const local = localArgumentPatterns(context.pack);
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    const nextStart = next && next.sentence === m.sentence ? next.start : Infinity;
    args.set(m, readArguments(text, m, sentences[m.sentence]!, spans, nextStart, local));
  });
  const attached = new Map<EventMention, DateSpan>();
  for (const s of sentences) for (const [m, d] of attachDates(mentions, dates, s)) attached.set(m, d);

  const drafts = mergeMentions(text, mentions, args, attached, publishedYear).filter(
    (d) => context.includeWeak || !isWeak(d),
  );
  // Headlines capitalize every word; read them in lower case for their trigger words ("Is Arrested", "Bombings").
  const titleKeys = new Set(findMentions((context.title ?? '').toLowerCase(), 0, -1, publishedYear).map((m) => m.key));
  const kinds = classify(drafts, { text, sentences, titleKeys, ref });
  const publishedDay = ref ? dayValue(ref.day) : null;
  const frames = drafts.map((d) => {
    const frame = toFrame(d, text, kinds.get(d), publishedDay);
    const s = sentences[d.mentions[0]!.sentence];
    if (s) frame.sentence = text.slice(s.start, s.end);
    return frame;
  });
  return order(context.includeWeak ? frames : frames.filter((f, i) => !isGeneric(drafts[i]!, f)));
}

/** Named events the recognizer found that the trigger lexicon does not know ("the Boston Marathon bombing"). */
function addNamedEventEntities(text: string, entities: Entity[], sentences: Span[], mentions: EventMention[]): void {
  for (const e of Array.isArray(entities) ? entities : []) {
    if (e?.type !== 'event' || typeof e.name !== 'string') continue;
    for (const m of Array.isArray(e.mentions) ? e.mentions : []) {
      if (
        !Number.isInteger(m?.start) ||
        !Number.isInteger(m?.end) ||
        m.start < 0 ||
        m.end > text.length ||
        m.end <= m.start
      )
        continue;
      if (mentions.some((x) => m.start < x.end && x.start < m.end)) continue;
      const sentence = sentences.findIndex((s) => m.start >= s.start && m.end <= s.end);
      if (sentence < 0) continue;
      const head = headOf(e.name) ?? e.name.toLowerCase();
      mentions.push({
        start: m.start,
        end: m.end,
        trigger: text.slice(m.start, m.end),
        triggerStart: m.start,
        triggerEnd: m.end,
        classId: classOfName(e.name),
        key: mergeKey(head),
        pos: 'name',
        name: e.name,
        determiner: 'bare',
        plural: false,
        generic: false,
        sentence,
      });
    }
  }
}

/** Too thin to show a reader: a bare verb ("won", "ruled") with less than two of who, where and when. */
function isWeak(d: Draft): boolean {
  if (d.known || d.name) return false;
  const facts = (d.who.length ? 1 : 0) + (d.when ? 1 : 0) + (d.where.length ? 1 : 0);
  if (d.mentions.every((m) => m.pos === 'verb')) return facts < 2;
  // "a different quality of discussion": one bare abstract noun, tied to nothing in the article.
  return facts === 0 && d.mentions.length === 1 && d.mentions[0]!.determiner === 'bare' && !d.mentions[0]!.plural;
}

/**
 * A fragment, not an event a reader can look up or place: beside the story, an unnamed, unknown event that the
 * article gives no precise date for ("gas deals", "an international trip", "war games" in recent weeks, "China
 * cracked down" over the last several years).
 */
function isGeneric(d: Draft, frame: EventFrame): boolean {
  if (frame.kind === 'story' || d.known || d.name) return false;
  return !frame.when || frame.whenMod === 'approx' || frame.whenMod === 'before' || frame.whenMod === 'after';
}

const KIND_ORDER = { story: 0, background: 1, announced: 1 } as const;

/** The story first; then by date (undated last), then by where the article first mentions them. */
function order(frames: EventFrame[]): EventFrame[] {
  const start = (f: EventFrame) => valueRange(f.when)?.start ?? '9999';
  return frames
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.f.kind ?? 'background'] - KIND_ORDER[b.f.kind ?? 'background'] ||
        (a.f.kind === 'story' && b.f.kind === 'story' ? a.i - b.i : start(a.f).localeCompare(start(b.f)) || a.i - b.i),
    )
    .map(({ f }) => f);
}
