import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatCount, tn } from '../../src/shared/plural';
import type { PrecompiledMessage } from '../../src/shared/precompiled-messages';
import { precompileCatalogues } from '../../scripts/vite-messages.js';

describe('tn: counts through the catalogue’s ICU plural patterns', () => {
  it.each([
    ['mentions', { count: 0 }, '0 mentions'],
    ['mentions', { count: 1 }, '1 mention'],
    ['mentions', { count: 2 }, '2 mentions'],
    ['navCount', { count: 1 }, '1 item'],
    ['navCount', { count: 21 }, '21 items'],
    ['popupMoreEvents', { count: 1 }, '1 more event'],
    ['morePlaces', { count: 11 }, '11 places'],
    ['historySummary', { count: 1, name: 'Xi Jinping' }, 'You read 1 earlier story about Xi Jinping'],
    ['historySummary', { count: 3, name: 'Xi Jinping' }, 'You read 3 earlier stories about Xi Jinping'],
    ['clockNewSince', { count: 0, date: 'Sep 3' }, 'Nothing new since you read this story on Sep 3'],
    ['clockNewSince', { count: 1, date: 'Sep 3' }, '1 new report since you read this story on Sep 3'],
  ])('%s %j → %s', (key, values, text) => {
    expect(tn(key, values)).toBe(text);
  });

  it('an unknown key or a pattern that does not parse comes back as its key, never thrown', () => {
    expect(tn('noSuchMessage{', { count: 1 })).toBe('noSuchMessage{');
  });
});

describe('precompiled messages (the extension build parses the catalogues ahead of time)', () => {
  const table = precompileCatalogues();
  const valuesFor = (count: number) => ({
    count,
    outlets: count,
    countries: count + 1,
    since: 'Sep 5',
    date: 'Sep 3',
    name: 'Xi Jinping',
    owner: "People's Daily",
    lang: 'en',
  });
  const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1000];

  it('covers all nine catalogues, each with every count message', () => {
    expect(Object.keys(table).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru']);
    for (const [locale, json] of Object.entries(table)) {
      const forms = JSON.parse(json) as Record<string, PrecompiledMessage>;
      for (const key of ['mentions', 'navCount', 'coverageSummary', 'morePlaces', 'clockNewSince', 'historySummary'])
        expect(forms[key]?.source, `${locale} ${key}`).toBeTypeOf('string');
    }
  });

  it('formats every message in every language exactly as parsing its pattern does', () => {
    for (const [locale, json] of Object.entries(table)) {
      for (const [key, form] of Object.entries(JSON.parse(json) as Record<string, PrecompiledMessage>)) {
        for (const count of COUNTS) {
          const parsed = new IntlMessageFormat(form.source, locale).format(valuesFor(count));
          const built = new IntlMessageFormat(form.ast, locale).format(valuesFor(count));
          expect(built, `${locale} ${key} ${count}`).toBe(parsed);
        }
      }
    }
  });

  it.each([
    ['the form of the very pattern the catalogue has is used', true, 'FROM THE BUILD'],
    ['a form parsed from other text (the catalogue changed since) is not: the pattern is parsed', false, '2 mentions'],
  ])('%s', (_name, sameSource, text) => {
    const mentions = (JSON.parse(table.en!) as Record<string, PrecompiledMessage>).mentions!;
    const forms = {
      mentions: {
        source: sameSource ? mentions.source : `${mentions.source} `,
        ast: [{ type: 0, value: 'FROM THE BUILD' }],
      },
    };
    expect(formatCount('mentions', { count: 2 }, { en: JSON.stringify(forms) })).toBe(text);
  });

  it('gives the same English text through the built forms as through parsing', () => {
    const keys = Object.keys(JSON.parse(table.en!) as Record<string, PrecompiledMessage>);
    for (const key of keys)
      for (const count of COUNTS)
        expect(formatCount(key, valuesFor(count), table), `${key} ${count}`).toBe(tn(key, valuesFor(count)));
  });
});

describe('the toolbar title', () => {
  it.each([
    [1, 'Backstory: 1 person, organization, place or event'],
    [18, 'Backstory: 18 people, organizations, places and events'],
  ])('%i name(s)', async (count, title) => {
    const { titleFor } = await import('../../src/background/titles');
    const entities = Array.from({ length: count }, (_, i) => ({
      type: 'person' as const,
      name: `P${i}`,
      mentions: [],
    }));
    expect(titleFor({ status: 'ready', analysis: { entities, events: [] } } as never)).toBe(title);
  });
});
