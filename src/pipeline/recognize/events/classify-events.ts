/**
 * Story, background or announced. The story's own event is what the headline and lead are about ("Putin, Xi to
 * meet…" → the meeting), with the event it takes place in (the summit). Others are placed by their date against the
 * publication day, or by the tense of the sentence that first mentions them.
 */
import type { EventFrame } from '../../../shared/types';
import { dayValue } from '../../../shared/calendar';
import type { Reference } from '../time/reference';
import type { Span } from '../time/sentences';
import { tenseAround } from '../time/tense';
import { valueRange } from '../../../shared/value-range';
import type { Draft } from './merge-mentions';

export interface ClassifyContext {
  text: string;
  sentences: Span[];
  /** Merge keys of the headline's trigger words. */
  titleKeys: Set<string>;
  ref: Reference | null;
  /** How far back an event may lie and still be the story (a report of what just happened). */
  storyMaxAgeDays?: number;
  /** Sentences that make up the lead. */
  leadSentences?: number;
}

type Kind = NonNullable<EventFrame['kind']>;

export function classify(drafts: Draft[], ctx: ClassifyContext): Map<Draft, Kind> {
  const { storyMaxAgeDays = 14, leadSentences = 2 } = ctx;
  const kinds = new Map<Draft, Kind>();
  const pub = ctx.ref ? dayValue(ctx.ref.day) : null;
  const range = (d: Draft) => valueRange(d.when?.value ?? d.known?.when);
  const tooOld = (d: Draft) => {
    const r = range(d);
    if (!r || !pub) return false;
    return (Date.parse(pub) - Date.parse(r.end)) / 86_400_000 > storyMaxAgeDays;
  };
  const candidates = drafts.filter(
    (d) => !d.known && !tooOld(d) && (ctx.titleKeys.has(d.key) || d.mentions.some((m) => m.sentence < leadSentences)),
  );
  const score = (d: Draft) =>
    (ctx.titleKeys.has(d.key) ? 4 : 0) +
    (d.mentions.some((m) => m.sentence === 0) ? 2 : d.mentions.some((m) => m.sentence < leadSentences) ? 1 : 0) +
    (d.who.length ? 1 : 0) +
    Math.min(d.mentions.length, 5) * 0.2;
  const story = candidates.sort((a, b) => score(b) - score(a) || a.mentions[0]!.start - b.mentions[0]!.start)[0];
  // One story per article: the event it is part of (the summit of a meeting) and its parts are placed by date.
  if (story) kinds.set(story, 'story');
  for (const d of drafts) {
    if (kinds.has(d)) continue;
    const r = range(d);
    if (r && pub) {
      kinds.set(d, r.start > pub && d.when?.mod !== 'before' ? 'announced' : 'background');
      continue;
    }
    const m = d.mentions[0]!;
    const s = ctx.sentences[m.sentence]!;
    const tense = tenseAround(ctx.text.slice(s.start, s.end), m.triggerStart - s.start, m.triggerEnd - s.start);
    kinds.set(d, tense === 'future' ? 'announced' : 'background');
  }
  return kinds;
}
