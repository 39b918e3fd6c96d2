/**
 * Partial calendar dates: "in March", "late last July", "in 1949", "the 1990s", "the 20th century", "on Wednesday",
 * "2009-2010". Missing parts come from the publication day and the tense of the clause ("said on Wednesday" is the
 * last Wednesday, "will meet on Wednesday" the next).
 */
import { addDays, dayValue, monthValue, weekday, yearValue, type Day } from '../../../shared/calendar';
import { MOD_RE, modOf, refDay, type DateMod, type Rule } from './candidate';
import { DECADE_WORDS, MONTH_RE, ORDINALS, WEEKDAY_RE, WEEKDAYS, monthOf } from '../../../languages/en/date-words';
import type { Tense } from './tense';

const PREP_MODS: Record<string, DateMod> = {
  before: 'before',
  after: 'after',
  by: 'before',
  until: 'before',
  'no later than': 'before',
};

/** Words after a bare number that make it a count, not a year ("2000 troops", "1500 miles"). */
const COUNT_NOUNS =
  /^(?:people|persons|troops|soldiers|men|women|children|votes|miles|km|kilometers|kilometres|meters|metres|feet|tons|tonnes|barrels|dollars|euros|pounds|points|cases|deaths|units|homes|jobs|workers|students|members|copies|words|pages|rpm|mph|hp|calories|pounds|acres|hectares|times|hours|minutes|seconds)$/i;
const QUANTIFIER_BEFORE =
  /\b(?:about|some|over|nearly|almost|than|up to|at least|approximately|around|roughly|only|just|all|those|these|of the|the first|the last)\s*$/i;

/**
 * Lowercase words after which a bare four-digit number can still be a year ("the 1600 census", "his 2020 campaign",
 * "summer of 1600"). After any other lowercase word ("spoke 1600", "room 1900", "waited 1850") it is a number.
 */
const YEAR_LEADERS = new Set([
  // Articles, possessives and demonstratives: "the 2020 election", "their 2019 tour".
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those'],
  // Prepositions and links the year patterns do not capture themselves.
  ...['of', 'in', 'on', 'at', 'to', 'and', 'or', 'than', 'through', 'between', 'circa', 'c', 'ca', 'around'],
  // Words that name a year: "the year 1600", "fiscal 2024", "summer 2021".
  ...['year', 'years', 'fiscal', 'fy', 'class', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'vintage'],
  ...['last', 'next', 'each', 'every', 'early', 'late', 'mid'],
]);

/** Whether the word just before a bare number leaves it a number: a lowercase word that never leads a year. */
function bareNumberAfterWord(before: string): boolean {
  const word = /([A-Za-z]+)\.?\s+$/.exec(before)?.[1];
  return !!word && /^[a-z]/.test(word) && !YEAR_LEADERS.has(word);
}

export function resolveMonthYear(month: number, day: Day, step: number, tense: Tense): number {
  if (step < 0) return month >= day.m ? day.y - 1 : day.y;
  if (step > 0) return month <= day.m ? day.y + 1 : day.y;
  if (tense === 'past' && month > day.m) return day.y - 1;
  if (tense === 'future' && month < day.m) return day.y + 1;
  return day.y;
}

/** The weekday meant: past clauses look back (the day itself included), future ones forward. */
export function resolveWeekday(target: number, day: Day, qualifier: string, tense: Tense): Day {
  const today = weekday(day);
  const back = (today - target + 7) % 7;
  const forward = (target - today + 7) % 7;
  const q = qualifier.toLowerCase();
  if (q === 'last' || q === 'past') return addDays(day, -(back || 7));
  if (q === 'next' || q === 'this coming' || q === 'coming') return addDays(day, forward || 7);
  if (q === 'this') return addDays(day, forward);
  if (tense === 'future') return addDays(day, forward);
  if (tense === 'past') return addDays(day, -back);
  // No clue: news reports mostly what just happened, unless the day is nearer ahead.
  return back <= forward + 1 ? addDays(day, -back) : addDays(day, forward);
}

function isYearContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 24);
  if (/(?:[\d$£€#.,]|\d[-–])$/.test(before) || /^(?:[\d%]|[.,]\d|\s*(?:percent|per cent|%))/i.test(after)) return false;
  if (/^-\d/.test(after) && !/^-\d{2}(?!\d)/.test(after)) return false; // phone numbers, scores
  const next = /^\s+([A-Za-z]+)/.exec(after)?.[1] ?? '';
  if (COUNT_NOUNS.test(next)) return false;
  if (QUANTIFIER_BEFORE.test(before) && /^[a-z]/.test(next)) return false;
  return true;
}

export const CALENDAR_RULES: Rule[] = [
  {
    name: 'year-range',
    pattern:
      /\b(?:(from|between|in|since|during)\s+)?(1[6-9]\d\d|20\d\d)\s*(-|–|—|to|through|and|until)\s*(1[6-9]\d\d|20\d\d|\d\d)\b(?!\s*(?:percent|%|-\d))/gi,
    resolve: (m, ctx) => {
      if (!isYearContext(ctx.sentence, m.index + m[0].indexOf(m[2]!), m.index + m[0].length)) return null;
      // "2009 and 2010" are two years; "between 2009 and 2010" is one stretch.
      if (/^and$/i.test(m[3]!) && m[1]?.toLowerCase() !== 'between') return null;
      const a = Number(m[2]);
      let b = Number(m[4]);
      if (m[4]!.length === 2) b = Math.floor(a / 100) * 100 + b;
      if (b <= a) return null;
      return { type: 'date', value: `${yearValue(a)}/${yearValue(b)}` };
    },
  },
  {
    name: 'decade',
    pattern: /\b(?:(early|late|mid)[\s-]+)?(?:the\s+)?(?:(1[6-9]\d|20\d)0|’|')(\d0)?s\b/gi,
    resolve: (m, ctx) => {
      const mod = modOf(m[1]);
      if (m[2]) return { type: 'date', value: m[2], mod };
      if (!m[3]) return null;
      // "the '90s": the most recent such decade before the article.
      const day = refDay(ctx);
      const y = day?.y ?? 2000;
      let decade = Math.floor(y / 100) * 100 + Number(m[3]);
      if (decade > y) decade -= 100;
      return { type: 'date', value: String(decade).slice(0, 3), mod };
    },
  },
  {
    name: 'decade-word',
    pattern: new RegExp(
      `\\b(?:(early|late|mid)[\\s-]+)?the\\s+(?:(early|late|mid)[\\s-]+)?(${Object.keys(DECADE_WORDS).join('|')})\\b`,
      'gi',
    ),
    resolve: (m) => ({ type: 'date', value: String(DECADE_WORDS[m[3]!.toLowerCase()]!), mod: modOf(m[1] ?? m[2]) }),
  },
  {
    name: 'century',
    pattern: new RegExp(
      `\\b(?:(${MOD_RE})[\\s-]+)?(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')}|this|last|next)[\\s-]+century\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const word = m[2]!.toLowerCase();
      const day = refDay(ctx);
      let n = ORDINALS[word] ?? (/^\d/.test(word) ? parseInt(word, 10) : NaN);
      if (Number.isNaN(n)) {
        if (!day) return { type: 'date' };
        n = Math.floor(day.y / 100) + 1 + (word === 'last' ? -1 : word === 'next' ? 1 : 0);
      }
      return { type: 'date', value: String(n - 1).padStart(2, '0'), mod: modOf(m[1]) };
    },
  },
  {
    name: 'quarter',
    pattern:
      /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(\d{4}))?|\bQ([1-4])\s+(\d{4})\b/gi,
    resolve: (m, ctx) => {
      const q = m[3]
        ? Number(m[3])
        : (({ first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>)[m[1]!.toLowerCase()] ??
          parseInt(m[1]!, 10));
      const y = m[4] ?? m[2] ?? (ctx.ref ? yearValue(ctx.ref.day.y) : null);
      return y ? { type: 'date', value: `${y}-Q${q}` } : { type: 'date' };
    },
  },
  {
    name: 'month',
    pattern: new RegExp(
      `\\b(?:(in|since|until|till|through|by|before|after|during|from|of|to)\\s+)?(?:(${MOD_RE})[\\s-]+)?(?:(last|this|next|this coming|past)\\s+)?(${MONTH_RE})(?![\\w])(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?(?!\\s*\\d)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const word = m[4]!;
      const month = monthOf(word);
      if (!month || !/^[A-Z]/.test(word)) return null;
      const anchored = Boolean(m[1] || m[2] || m[3] || m[5]);
      // "May" and "March" are also words; bare abbreviations ("Mar") too often are not months.
      if (!anchored && (/^(?:May|March)$/.test(word) || !/(?:\.|[a-z]{4,})$/.test(word))) return null;
      if (!m[5] && word !== 'May' && /^[A-Za-z]{3}$/.test(word)) return null;
      const mod = modOf(m[2]) ?? (m[1] ? PREP_MODS[m[1].toLowerCase()] : undefined);
      if (m[5]) return { type: 'date', value: monthValue(Number(m[5]), month), mod };
      const day = refDay(ctx);
      if (!day) return { type: 'date', mod };
      const step = m[3] ? (/^(?:last|past)$/i.test(m[3]) ? -1 : /next|coming/i.test(m[3]) ? 1 : 0) : 0;
      const at = m.index;
      const tense = ctx.tense(at, at + m[0].length);
      const y = resolveMonthYear(month, day, step, tense);
      return { type: 'date', value: monthValue(y, month), mod, guessedYear: step === 0 && tense === 'none' };
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(
      `\\b(?:(on|last|next|this coming|this|past|by|until|since)\\s+)?(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night))?\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const word = m[2]!;
      if (!/^[A-Z]/.test(word)) return null;
      const day = refDay(ctx);
      if (!day) return { type: 'date' };
      const qualifier = m[1] ?? '';
      const at = m.index;
      // "Sunday’s vote", "Friday's attack": a day named as a possessive is the nearest one, whatever the clause's
      // tense.
      const possessive = /^['’]s\b/.test(ctx.sentence.slice(at + m[0].length, at + m[0].length + 3));
      const resolved = resolveWeekday(
        WEEKDAYS[word.toLowerCase()]!,
        day,
        qualifier,
        possessive ? 'none' : ctx.tense(at, at + m[0].length),
      );
      const mod = PREP_MODS[qualifier.toLowerCase()];
      return { type: 'date', value: dayValue(resolved), mod };
    },
  },
  {
    name: 'year',
    pattern: new RegExp(
      `\\b(?:(in|since|until|by|before|after|during|from|as of)\\s+)?(?:(${MOD_RE})[\\s-]+)?(1[6-9]\\d\\d|20\\d\\d)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const yearAt = m.index + m[0].length - 4;
      if (!isYearContext(ctx.sentence, yearAt, yearAt + 4)) return null;
      // "spoke 1600": a bare number after a lowercase word is a year only when that word says so.
      if (!m[1] && !m[2] && bareNumberAfterWord(ctx.sentence.slice(Math.max(0, m.index - 30), m.index))) return null;
      const mod = modOf(m[2]) ?? (m[1] ? PREP_MODS[m[1].toLowerCase()] : undefined);
      return { type: 'date', value: m[3]!, mod };
    },
  },
];
