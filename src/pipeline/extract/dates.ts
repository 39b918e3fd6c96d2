/**
 * Publication dates as pages write them, to ISO 8601 keeping the page's own offset: "2016-11-28 16:23:00 -0500",
 * "2018-10-29T10:15-500", "Dec 16, 2016 4:19 PM ET", Unix seconds. Never trusts the machine's time zone: a time
 * without an offset stays without one.
 */

const ZONES: Record<string, string> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  ET: '-05:00',
  EST: '-05:00',
  EDT: '-04:00',
  CT: '-06:00',
  CST: '-06:00',
  CDT: '-05:00',
  MT: '-07:00',
  MST: '-07:00',
  MDT: '-06:00',
  PT: '-08:00',
  PST: '-08:00',
  PDT: '-07:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  JST: '+09:00',
  KST: '+09:00',
  IST: '+05:30',
  AEST: '+10:00',
  AEDT: '+11:00',
};

const pad = (n: number | string, w = 2) => String(n).padStart(w, '0');

/** "+5", "-500", "+0530", "+05:30", "Z" → "+05:00"-style, or null. */
function offsetOf(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(raw);
  if (!m) return null;
  const [h, min] = [m[2]!, m[3] ?? '00'];
  const hours = Number(h);
  if (hours > 14 || Number(min) > 59) return null;
  return `${m[1]}${pad(hours)}:${min}`;
}

// Zones named without saying standard or daylight time ("4:19 PM ET"): the offset depends on the day.
const US_GENERIC: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };

/** A written zone ("+0530", "GMT-5", "EDT", "ET") as an offset on the given day, or null. */
export function zoneOffset(zone: string | undefined, y: number, mo: number, d: number): string | null {
  if (!zone) return null;
  const upper = zone.toUpperCase();
  const generic = US_GENERIC[upper];
  if (generic !== undefined) return `-${pad(-generic + (usDaylight(y, mo, d) ? -1 : 0))}:00`;
  return offsetOf(zone) ?? ZONES[upper] ?? null;
}

/** US daylight saving time, by day: second Sunday of March to first Sunday of November (April–October before 2007). */
function usDaylight(y: number, mo: number, d: number): boolean {
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const [startMonth, startDay, endMonth, endDay] =
    y >= 2007 ? [3, sunday(3, 2), 11, sunday(11, 1)] : [4, sunday(4, 1), 10, lastSunday(10)];
  const key = mo * 100 + d;
  return key >= startMonth * 100 + startDay && key < endMonth * 100 + endDay;
}

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 24 && mi <= 59 && s <= 60;
}

export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = String(raw).trim().slice(0, 100);
  if (!text) return null;
  // ISO-like: date, optional time (T or space), optional fraction, optional offset (Z, ±H, ±HHMM, ±HH:MM, "-500").
  const iso =
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{1,2}:?\d{0,2}|[A-Z]{2,4})?)?$/i.exec(
      text,
    );
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!valid(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const off = zoneOffset(zone, +y!, +mo!, +d!);
    const stamp = `${y}-${mo}-${d}T${pad(h)}:${mi}:${s ?? '00'}`;
    return off ? `${stamp}${off === '+00:00' && /^z$/i.test(zone!) ? 'Z' : off}` : stamp;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100
      ? date.toISOString().replace('.000Z', 'Z')
      : null;
  }
  return dateToString(text) ?? textualDate(text);
}

/**
 * The format of Java's Date.toString and Unix `date` ("Mon Aug 03 12:45:00 EDT 2015"), which some CMSs print into
 * meta tags: the year comes after the zone, so the textual reader would miss the time.
 */
function dateToString(text: string): string | null {
  const m =
    /^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([A-Z]{2,5}|[+-]\d{4})\s+(\d{4})$/.exec(
      text,
    );
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const [year, day, hour, minute] = [Number(m[7]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (!month || !valid(year, month, day, hour, minute, Number(m[5] ?? 0))) return null;
  const off = zoneOffset(m[6], year, month, day);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${m[4]}:${m[5] ?? '00'}${off ?? ''}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "December 16, 2016 4:19 PM ET", "16 Dec 2016 21:19 GMT", "Fri, 09 Dec 2016 09:13:00 +0000". */
function textualDate(text: string): string | null {
  const m =
    /\b(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*((?:GMT|UTC)?[+-]\d{2}:?\d{2}|[A-Z]{1,4})?)?/i.exec(
      text,
    );
  if (!m) return null;
  const monthName = (m[2] ?? m[4] ?? '').slice(0, 3).toLowerCase();
  const month = MONTHS.indexOf(monthName) + 1;
  const day = Number(m[1] ?? m[5]);
  const year = Number(m[3] ?? m[6]);
  if (!month || !valid(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[7] === undefined) return date;
  let hour = Number(m[7]);
  const ampm = m[10]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (!valid(year, month, day, hour, Number(m[8]))) return date;
  const off = zoneOffset(m[11], year, month, day);
  return `${date}T${pad(hour)}:${m[8]}:${m[9] ?? '00'}${off ?? ''}`;
}

/**
 * A date in visible text near the headline ("Published December 12, 2016 7:00 AM", "2019年2月27日", "27.02.2019",
 * "2019/02/27"). Without a written time zone only the day is certain, so only the day is returned then.
 */
export function visibleDate(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (!t) return null;
  const cjk = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t);
  if (cjk) return day(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  const us = usDateTime(t);
  if (us) return us;
  const ymd = /\b((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(t);
  if (ymd) return day(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  const dmy = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b/.exec(t);
  if (dmy) return day(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  const textual = textualDate(t);
  if (!textual) return null;
  return /[+-]\d\d:\d\d$|Z$/.test(textual) ? textual : textual.slice(0, 10);
}

/**
 * "11/28/2016 11:00 AM PT": a numeric date is read month first only beside a 12-hour clock and a zone that both say
 * American; alone, "03/04/2019" could be either order.
 */
function usDateTime(t: string): string | null {
  const m =
    /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d),?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s+([A-Z]{2,3})\b/i.exec(t);
  if (!m) return null;
  const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let h = Number(m[4]);
  if (h < 1 || h > 12 || !valid(y, mo, d, h, Number(m[5]))) return null;
  if (m[6]!.toLowerCase() === 'p' && h < 12) h += 12;
  if (m[6]!.toLowerCase() === 'a' && h === 12) h = 0;
  const zone = m[7]!.toUpperCase();
  if (!/^[ECMP][SD]?T$/.test(zone)) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${m[5]}:00${zoneOffset(zone, y, mo, d)}`;
}

function day(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}
