import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tCount } from '../../src/shared/i18n';

const LOCALES = 'public/_locales';
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = read('en');
const REQUIRED = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
const locales = readdirSync(LOCALES).filter((l) => l !== 'en');
/** A plural variant of a message: "mentions_few" for "mentions". */
const PLURAL = /^(.+)_(zero|one|two|few|many)$/;
/** The placeholders a message uses, by name ("$COUNT$" → "count"); Chrome matches them case-insensitively. */
const used = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

describe('the translated catalogues', () => {
  it('include every language the popup promises', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(locales)('%s', (lang) => {
    const catalogue = read(lang);

    it('has every message English has, none empty', () => {
      const missing = Object.keys(english).filter((k) => !catalogue[k]?.message?.trim());
      expect(missing).toEqual([]);
    });

    it('has no key English lacks, other than plural variants of English keys', () => {
      const stray = Object.keys(catalogue).filter((k) => !english[k] && !english[PLURAL.exec(k)?.[1] ?? '']);
      expect(stray).toEqual([]);
    });

    it('defines and uses the same placeholders as English', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        const base = english[key] ?? english[PLURAL.exec(key)![1]!]!;
        expect(entry.placeholders ?? {}, key).toEqual(base.placeholders ?? {});
        expect(used(entry.message), key).toEqual(used(base.message));
        expect(entry.message.includes('%s'), key).toBe(base.message.includes('%s'));
      }
    });
  });
});

describe('tCount', () => {
  afterEach(() => vi.unstubAllGlobals());
  const catalogues: Record<string, Record<string, Entry>> = { pl: read('pl'), ru: read('ru'), de: read('de') };
  /** chrome.i18n as the browser gives it for one UI language: its catalogue, English for what it lacks. */
  const browserIn = (lang: string) =>
    vi.stubGlobal('chrome', {
      i18n: {
        getUILanguage: () => lang,
        getMessage: (key: string, subs: string[] = []) => {
          const entry = catalogues[lang]?.[key] ?? english[key];
          return entry ? entry.message.replace(/\$COUNT\$/g, subs[0] ?? '') : '';
        },
      },
    });

  it.each([
    ['pl', 2, '2 wzmianki'],
    ['pl', 5, '5 wzmianek'],
    ['pl', 22, '22 wzmianki'],
    ['pl', 12, '12 wzmianek'],
    ['ru', 21, '21 упоминание'],
    ['ru', 3, '3 упоминания'],
    ['ru', 11, '11 упоминаний'],
    ['ru', 25, '25 упоминаний'],
    ['de', 5, '5 Erwähnungen'],
    ['de', 2, '2 Erwähnungen'],
    ['en', 5, '5 mentions'],
  ])('%s: %i → %j', (lang, count, text) => {
    browserIn(lang);
    expect(tCount('mentions', count)).toBe(text);
  });

  it('falls back to the plain message outside an extension', () => {
    expect(tCount('mentions', 5, [], 'ru')).toBe('5 mentions');
  });
});
