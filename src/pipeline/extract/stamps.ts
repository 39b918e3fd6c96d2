/**
 * Normalized ISO dates (as `isoDate` writes them) taken apart: the wall clock the page wrote, its offset, the instant.
 * Comparing wall clocks across sources is how a mislabelled zone shows itself.
 */
import { zoneOffset } from './dates';

export interface Stamp {
  iso: string;
  /** "YYYY-MM-DDTHH:MM:SS" as written, or "YYYY-MM-DD". */
  wall: string;
  /** Minutes east of UTC; null when the page gave no offset (or only a day). */
  offsetMin: number | null;
  /** Epoch ms; null without an offset. */
  instant: number | null;
  /** The instant's UTC clock, "YYYY-MM-DDTHH:MM:SS"; '' without an instant. */
  utcWall: string;
  dateOnly: boolean;
}

export function parseStamp(iso: string | null): Stamp | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!m) return null;
  if (!m[2]) return { iso, wall: m[1]!, offsetMin: null, instant: null, utcWall: '', dateOnly: true };
  const wall = `${m[1]}T${m[2]}`;
  if (!m[3]) return { iso, wall, offsetMin: null, instant: null, utcWall: '', dateOnly: false };
  const offsetMin =
    m[3] === 'Z' ? 0 : (m[3][0] === '-' ? -1 : 1) * (Number(m[3].slice(1, 3)) * 60 + Number(m[3].slice(4, 6)));
  const instant = Date.parse(`${wall}Z`) - offsetMin * 6e4;
  if (Number.isNaN(instant)) return null;
  return { iso, wall, offsetMin, instant, utcWall: new Date(instant).toISOString().slice(0, 19), dateOnly: false };
}

/** Same clock reading to the minute (sources disagree on seconds). */
export const sameMinute = (a: string, b: string) => a.length >= 16 && a.slice(0, 16) === b.slice(0, 16);

/**
 * A time the page gave without an offset: the offset of another source with the same wall clock, else a zone written
 * beside that clock in visible text ("10/17/2022 04:01 PM EDT"), else only the day, which is all that is certain.
 */
export function resolveFloating(chosen: Stamp, others: Stamp[], texts: string[]): string {
  const twin = others.find((o) => o.offsetMin !== null && sameMinute(o.wall, chosen.wall));
  if (twin) return `${chosen.wall}${twin.iso.slice(19)}`;
  const [y, mo, d] = chosen.wall.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [hour, minute] = [Number(chosen.wall.slice(11, 13)), Number(chosen.wall.slice(14, 16))];
  for (const text of texts) {
    for (const m of text
      .slice(0, 400)
      .matchAll(
        /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?\s+((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4})\b/gi,
      )) {
      let h = Number(m[1]);
      const ampm = m[3]?.toLowerCase();
      if (ampm === 'p' && h < 12) h += 12;
      if (ampm === 'a' && h === 12) h = 0;
      if (h !== hour || Number(m[2]) !== minute) continue;
      const off = zoneOffset(m[4], y, mo, d);
      if (off) return `${chosen.wall}${off === '+00:00' ? 'Z' : off}`;
    }
  }
  return chosen.wall.slice(0, 10);
}
