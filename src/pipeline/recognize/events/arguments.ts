/**
 * Who, where and when for one event mention, read from its sentence:
 *  - inside the noun phrase: possessives and names before the trigger ("Moscow's war effort", "Putin–Xi talks");
 *  - after it: "between A and B", "with A", "of A" (who), "in|at|near P" (where, with "Samarkand, Uzbekistan" chains);
 *  - for verbs, the subject: entities from the start of the clause up to the verb ("Putin and Xi will meet");
 *  - for an object event, its clause's subject when a support verb links them ("China and Russia have engaged in war
 * games");
 *  - dates: each date of the sentence goes to the nearest mention (see attachDates).
 * People quoted as sources ("Denisov told reporters") are not participants.
 */
import type { Span } from '../time/sentences';
import type { EntitySpan } from './entity-index';
import type { EventMention } from './find-mentions';
import type { LocalArgumentPatterns } from './local-arguments';

export interface Arguments {
  who: EntitySpan[];
  where: EntitySpan[];
}

const RIGHT_WINDOW = 90;
const CLAUSE_WORDS =
  /\b(?:when|that|which|who|where|while|because|but|said|says|told|although|though|if|whether|as|after|before|until)\b|[;:“”"(]/gi;
/** Verbs that make their subject a participant of the event they govern ("held talks", "engaged in war games"). */
const SUPPORT_VERB =
  /\b(?:have|has|had|held|hold|holds|holding|engaged in|engage in|staged|stage|conducted|conduct|attended|attend|attends|signed|sign|signs|launched|launch|renegotiated|negotiated|joined|join|led|lead|hosted|host|hosts|began|begin|started|start|ended|end|called for|announced|agreed to|plans?|planned|took part in|take part in|participated in|won|lost|fought|waged|wage)\b/i;
const REPORTING_AFTER =
  /^(?:\s*,[^,]{0,80},)?\s+(?:said|says|told|tells|added|noted|warned|stated|wrote|explained|according)\b/i;
const REPORTING_BEFORE = /\b(?:said|says|told|according to|quoted)\s+$/i;
const COMPOUND_HEAD = /^([\p{Lu}\d][\p{L}\d]*)-\p{L}+$/u;
/** English: the words before a place after the trigger that make it the event's, and before a participant. */
const WHERE_BEFORE = /\b(?:in|at|near|outside|inside|across|to|into|on)\s+(?:the\s+)?$/i;
const WHO_BEFORE = /\b(?:between|with|of|by|among|against|and|for)\s+(?:the\s+)?$/i;

export function isSource(text: string, span: EntitySpan): boolean {
  return (
    span.type === 'person' &&
    (REPORTING_AFTER.test(text.slice(span.end, span.end + 120)) ||
      REPORTING_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)))
  );
}

export function readArguments(
  text: string,
  mention: EventMention,
  sentence: Span,
  entities: EntitySpan[],
  nextMentionStart = Infinity,
  local: LocalArgumentPatterns | null = null,
): Arguments {
  const who: EntitySpan[] = [];
  const where: EntitySpan[] = [];
  const inSentence = entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
  // Outside English an event is named around its place or party ("guerre en Ukraine", "sommet de l'OTAN").
  if (local && mention.pos === 'name') {
    for (const e of inSentence.filter((e) => e.start >= mention.start && e.end <= mention.end))
      (e.type === 'place' ? where : who).push(e);
    // "Ukraine-Krieg": one compound word, its name one the article names elsewhere.
    const head = COMPOUND_HEAD.exec(text.slice(mention.start, mention.end))?.[1];
    const named = head ? entities.find((e) => e.name === head) : undefined;
    if (named) (named.type === 'place' ? where : who).push(named);
  }

  // Inside the phrase, before the trigger.
  for (const e of inSentence.filter((e) => e.start >= mention.start && e.end <= mention.triggerStart)) {
    const possessive = /^['’]s\b/.test(text.slice(e.end, e.end + 2));
    if (e.type === 'place' && !possessive) where.push(e);
    else who.push(e);
  }
  const temporal = /\b(?:since|after|before|until|during|amid|despite)\s+$/i.test(
    text.slice(Math.max(sentence.start, mention.start - 10), mention.start),
  );
  if (
    (mention.pos === 'noun' || mention.pos === 'name') &&
    !who.length &&
    !temporal &&
    (mention.determiner === 'bare' || mention.determiner === 'indefinite')
  ) {
    // "China and Russia have engaged in war games": the subject of the clause takes part in its object event.
    const clauseStart = lastClauseBoundary(text, sentence.start, mention.start);
    const subjects = inSentence.filter(
      (e) =>
        e.start >= clauseStart &&
        e.end <= mention.start &&
        !/\b(?:in|at|near)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)),
    );
    const last = subjects[subjects.length - 1];
    if (last && SUPPORT_VERB.test(text.slice(last.end, mention.start)))
      for (const e of subjects) if (!isSource(text, e)) who.push(e);
  }
  if (mention.pos === 'verb') {
    const clauseStart = lastClauseBoundary(text, sentence.start, mention.triggerStart);
    for (const e of inSentence.filter((e) => e.start >= clauseStart && e.end <= mention.triggerStart)) {
      if (isSource(text, e)) continue;
      const prep = /\b(in|at|near)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 6), e.start));
      if (e.type === 'place' && prep) where.push(e);
      else who.push(e);
    }
  }
  // After the trigger, up to the end of the clause.
  const windowEnd = clauseEnd(
    text,
    mention.triggerEnd,
    Math.min(sentence.end, mention.triggerEnd + RIGHT_WINDOW, nextMentionStart),
    inSentence,
  );
  let lastPlaceEnd = -1;
  for (const e of inSentence.filter((e) => e.start >= mention.triggerEnd && e.end <= windowEnd)) {
    const before = text.slice(Math.max(mention.triggerEnd, e.start - 12), e.start);
    const directObject = mention.pos === 'verb' && /^\s*$/.test(before);
    if (
      e.type === 'place' &&
      (directObject ||
        (local?.where ?? WHERE_BEFORE).test(before) ||
        (lastPlaceEnd >= 0 && /^,\s*$/.test(text.slice(lastPlaceEnd, e.start))))
    ) {
      where.push(e);
      lastPlaceEnd = e.end;
    } else if (directObject || (local?.who ?? WHO_BEFORE).test(before)) {
      if (!isSource(text, e)) who.push(e);
    }
  }
  return { who: unique(who), where: unique(where) };
}

function lastClauseBoundary(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  let at = 0;
  CLAUSE_WORDS.lastIndex = 0;
  for (let m = CLAUSE_WORDS.exec(slice); m; m = CLAUSE_WORDS.exec(slice)) at = m.index + m[0].length;
  return from + at;
}

/** Stop at a comma unless a place continues the chain ("in Samarkand, Uzbekistan"), or at a new clause. */
function clauseEnd(text: string, from: number, to: number, entities: EntitySpan[]): number {
  const slice = text.slice(from, to);
  const re = /,|;|:|\s(?:and said|said|told|which|who|but|since|because|though|although|while)\b|[“”"]/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = from + m.index;
    if (m[0] === ',' && /\d$/.test(text.slice(0, at)) && /^,\s*\d{4}\b/.test(text.slice(at, at + 7))) continue; // "April 17, 2023"
    if (m[0] === ',') {
      const next = entities.find((e) => e.start > at && /^,\s*$/.test(text.slice(at, e.start)));
      if (next?.type === 'place') continue;
    }
    return at;
  }
  return to;
}

function unique(spans: EntitySpan[]): EntitySpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.type}:${s.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  value?: string;
  mod?: string;
  type?: string;
}

/**
 * Each valued date of a sentence goes to the nearest mention in it ("meet next week", "the war … began over six months
 * ago").
 */
export function attachDates(
  mentions: EventMention[],
  dates: DateSpan[],
  sentence: Span,
  maxDistance = 80,
): Map<EventMention, DateSpan> {
  const out = new Map<EventMention, DateSpan>();
  const here = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !m.generic);
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || !d.value) continue;
    if (d.type && d.type !== 'time') continue;
    // "since 1949", "since the pandemic": the start of a state, not the time of the event beside it.
    if (/^since\b/i.test(d.text)) continue;
    let best: { m: EventMention; distance: number } | null = null;
    for (const m of here) {
      const distance = d.start >= m.end ? d.start - m.end : m.start >= d.end ? (m.start - d.end) * 1.2 : 0;
      if (distance <= maxDistance && (!best || distance < best.distance)) best = { m, distance };
    }
    if (best && !out.has(best.m)) out.set(best.m, d);
  }
  return out;
}
