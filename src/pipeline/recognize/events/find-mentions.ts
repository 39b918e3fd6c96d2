/**
 * Event mentions in one sentence, strongest evidence first: well-known events by name ("the Cold War"), names built
 * on an event head ("Shanghai Cooperation Organization summit", "World War II"), then trigger nouns with their noun
 * phrase ("their first face-to-face meeting") and trigger verbs ("will meet"). Later kinds never overlap earlier ones.
 */
import { KNOWN, NOUN_RE, VERB_RE, classOfName, classOfNoun, classOfVerb, mergeKey, type KnownEvent } from './lexicon';

export type Determiner = 'definite' | 'demonstrative' | 'possessive' | 'indefinite' | 'bare';

export interface EventMention {
  start: number;
  end: number;
  /** The trigger word(s) inside the span. */
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
  classId?: string;
  /** Mentions with the same key may be one event (see lexicon mergeKey). */
  key: string;
  pos: 'known' | 'name' | 'noun' | 'verb';
  known?: KnownEvent;
  /** For names: the name as written, without a leading article. */
  name?: string;
  determiner: Determiner;
  plural: boolean;
  /** "online summits are not full-fledged": a kind of event, not one that happened. */
  generic: boolean;
  sentence: number;
}

const NAMED_HEADS =
  'War|Wars|Revolution|Summit|Olympics|Game|Series|Draft|Convention|Carnival|Jubilee|Parade|Rally|Race|Grand Prix|Open|Trophy|Con|Fest|Paralympics|Games|Cup|Championships?|Conference|Festival|Crisis|Elections?|Pandemic|Protests?|Uprising|Massacre|Agreement|Accords?|Treaty|Talks|Forum|Expo|Awards|Marathon|Tournament|Prix|Olympiad|Challenge|Competition|Exhibition|Spring|Attacks?|Bombing|Disaster|Riots?|Crusade|Invasion|Blockade|Airlift|Strike';
const CAP = "[A-Z][\\w'’.&-]*";
const NAMED_RE = new RegExp(
  `\\b((?:\\d{4}\\s+)?${CAP}(?:\\s+(?:of|the|and|for|on|de|${CAP}|\\d{4}))*?\\s+(?:${NAMED_HEADS})(?:\\s+(?:I{1,3}|IV|One|Two|of\\s+\\d{4}))?)\\b|\\b((?:Hurricane|Typhoon|Cyclone|Storm|Operation)\\s+${CAP})`,
  'g',
);
/** A capitalized name followed by a lowercase event head: "Shanghai Cooperation Organization summit". */
const NAME_THEN_HEAD_RE = new RegExp(
  `\\b((?:\\d{4}\\s+)?${CAP}(?:\\s+(?:of|the|and|for|${CAP}))*)\\s+(summit|conference|meeting|talks|elections?|games|war|forum|festival|championship|congress|convention|visit|trip|deal|agreement|treaty|protests?|election campaign|referendum|exercises|drills|olympics|tournament|cup|awards)\\b`,
  'g',
);
const LEADING_FUNCTION_WORDS =
  /^(?:(?:The|This|That|These|Those|A|An|In|On|At|Its|Their|His|Her|Our|During|After|Before|Since|When|While|But|And|As|For|From|With|By)\s+)+/;

const CAPITALIZED_NOT_EVENTS =
  /^(?:March|Fair|Strike|Rally|Case|Fall|Crash|Party|Tour|Race|Match|Cup|Games|Show|Fight|Vote|Trial|Forum|Campaign|Congress|Assembly)$/;

const DETERMINERS: Record<string, Determiner> = {
  the: 'definite',
  this: 'demonstrative',
  that: 'demonstrative',
  these: 'demonstrative',
  those: 'demonstrative',
  its: 'possessive',
  their: 'possessive',
  his: 'possessive',
  her: 'possessive',
  our: 'possessive',
  my: 'possessive',
  your: 'possessive',
  a: 'indefinite',
  an: 'indefinite',
  another: 'indefinite',
  any: 'indefinite',
  some: 'indefinite',
};
const STOP = new Set(
  (
    'is are was were be been being have has had will would shall should can could may might must do does did of in on at for ' +
    'with to from by and or but nor so yet that which who whom whose since as than said says told not no into over under ' +
    'about after before during between against among through while when where if because it he she they we i you there here ' +
    'also only even just still very then now up out sees see saw expects expect wants want makes make made takes take ' +
    'took gets get got gives give gave faces face calls needs need seeks seek sets says warns warned urges urged held hold ' +
    'holds began begin begins won win wins lost lose loses led leads went came kept left ran paid sent spent found brought ' +
    'bought sought fought thought met attend attends attended'
  ).split(' '),
);
const PLURAL_SINGULARS =
  /^(?:talks|games|elections|olympics|paralympics|sanctions|charges|clashes|hostilities|negotiations|discussions|consultations|exercises|drills|maneuvers|manoeuvres|injuries|deaths|awards|playoffs|series|war games)$/i;

export function findMentions(
  sentence: string,
  offset: number,
  index: number,
  publishedYear: number | null,
): EventMention[] {
  const found: EventMention[] = [];
  // Characters already claimed by a stronger mention; an array keeps this linear on hostile input.
  const taken = new Uint8Array(sentence.length);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const add = (m: EventMention) => {
    taken.fill(1, m.start, m.end);
    found.push(m);
  };
  const allCaps = (sentence.match(/[A-Z]/g)?.length ?? 0) > 0.8 * (sentence.match(/[A-Za-z]/g)?.length ?? 1);

  for (const { event, pattern, classId, key } of KNOWN) {
    if (event.years && (publishedYear === null || publishedYear < event.years[0]! || publishedYear > event.years[1]!))
      continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const [s, e] = [m.index, m.index + m[0].length];
      if (!free(s, e)) continue;
      const left = leftPhrase(sentence, s, true);
      add({
        ...base(sentence, left.start, e, s, e, index),
        classId,
        key: key ?? event.name,
        pos: 'known',
        known: event,
        determiner: left.determiner,
      });
    }
  }
  if (!allCaps && !isTitleCase(sentence)) {
    for (const re of [NAMED_RE, NAME_THEN_HEAD_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const raw = m[0];
        const stripped = raw.replace(LEADING_FUNCTION_WORDS, '');
        const s = m.index + raw.length - stripped.length;
        const e = m.index + raw.length;
        // Needs a real name before the head: not "The summit" at the start of a sentence.
        if (re === NAME_THEN_HEAD_RE && stripped.split(/\s+/).length < 2) continue;
        if (re === NAMED_RE && !/\s/.test(stripped)) continue;
        // "Moscow’s war effort" is Moscow's war, not an event named "Moscow’s war".
        if (re === NAME_THEN_HEAD_RE && /['’]s$/.test(m[1]!)) continue;
        if (!free(s, e)) continue;
        const left = leftPhrase(sentence, s, true);
        const head = re === NAME_THEN_HEAD_RE ? m[2]! : stripped.split(/\s+/).pop()!;
        add({
          ...base(sentence, left.start, e, e - head.length, e, index),
          classId: classOfName(stripped) ?? classOfNoun(head),
          key: mergeKey(head),
          pos: 'name',
          name: stripped,
          determiner: left.determiner,
        });
      }
    }
  }
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(sentence); m; m = NOUN_RE.exec(sentence)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (!free(s, e)) continue;
    const word = m[0];
    // A capitalized trigger beside another capitalized word is part of a name ("Robot Olympics"); alone it is an
    // event's own name ("the Hajj").
    // "in March" is a month, "Fair" a surname: a capitalized trigger mid-sentence that is also a common proper word.
    if (/^[A-Z]/.test(word) && !allCaps && s > 0 && CAPITALIZED_NOT_EVENTS.test(word)) continue;
    if (
      /^[A-Z]/.test(word) &&
      !allCaps &&
      s > 0 &&
      /[a-z]/.test(word.slice(1)) &&
      (/[A-Z][\w'’.-]*\s+$/.test(sentence.slice(Math.max(0, s - 20), s)) || /^\s+[A-Z]/.test(sentence.slice(e, e + 3)))
    )
      continue;
    if (isVerbUse(sentence, s, word)) {
      const cls = classOfVerb(word);
      if (cls)
        add({
          ...base(sentence, s, e, s, e, index),
          classId: cls,
          key: mergeKey(word),
          pos: 'verb',
          determiner: 'bare',
        });
      continue;
    }
    const phrase = allCaps ? { start: s, determiner: 'bare' as Determiner } : leftPhrase(sentence, s);
    // "that online summits are…": "that" before a plural is a conjunction, not a determiner.
    const left =
      /s$/i.test(word) && phrase.determiner === 'demonstrative' && /^that\b/i.test(sentence.slice(phrase.start))
        ? { start: phrase.start + 5, determiner: 'bare' as Determiner }
        : phrase;
    const plural = /s$/i.test(word) && !PLURAL_SINGULARS.test(word);
    const generic =
      left.determiner === 'bare' &&
      /s$/i.test(word) &&
      /^\s+(?:are|is|were|can|could|tend|usually|often)\b/.test(sentence.slice(e, e + 12));
    add({
      ...base(sentence, left.start, e, s, e, index),
      classId: classOfNoun(word),
      key: mergeKey(word),
      pos: 'noun',
      determiner: left.determiner,
      plural,
      generic,
    });
  }
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (!free(s, e)) continue;
    add({
      ...base(sentence, s, e, s, e, index),
      classId: classOfVerb(m[0]),
      key: mergeKey(m[0]),
      pos: 'verb',
      determiner: 'bare',
    });
  }
  return found.sort((a, b) => a.start - b.start).map((f) => shift(f, offset));
}

/**
 * Headlines and subheads ("How the Manhunt for the Chelsea Bombing Unfolded") capitalize every word: no names there.
 */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][\w'’-]*/g) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^[A-Z]/.test(w)).length / content.length > 0.8;
}

function base(sentence: string, start: number, end: number, ts: number, te: number, index: number) {
  return {
    start,
    end,
    trigger: sentence.slice(ts, te),
    triggerStart: ts,
    triggerEnd: te,
    plural: false,
    generic: false,
    sentence: index,
  };
}

function shift(m: EventMention, offset: number): EventMention {
  return {
    ...m,
    start: m.start + offset,
    end: m.end + offset,
    triggerStart: m.triggerStart + offset,
    triggerEnd: m.triggerEnd + offset,
  };
}

/** "will meet", "to visit", "they met": a verb, whatever a noun of the same spelling would be. */
function isVerbUse(sentence: string, start: number, word: string): boolean {
  if (!classOfVerb(word)) return false;
  const before = sentence.slice(Math.max(0, start - 16), start).toLowerCase();
  if (/\b(?:the|a|an|this|that|its|their|his|her|our|first|last|next|another|such|'s|’s)\s+$/.test(before))
    return false;
  return /\b(?:will|would|to|'ll|n't|not|did|does|do|can|could|may|might|should|must|be|been|is|are|was|were|has|have|had|they|he|she|we|i|who|and|also)\s+$/.test(
    before,
  );
}

/**
 * The noun phrase before a trigger: "their first face-to-face", "Moscow’s", "the Shanghai Cooperation Organization".
 */
export function leftPhrase(
  sentence: string,
  start: number,
  determinerOnly = false,
): { start: number; determiner: Determiner } {
  let at = start;
  let determiner: Determiner = 'bare';
  let afterPossessive = false;
  for (let taken = 0; taken < 6; taken++) {
    // Look back a bounded stretch: a hostile sentence of thousands of words must stay linear.
    const from = Math.max(0, at - 60);
    const found = /([\w'’.-]+)(\s+)$/.exec(sentence.slice(from, at));
    if (!found) break;
    const m = { 1: found[1], index: from + found.index };
    const word = m[1]!;
    const lower = word.toLowerCase().replace(/[.]+$/, '');
    if (DETERMINERS[lower]) {
      determiner = DETERMINERS[lower]!;
      at = m.index;
      break;
    }
    if (/['’]s$/.test(word) && !determinerOnly) {
      determiner = 'possessive';
      at = m.index;
      afterPossessive = true;
      continue;
    }
    // Before a possessive only its own name goes on ("Russian President Vladimir Putin's"); else determiners only.
    if (determinerOnly || (afterPossessive && !/^[A-Z]/.test(word))) break;
    if (STOP.has(lower) || (/^\d+$/.test(word) && word.length !== 4)) break;
    // A past participle is a verb ("renegotiated gas deals") unless a determiner follows it back ("this scheduled meet
    // up").
    if (
      /ed$/.test(lower) &&
      !lower.includes('-') &&
      !/\b(?:the|this|that|a|an|its|their)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))
    )
      break;
    if (/[.]$/.test(word)) break;
    at = m.index;
  }
  return { start: at, determiner };
}
