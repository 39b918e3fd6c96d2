/**
 * A pack for a language written without capital letters but with spaces between words (Arabic, Korean, Hindi …):
 * names come from the words around them (the folder's name-words.ts, read by recognize/uncased/
 * find-anchored-names.ts), not from an NER model, and dates from its date words (rule-pack.ts has the rest). The date
 * words also end a name ("... شي جين بينغ الأسبوع المقبل"), so they join the stop
 * words here rather than being listed twice.
 */
import { rulePack } from './rule-pack';
import type { AnchoredNameWords, CalendarWords, CjkCalendarWords, LanguagePack } from './types';

export interface UncasedLanguage {
  code: string;
  nameWords: AnchoredNameWords;
  dateWords: CalendarWords | CjkCalendarWords;
  boilerplateLines: readonly RegExp[];
}

/** Every word of the date lists, as the name rules' stop words. */
function dateStopWords(words: CalendarWords | CjkCalendarWords): string[] {
  const keys = (r: Readonly<Record<string, unknown>>) => Object.keys(r);
  if (words.kind === 'cjk-calendar') return [...keys(words.weekdays), ...keys(words.periods), ...keys(words.days)];
  return [
    ...keys(words.months),
    ...keys(words.weekdays),
    ...keys(words.units),
    ...keys(words.days),
    ...words.next,
    ...words.last,
    ...words.this,
  ];
}

export function uncasedPack({ code, nameWords, dateWords, boilerplateLines }: UncasedLanguage): LanguagePack {
  const roles = [...nameWords.rolesBefore, ...nameWords.rolesAfter];
  return {
    ...rulePack({ code, roles, notNames: [], dateWords, boilerplateLines }),
    anchoredNames: { ...nameWords, stopWords: [...nameWords.stopWords, ...dateStopWords(dateWords)] },
  };
}
