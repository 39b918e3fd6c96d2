import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

const LOCALES = 'public/_locales';
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = read('en');
const REQUIRED = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
const locales = readdirSync(LOCALES).filter((l) => l !== 'en');

/** Chrome placeholders a message uses, by name ("$COUNT$" → "count"); Chrome matches them case-insensitively. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
/** ICU MessageFormat arguments a message uses ("{count, plural, …}", "{name}"). */
const icuArguments = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
const isIcu = (message: string) => /\{\s*\w+\s*,\s*(plural|select)/.test(message);

/** Values for every argument of an English message, to format each translation with. */
const sampleValues = (message: string, count: number) =>
  Object.fromEntries(icuArguments(message).map((name) => [name, /count|outlets|countries/.test(name) ? count : 'X']));

describe('the translated catalogues', () => {
  it('include every language the popup promises', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(locales)('%s', (lang) => {
    const catalogue = read(lang);

    it('has every message English has, none empty, and no other', () => {
      expect(Object.keys(english).filter((k) => !catalogue[k]?.message?.trim())).toEqual([]);
      expect(Object.keys(catalogue).filter((k) => !english[k])).toEqual([]);
    });

    it('names its own language, for the plural rules', () => {
      expect(catalogue.catalogueLocale?.message).toBe(lang);
    });

    it('defines and uses the same placeholders and arguments as English', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        const base = english[key]!;
        expect(entry.placeholders ?? {}, key).toEqual(base.placeholders ?? {});
        expect(placeholders(entry.message), key).toEqual(placeholders(base.message));
        expect(entry.message.includes('%s'), key).toBe(base.message.includes('%s'));
        if (isIcu(base.message)) expect(icuArguments(entry.message), key).toEqual(icuArguments(base.message));
      }
    });

    it('writes counts as ICU patterns that format for 0, 1, 2, 5, 22 and 1.5 in its language', () => {
      for (const [key, base] of Object.entries(english)) {
        if (!isIcu(base.message)) continue;
        const format = new IntlMessageFormat(catalogue[key]!.message, lang);
        for (const n of [0, 1, 2, 5, 22, 1.5]) {
          const text = String(format.format(sampleValues(base.message, n)));
          expect(text, `${key} ${n}`).not.toMatch(/[{}]/);
        }
      }
    });
  });
});

describe('plural forms where languages have more than two', () => {
  const mentions = (lang: string, count: number) =>
    String(new IntlMessageFormat(read(lang).mentions!.message, lang).format({ count }));
  it.each([
    ['pl', 1, '1 wzmianka'],
    ['pl', 2, '2 wzmianki'],
    ['pl', 5, '5 wzmianek'],
    ['pl', 22, '22 wzmianki'],
    ['pl', 12, '12 wzmianek'],
    ['ru', 21, '21 упоминание'],
    ['ru', 3, '3 упоминания'],
    ['ru', 11, '11 упоминаний'],
    ['ru', 25, '25 упоминаний'],
    ['de', 1, '1 Erwähnung'],
    ['de', 5, '5 Erwähnungen'],
    ['fr', 0, '0 mention'],
    ['fr', 2, '2 mentions'],
  ])('%s: %i → %j', (lang, count, text) => {
    expect(mentions(lang, count)).toBe(text);
  });
});
