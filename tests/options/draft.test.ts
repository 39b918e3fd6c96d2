import { describe, expect, it } from 'vitest';
import { customEndpoints, draftOf, isHttpUrl, toSettings } from '../../src/options/draft';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/shared/settings';

describe('options draft', () => {
  it('round-trips the settings unchanged', () => {
    const s = normalizeSettings({ excludedSites: ['a.test', 'b.test'], historyRetentionDays: 7 });
    expect(toSettings(draftOf(s))).toEqual({ settings: s, errors: {} });
  });

  it.each([
    ['https://{lang}.wikipedia.org/w/api.php', true],
    ['http://127.0.0.1:9/api', true],
    [' https://x.test/ ', true],
    ['javascript:alert(1)', false],
    ['ftp://x.test', false],
    ['x.test', false],
    ['', false],
  ])('isHttpUrl(%j) = %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok));

  it('names the endpoints that differ from the shipped ones', () => {
    expect(customEndpoints(DEFAULT_SETTINGS)).toEqual([]);
    expect(customEndpoints(normalizeSettings({ endpoints: { gdelt: 'http://127.0.0.1:1/g' } }))).toEqual(['gdelt']);
  });
});
