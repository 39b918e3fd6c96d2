import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isExcluded, normalizeHost, normalizeSettings } from '../../src/shared/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones field by field', () => {
    const s = normalizeSettings({
      autoAnalyze: false,
      excludedSites: ['https://www.Example.com/path', 'example.com', 42, '', 'news.test'],
      offline: 'yes',
      sources: { gdelt: false, wikipedia: 'no' },
      wikipediaLang: 'de',
      endpoints: { wikipedia: 'http://127.0.0.1:9/api/wikipedia', gdelt: 'javascript:alert(1)' },
      historyRetentionDays: -3,
    });
    expect(s.autoAnalyze).toBe(false);
    expect(s.excludedSites).toEqual(['example.com', 'news.test']);
    expect(s.offline).toBe(false);
    expect(s.sources).toEqual({ ...DEFAULT_SETTINGS.sources, gdelt: false });
    expect(s.wikipediaLang).toBe('de');
    expect(s.endpoints.wikipedia).toBe('http://127.0.0.1:9/api/wikipedia');
    expect(s.endpoints.gdelt).toBe(DEFAULT_SETTINGS.endpoints.gdelt);
    expect(s.historyRetentionDays).toBe(DEFAULT_SETTINGS.historyRetentionDays);
  });

  it('rejects a language code that could inject into a URL', () => {
    expect(normalizeSettings({ wikipediaLang: 'en.evil.test/x' }).wikipediaLang).toBe('en');
  });
});

describe('site exclusion', () => {
  it.each([
    ['www.Example.com', 'example.com'],
    ['https://sub.example.com/a?b', 'sub.example.com'],
    ['   ', ''],
    ['not a host at all', ''],
  ])('normalizeHost(%j) = %j', (input, host) => expect(normalizeHost(input)).toBe(host));

  const settings = normalizeSettings({ excludedSites: ['example.com'] });
  it.each([
    ['https://example.com/a', true],
    ['https://www.example.com/a', true],
    ['https://news.example.com/a', true],
    ['https://notexample.com/a', false],
    ['https://example.com.evil.test/a', false],
  ])('%s excluded: %s', (url, excluded) => expect(isExcluded(settings, url)).toBe(excluded));
});

describe('highlight settings', () => {
  it('defaults when settings saved by an older version have none (no migration needed)', () => {
    const old = { version: 1, autoAnalyze: false, sources: { gdelt: false } };
    const s = normalizeSettings(old);
    expect(s.highlights).toEqual(DEFAULT_SETTINGS.highlights);
    expect(s.highlights.enabled).toBe(false);
    expect(s.autoAnalyze).toBe(false);
  });

  it.each([
    [{ enabled: true }, { enabled: true, types: DEFAULT_SETTINGS.highlights.types }],
    [
      { enabled: 'yes', types: { person: false, place: 0 } },
      { enabled: false, types: { ...DEFAULT_SETTINGS.highlights.types, person: false } },
    ],
    ['on', DEFAULT_SETTINGS.highlights],
    [null, DEFAULT_SETTINGS.highlights],
    [{ types: { evil: true } }, DEFAULT_SETTINGS.highlights],
  ])('normalizes %j', (raw, expected) => expect(normalizeSettings({ highlights: raw }).highlights).toEqual(expected));
});

describe('card language setting', () => {
  it('moves version 1 settings to version 2: cards follow the article, the old language stays the fallback', () => {
    const s = normalizeSettings({ version: 1, wikipediaLang: 'de', offline: true });
    expect(s.version).toBe(2);
    expect(s.cardLanguage).toBe('article');
    expect(s.wikipediaLang).toBe('de');
    expect(s.offline).toBe(true);
  });

  it.each([
    ['article', 'article'],
    ['browser', 'browser'],
    ['english', 'english'],
    ['English', 'article'],
    ['de', 'article'],
    [42, 'article'],
    [null, 'article'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeSettings({ version: 2, cardLanguage: raw }).cardLanguage).toBe(expected);
  });
});
