/**
 * Plain calendar arithmetic on naive dates (year, month 1–12, day). Dates in an article are read on the article's own
 * wall clock, so nothing here touches the machine's time zone: every Date is built and read in UTC.
 */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export const yearValue = (y: number) => pad(y, 4);
export const monthValue = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const dayValue = ({ y, m, d }: Day) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function toUtc({ y, m, d }: Day): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900s
  return date;
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Month arithmetic clamps the day (Mar 31 − 1 month = Feb 28/29), as people count. */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return toUtc(day).getUTCDay();
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const date = toUtc(day);
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((date.getTime() - jan1) / 86_400_000 / 7) + 1;
  return { year, week };
}

export function weekValue(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
