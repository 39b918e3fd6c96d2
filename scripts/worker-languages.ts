/**
 * Which languages' words a built service worker holds: a pack other than English must reach the worker as a
 * fetched asset (src/languages/pack-data.ts), so that a wake-up costs the same however many languages there are.
 * A word counts when the worker's code has it whole (between non-letters): as a string, an object key or a part
 * of a list joined into one string.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PACKS } from '../src/languages/all';
import { english } from '../src/languages/en';
import { MONTHS, WEEKDAYS } from '../src/languages/en/date-words';
import { serialisePack } from '../src/languages/pack-data';
import type { CalendarWords, LanguagePack } from '../src/languages/types';

/** Every word English's pack has anywhere: the worker holds those, in whatever language they are also words. */
const ENGLISH_WORDS = new Set(
  `${serialisePack(english)} ${Object.keys(MONTHS).join(' ')} ${Object.keys(WEEKDAYS).join(' ')}`
    .toLowerCase()
    .match(/[\p{L}-]+/gu),
);

/**
 * Words only this pack has: its roles and its month and weekday names. Not-names and event nouns are left out:
 * many are everyday words ("foto", "protest") that other modules of the worker have in their own lists.
 */
function ownWords(pack: LanguagePack): string[] {
  const dates = pack.dateWords as CalendarWords;
  const words = [...pack.roleWords.roles, ...Object.keys(dates.months ?? {}), ...Object.keys(dates.weekdays ?? {})];
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length > 3 && !ENGLISH_WORDS.has(w));
}

export interface HeldWords {
  code: string;
  /** The pack's own words the worker holds, of `total`. */
  held: string[];
  total: number;
}

/**
 * The languages other than English whose own words the worker's files hold beyond `maxShare` of them: a pack the
 * worker imports shows nearly all of its words; a word or two ("fiscal") are other modules' English.
 */
export function foreignPacksIn(dist: string, files: readonly string[], maxShare = 0.1): HeldWords[] {
  const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  const inWorker = new Set(code.toLowerCase().match(/[\p{L}-]+/gu) ?? []);
  return ALL_PACKS.filter((p) => p.code !== english.code)
    .map((pack) => {
      const own = ownWords(pack);
      return { code: pack.code, held: own.filter((w) => inWorker.has(w)), total: own.length };
    })
    .filter((h) => h.held.length > maxShare * h.total);
}
