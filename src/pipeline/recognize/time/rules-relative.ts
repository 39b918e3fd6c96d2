/**
 * Dates counted from the publication day: "over six months ago", "next week", "last summer", "yesterday", and the
 * durations that look like them ("the past two years"). Values follow TIMEX3: a week is 2022-W37, a month 2022-03.
 */
import { addDays, addMonths, dayValue, monthValue, weekValue, yearValue, type Day } from '../../../shared/calendar';
import { MOD_RE, modOf, refDay, type DateMod, type Rule } from './candidate';
import { CLOCK_UNIT_RE, NUMBER_RE, SEASONS, UNIT_RE, numberOf } from '../../../languages/en/date-words';

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

function unitOf(word: string): { unit: Unit; factor: number } {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'fortnight') return { unit: 'week', factor: 2 };
  if (w === 'centurie' || w === 'century') return { unit: 'century', factor: 1 };
  return { unit: w as Unit, factor: 1 };
}

/** A day shifted by n units, written at the unit's own precision ("six months ago" → a month). */
export function shifted(day: Day, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return dayValue(addDays(day, Math.round(n)));
    case 'week':
      return weekValue(addDays(day, Math.round(n * 7)));
    case 'month': {
      const d = addMonths(day, Math.round(n));
      return monthValue(d.y, d.m);
    }
    case 'quarter': {
      const d = addMonths(day, Math.round(n * 3));
      return `${yearValue(d.y)}-Q${Math.floor((d.m - 1) / 3) + 1}`;
    }
    case 'year':
      return yearValue(Math.round(day.y + n));
    case 'decade':
      return yearValue(Math.round(day.y + n * 10)).slice(0, 3);
    case 'century':
      return yearValue(Math.round(day.y + n * 100)).slice(0, 2);
  }
}

const APPROX = /^(?:about|some|around|roughly|approximately|nearly|almost)$/i;
const MORE = /^(?:over|more than|well over|just over|at least)$/i;
const LESS = /^(?:less than|under|just under|nearly|almost)$/i;

function agoMod(quantifier: string | undefined, past: boolean): DateMod | undefined {
  if (!quantifier) return undefined;
  // "over six months ago" lies before the point six months back; "over six months from now" after it.
  if (MORE.test(quantifier)) return past ? 'before' : 'after';
  if (LESS.test(quantifier)) return past ? 'after' : 'before';
  if (APPROX.test(quantifier)) return 'approx';
  return undefined;
}

const DURATION_CODE: Record<Unit, [number, string]> = {
  day: [1, 'D'],
  week: [1, 'W'],
  month: [1, 'M'],
  quarter: [3, 'M'],
  year: [1, 'Y'],
  decade: [10, 'Y'],
  century: [100, 'Y'],
};

const QUANT =
  '(over|more than|well over|just over|at least|about|some|around|roughly|approximately|nearly|almost|less than|just under|under)';

const thisLastNext = (word: string): number => {
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (/^(?:last|past|previous)$/.test(w)) return -1;
  if (/^(?:next|coming|this coming|following)$/.test(w)) return 1;
  return 0;
};

export const RELATIVE_RULES: Rule[] = [
  {
    name: 'ago',
    pattern: new RegExp(
      `\\b(?:${QUANT}\\s+)?(${NUMBER_RE})[\\s-]+(${UNIT_RE})\\s+(ago|from now|hence|earlier|later|before|after)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const n = numberOf(m[2]!);
      const { unit, factor } = unitOf(m[3]!);
      const direction = m[4]!.toLowerCase();
      const day = refDay(ctx);
      // "two days later" counts from another event, not from the article's date: a date we cannot place.
      if (!/^(?:ago|from now|hence)$/.test(direction)) return { type: 'date' };
      const past = direction === 'ago';
      if (n === null || !day) return { type: 'date' };
      return { type: 'date', value: shifted(day, unit, (past ? -1 : 1) * n * factor), mod: agoMod(m[1], past) };
    },
  },
  {
    name: 'this-last-next-unit',
    pattern: new RegExp(
      `\\b(?:(${MOD_RE})[\\s-]+)?((?:the\\s+)?(?:this coming|this|last|next|past|coming|current))\\s+(?:(?:fiscal|calendar|financial|school)\\s+)?(week|weekend|month|quarter|year|decade|century)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      const unit = m[3]!.toLowerCase();
      const step = thisLastNext(m[2]!);
      const mod = modOf(m[1]);
      if (!day) return { type: 'date', mod };
      if (unit === 'weekend') return { type: 'date', value: `${weekValue(addDays(day, step * 7))}-WE`, mod };
      return { type: 'date', value: shifted(day, unit as Unit, step), mod };
    },
  },
  {
    // "peaked by the end of the year" in a March article means the year just gone.
    name: 'end-of-year',
    pattern: /\b(the end|the beginning|the start|the middle) of (?:the )?year\b/gi,
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      const mod = modOf(`${m[1]} of`);
      if (!day) return { type: 'date', mod };
      const back = ctx.tense(m.index, m.index + m[0].length) === 'past' && mod === 'end' && day.m <= 6;
      return { type: 'date', value: yearValue(back ? day.y - 1 : day.y), mod };
    },
  },
  {
    name: 'season',
    pattern:
      /\b(?:(early|late|mid)[\s-]+)?(?:(this|last|next|this coming|the coming|the past)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})\b)?/gi,
    resolve: (m, ctx) => {
      const season = SEASONS[m[3]!.toLowerCase()]!;
      const mod = modOf(m[1]);
      if (m[4]) return { type: 'date', value: `${m[4]}-${season.code}`, mod };
      if (!m[2]) return null; // "in the summer" with no anchor is too vague to place
      const day = refDay(ctx);
      if (!day) return { type: 'date', mod };
      return {
        type: 'date',
        value: `${yearValue(seasonYear(day, season.start, thisLastNext(m[2])))}-${season.code}`,
        mod,
      };
    },
  },
  {
    // "in recent weeks", "over the past few months", "in the coming days": a few units up to (or from) now.
    name: 'recent-units',
    pattern:
      /\b(?:(?:in|over|during)\s+)?(recent|the (?:past|last) (?:few|several)|the (?:coming|next) (?:few|several)|the coming)\s+(days|weeks|months|years)\b/gi,
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      if (!day) return { type: 'date', mod: 'approx' };
      const unit = m[2]!.toLowerCase().replace(/s$/, '') as Unit;
      const ahead = /coming|next/i.test(m[1]!);
      const [from, to] = ahead
        ? [shifted(day, unit, 1), shifted(day, unit, 3)]
        : [shifted(day, unit, -3), shifted(day, unit, 0)];
      return { type: 'date', value: `${from}/${to}`, mod: 'approx' };
    },
  },
  {
    // "the day before", "the next morning", "that night": dates told from the story's own events. Found, but without
    // a value: the publication date says nothing about them.
    name: 'narrative-day',
    pattern:
      /\b(?:(?:the|that)\s+(?:day|night|morning|evening|afternoon)\s+(?:before|after)|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|night|evening|afternoon|week|month|year)|that\s+(?:day|night|morning|evening|afternoon|week|month|year))\b/gi,
    resolve: () => ({ type: 'date' }),
  },
  {
    name: 'casual-day',
    pattern:
      /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, ctx) => {
      const day = refDay(ctx);
      const word = m[1]!.toLowerCase();
      const shift =
        word === 'the day before yesterday'
          ? -2
          : word === 'yesterday'
            ? -1
            : word === 'tomorrow'
              ? 1
              : word === 'the day after tomorrow'
                ? 2
                : 0;
      return day ? { type: 'date', value: dayValue(addDays(day, shift)) } : { type: 'date' };
    },
  },
  {
    name: 'present',
    pattern: /\b(now|currently|at present|at the moment|nowadays|these days)\b/gi,
    resolve: (_m, ctx) => {
      const day = refDay(ctx);
      return day ? { type: 'present', value: dayValue(day) } : { type: 'present' };
    },
  },
  {
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(?:past|last|next|previous|coming|first|final)\\s+)?(${NUMBER_RE})[\\s-]+(${UNIT_RE})\\b(?:[\\s-]+(?:long|old))?`,
      'gi',
    ),
    resolve: (m) => {
      const n = numberOf(m[1]!);
      const { unit, factor } = unitOf(m[2]!);
      const [k, code] = DURATION_CODE[unit];
      // "several years", "a few weeks": TIMEX3 writes the unknown count as X.
      const vague = /few|several|couple/i.test(m[1]!);
      if (n === null && !vague) return null;
      return { type: 'duration', value: vague ? `PX${code}` : `P${n! * factor * k}${code}` };
    },
  },
  {
    name: 'clock-duration',
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(?:past|last|next|first|final)\\s+)?(${NUMBER_RE}|half an?|an?)[\\s-]+(${CLOCK_UNIT_RE})\\b`,
      'gi',
    ),
    resolve: (m) => {
      const code = m[2]!.toLowerCase().startsWith('h') ? 'H' : m[2]!.toLowerCase().startsWith('m') ? 'M' : 'S';
      if (/^half/i.test(m[1]!))
        return { type: 'duration', value: code === 'H' ? 'PT30M' : code === 'M' ? 'PT30S' : 'PT0.5S' };
      const n = numberOf(m[1]!);
      const vague = /few|several|couple/i.test(m[1]!);
      if (n === null && !vague) return null;
      return { type: 'duration', value: vague ? `PTX${code}` : `PT${n}${code}` };
    },
  },
  {
    // "every year", "each week": a set of times (TIMEX3 SET), not a date.
    name: 'set',
    pattern:
      /\b(?:every|each)\s+(day|week|month|year|morning|evening|night|summer|winter|spring|fall|autumn)\b|\b(daily|weekly|monthly|annually|yearly)\b/gi,
    resolve: (m) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const code: Record<string, string> = {
        day: 'P1D',
        daily: 'P1D',
        morning: 'P1D',
        evening: 'P1D',
        night: 'P1D',
        week: 'P1W',
        weekly: 'P1W',
        month: 'P1M',
        monthly: 'P1M',
      };
      return { type: 'set', value: code[word] ?? 'P1Y' };
    },
  },
];

/**
 * Which year's season: "last summer" in March 2013 is 2012's; "this winter" in January is the one begun in December.
 */
function seasonYear(day: Day, startMonth: number, step: number): number {
  const refIndex = day.y * 12 + day.m - 1;
  // The instance of the season that is current or most recently begun.
  let y = day.y;
  while (y * 12 + startMonth - 1 > refIndex) y--;
  const inProgress = refIndex <= y * 12 + startMonth + 1;
  if (step === 0) return startMonth === 12 && day.m <= 2 ? day.y - 1 : day.y;
  if (step < 0) return inProgress ? y - 1 : y;
  return y + 1;
}
