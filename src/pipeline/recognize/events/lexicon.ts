/** Trigger words and well-known events, compiled once from their data files. */
import { eventTriggers as triggers } from '../../../languages/en/event-triggers';
import { knownEvents } from '../../../languages/en/known-events';
import type { KnownEvent } from '../../../languages/types';

export type { KnownEvent };

export interface TriggerClass {
  id: string;
  name: string;
}

const escapeAlias = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');

function plural(noun: string): string[] {
  if (/s$/.test(noun)) return [noun];
  if (/(?:ch|sh|x|z)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}

const nounClass = new Map<string, string>();
const verbClass = new Map<string, string>();
const lemmas = new Map<string, string>();
const classes = new Map<string, TriggerClass>();
for (const [id, c] of Object.entries(triggers.classes)) {
  classes.set(id, { id, name: c.name });
  for (const n of c.nouns) {
    for (const form of plural(n.toLowerCase())) {
      if (!nounClass.has(form)) nounClass.set(form, id);
      if (!lemmas.has(form)) lemmas.set(form, n.toLowerCase());
    }
  }
  for (const v of c.verbs) if (!verbClass.has(v.toLowerCase())) verbClass.set(v.toLowerCase(), id);
}
/** Words whose mentions may name the same event ("meet", "meeting", "talks"): each maps to its set's first word. */
const corefer = new Map<string, string>();
for (const group of triggers.corefer) {
  for (const word of group)
    for (const form of plural(word.toLowerCase())) if (!corefer.has(form)) corefer.set(form, group[0]!);
}

const byLength = (a: string, b: string) => b.length - a.length;
/** Longest first, so "war games" wins over "war". */
export const NOUN_RE = new RegExp(`\\b(${[...nounClass.keys()].sort(byLength).map(escapeAlias).join('|')})\\b`, 'gi');
export const VERB_RE = new RegExp(`\\b(${[...verbClass.keys()].sort(byLength).map(escapeAlias).join('|')})\\b`, 'g');

const normalize = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');

export function classOfNoun(word: string): string | undefined {
  const w = normalize(word);
  return nounClass.get(w) ?? nounClass.get(w.replace(/[\s]+/g, '-')) ?? nounClass.get(w.replace(/ /g, ''));
}

/**
 * What mentions must share to be one event: their corefer set, else their head word's singular ("summits" →
 * "summit"). Two-word heads ("war games") keep their own key, so they never merge into "war".
 */
export function mergeKey(trigger: string): string {
  const w = normalize(trigger);
  const lemma = lemmas.get(w) ?? w;
  return corefer.get(w) ?? corefer.get(lemma) ?? lemma;
}

export function classOfVerb(word: string): string | undefined {
  return verbClass.get(normalize(word));
}

export function triggerClass(id: string): TriggerClass | undefined {
  return classes.get(id);
}

/** The class a name belongs to, from its last trigger word ("Cold War" → war, "COVID-19 pandemic" → disaster). */
export function classOfName(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const two = i > 0 ? classOfNoun(`${words[i - 1]} ${words[i]}`) : undefined;
    const one = classOfNoun(words[i]!);
    if (two ?? one) return two ?? one;
  }
  return undefined;
}

export interface KnownMatcher {
  event: KnownEvent;
  pattern: RegExp;
  classId?: string;
  /** The merge key of its head ("Russian invasion of Ukraine" → war), so "Moscow's war effort" can join it. */
  key?: string;
}

export function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    if (i > 0 && classOfNoun(`${words[i - 1]} ${words[i]}`)) return `${words[i - 1]} ${words[i]}`;
    if (classOfNoun(words[i]!)) return words[i];
  }
  return undefined;
}

export const KNOWN: KnownMatcher[] = knownEvents.map((event) => ({
  event,
  pattern: new RegExp(`\\b(?:${[...event.aliases].sort(byLength).map(escapeAlias).join('|')})(?![\\w-])`, 'gi'),
  classId: classOfName(event.name) ?? event.aliases.map(classOfName).find(Boolean),
  key: ((head) => (head ? mergeKey(head) : undefined))(headOf(event.name) ?? event.aliases.map(headOf).find(Boolean)),
}));
