/** Words of English date expressions, in one table so rules read as patterns. */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full and abbreviated month names as a regex alternative ("Sept." included, dot optional). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a few': 3,
  few: 3,
  several: 3,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
};

export const NUMBER_RE =
  '(?:\\d+(?:\\.\\d+)?|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';

export const UNIT_RE = '(?:day|week|fortnight|month|quarter|year|decade|century|centuries)s?';
/** Clock units: durations only ("five hours", "a 20-minute walk"). */
export const CLOCK_UNIT_RE = '(?:hour|minute|second)s?';

/** "the sixties" … "the nineties": decades of the 1900s, as news uses them. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 192,
  thirties: 193,
  forties: 194,
  fifties: 195,
  sixties: 196,
  seventies: 197,
  eighties: 198,
  nineties: 199,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** Seasons as TIMEX3 writes them, with the months they start in (northern hemisphere, meteorological). */
export const SEASONS: Record<string, { code: string; start: number }> = {
  spring: { code: 'SP', start: 3 },
  summer: { code: 'SU', start: 6 },
  fall: { code: 'FA', start: 9 },
  autumn: { code: 'FA', start: 9 },
  winter: { code: 'WI', start: 12 },
};

export function numberOf(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

export function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}
