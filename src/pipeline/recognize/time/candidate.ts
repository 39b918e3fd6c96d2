/** What each date rule proposes; find-dates keeps the longest non-overlapping candidates. */
import type { Day } from '../../../shared/calendar';
import type { DateMod } from '../../../shared/types';
import type { Reference } from './reference';
import type { Tense } from './tense';

/** TIMEX3 types; "present" is "now", "currently" (TIMEX3 DATE with value PRESENT_REF). */
export type DateType = 'date' | 'time' | 'duration' | 'set' | 'present';
/** TIMEX3 modifiers: "over six months ago" is before 2022-03; "early December" is the start of it. */
export type { DateMod };

export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  value?: string;
  mod?: DateMod;
  /** Rules beat the general parser on equal spans: they know news conventions (weeks, tense). */
  priority: number;
  /** The year was a default (no year written, no tense to go by): a year written nearby may be the one meant. */
  guessedYear?: boolean;
}

export interface RuleContext {
  /** The sentence the match is in and its offset in the text. */
  sentence: string;
  offset: number;
  ref: Reference | null;
  tense: (start: number, end: number) => Tense;
}

export type Resolve = (m: RegExpExecArray, ctx: RuleContext) => Omit<Candidate, 'start' | 'end' | 'priority'> | null;

export interface Rule {
  name: string;
  pattern: RegExp;
  resolve: Resolve;
}

export const refDay = (ctx: RuleContext): Day | null => ctx.ref?.day ?? null;

export const MOD_WORDS: Record<string, DateMod> = {
  early: 'start',
  'the beginning of': 'start',
  'beginning of': 'start',
  'the start of': 'start',
  'start of': 'start',
  late: 'end',
  'the end of': 'end',
  'end of': 'end',
  mid: 'mid',
  'the middle of': 'mid',
  'middle of': 'mid',
  earlier: 'start',
  later: 'end',
  before: 'before',
  after: 'after',
  by: 'before',
  until: 'before',
};

export const MOD_RE =
  '(?:early|late|mid|the beginning of|beginning of|the start of|start of|the end of|end of|the middle of|middle of|earlier|later)';

export function modOf(word: string | undefined): DateMod | undefined {
  return word ? MOD_WORDS[word.toLowerCase().replace(/-$/, '').trim()] : undefined;
}
