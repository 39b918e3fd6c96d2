/**
 * Date rules for a language other than English, built from its date words (src/languages/<code>/date-words.ts):
 * "la semaine prochaine", "w przyszłym tygodniu", "am Donnerstag", "вчера" here, the calendar forms ("el próximo
 * 15 de mayo", "3 settembre", "28. bis 31. August") in local-calendar-rules.ts. Values follow the English rules' (a
 * week is 2026-W20, a day 2026-05-15).
 */
import { dayValue } from '../../../shared/calendar';
import type { CalendarWords } from '../../../languages/types';
import { refDay, type Rule } from './candidate';
import { localCalendarRules } from './local-calendar-rules';
import { alternation, type LocalWords, localWords, whole } from './local-words';
import { resolveWeekday } from './rules-calendar';
import { NUMERIC_RULES } from './rules-numeric';
import { shifted } from './rules-relative';

const compiled = new WeakMap<CalendarWords, Rule[]>();

/** "Morgen" is a noun where "morgen" is tomorrow: in mid-sentence, a capital makes a day word a noun. */
const capitalizedMidSentence = (m: RegExpExecArray, sentence: string) =>
  /^\p{Lu}/u.test(m[0]) && /\p{L}/u.test(sentence.slice(0, m.index));

const wordBefore = (sentence: string, at: number) =>
  /([\p{L}'’]+)\s+$/u.exec(sentence.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

export function localDateRules(words: CalendarWords): Rule[] {
  if (words.numericOnly) return NUMERIC_RULES;
  let rules = compiled.get(words);
  if (!rules) {
    const v = localWords(words);
    rules = [relativeUnit(v), dayWord(v), weekdayRule(v), ...localCalendarRules(v)];
    compiled.set(words, rules);
  }
  return rules;
}

/** "nächste Woche", "la semaine prochaine", "w zeszłym roku". */
function relativeUnit(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-relative-unit',
    pattern: whole(`(?:(${p.nextLast})\\s+(${p.unit})|(${p.unit})\\s+(${p.nextLastOnly}))`),
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      const n = v.step(m[1] ?? m[4]);
      const unit = v.words.units[(m[2] ?? m[3])!.toLowerCase()];
      if (!day || n === undefined || !unit) return day ? null : { type: 'date' };
      return { type: 'date', value: shifted(day, unit, n) };
    },
  };
}

/** "gestern", "demain", "вчера". */
function dayWord(v: LocalWords): Rule {
  const days = v.words.days;
  return {
    name: 'local-day-word',
    pattern: whole(`(${alternation(Object.keys(days))})`),
    resolve: (m, ctx) => {
      if (capitalizedMidSentence(m, ctx.sentence) || v.nounAfter(wordBefore(ctx.sentence, m.index))) return null;
      const day = refDay(ctx);
      const n = days[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
      if (n === undefined) return null;
      return day ? { type: 'date', value: shifted(day, 'day', n) } : { type: 'date' };
    },
  };
}

/** "am Donnerstag", "jeudi dernier", "в следующий четверг": read ahead or back by the clause's tense. */
function weekdayRule(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-weekday',
    pattern: whole(`(?:(${p.nextLastOnly})\\s+)?(${p.weekday})(?:\\s+(${p.nextLastOnly}))?`),
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      const target = v.weekday(m[2]);
      if (target === undefined) return null;
      if (!day) return { type: 'date' };
      const n = v.step(m[1] ?? m[3]);
      const qualifier = n === 1 ? 'next' : n === -1 ? 'last' : '';
      return { type: 'date', value: dayValue(resolveWeekday(target, day, qualifier, v.tense(ctx.sentence))) };
    },
  };
}
