import { describe, expect, it } from 'vitest';
import {
  accessPattern,
  failingSources,
  missingAccess,
  neededAccess,
  originPattern,
  patternMatches,
} from '../../src/shared/site-access';
import manifest from '../../manifest.json';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/shared/settings';

const settings = (patch: Partial<Settings> = {}) => normalizeSettings({ ...DEFAULT_SETTINGS, ...patch });
const withEndpoints = (endpoints: Partial<Settings['endpoints']>) =>
  settings({ endpoints: { ...DEFAULT_SETTINGS.endpoints, ...endpoints } });

describe('originPattern', () => {
  it.each([
    ['https://en.wikipedia.org/w/api.php', 'https://en.wikipedia.org/*'],
    ['http://127.0.0.1:4000/api/gdelt/doc', 'http://127.0.0.1/*'], // no port: Firefox refuses ports in patterns
    ['https://mirror.example:8443/rss?q=1', 'https://mirror.example/*'],
    ['ftp://files.example/x', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => expect(originPattern(url)).toBe(pattern));
});

describe('patternMatches', () => {
  it.each([
    ['https://*.wikipedia.org/*', 'https://en.wikipedia.org/w/api.php', true],
    ['https://*.wikipedia.org/*', 'https://wikipedia.org/', true],
    ['https://*.wikipedia.org/*', 'https://en.wikipedia.org.evil.example/', false],
    ['https://*.wikipedia.org/*', 'https://notwikipedia.org/', false],
    ['https://*.wikipedia.org/*', 'http://en.wikipedia.org/', false],
    ['https://news.google.com/*', 'https://news.google.com/rss/search?q=x', true],
    ['https://news.google.com/*', 'https://google.com/', false],
    ['*://*/*', 'http://127.0.0.1:9/x', true],
    ['*://*/*', 'ftp://x.example/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:4000/x', true],
    ['garbage', 'https://x.example/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => expect(patternMatches(pattern, url)).toBe(expected));
});

describe('neededAccess', () => {
  it("default settings: the manifest's own host patterns, one per service the background fetches (no Commons: photos are images)", () => {
    const needs = neededAccess(settings());
    expect(needs).toEqual([
      { pattern: 'https://*.wikipedia.org/*', hosts: ['en.wikipedia.org'], sources: ['wikipedia'] },
      { pattern: 'https://www.wikidata.org/*', hosts: ['www.wikidata.org'], sources: ['wikipedia'] },
      { pattern: 'https://api.gdeltproject.org/*', hosts: ['api.gdeltproject.org'], sources: ['gdelt'] },
      { pattern: 'https://news.google.com/*', hosts: ['news.google.com'], sources: ['googleNews'] },
    ]);
    for (const need of needs) expect(manifest.host_permissions).toContain(need.pattern);
  });

  it('another Wikipedia language needs no new grant', () => {
    expect(neededAccess(settings({ wikipediaLang: 'de' }))[0]).toEqual({
      pattern: 'https://*.wikipedia.org/*',
      hosts: ['de.wikipedia.org'],
      sources: ['wikipedia'],
    });
  });

  it('offline, or every source off: nothing', () => {
    expect(neededAccess(settings({ offline: true }))).toEqual([]);
    expect(
      neededAccess(settings({ sources: { wikipedia: false, gdelt: false, googleNews: false, history: true } })),
    ).toEqual([]);
  });

  it('only the sources that are on', () => {
    const needs = neededAccess(settings({ sources: { ...DEFAULT_SETTINGS.sources, wikipedia: false, gdelt: false } }));
    expect(needs.map((n) => n.pattern)).toEqual(['https://news.google.com/*']);
  });

  it('custom endpoints: their own origin (no port), services on one host grouped', () => {
    const needs = neededAccess(
      withEndpoints({
        wikipedia: 'http://127.0.0.1:4000/api/wikipedia/{lang}/api.php',
        wikidata: 'http://127.0.0.1:4000/api/wikidata/api.php',
        gdelt: 'https://gdelt.mirror.example/api/v2/doc/doc',
      }),
    );
    expect(needs).toEqual([
      { pattern: 'http://127.0.0.1/*', hosts: ['127.0.0.1'], sources: ['wikipedia'] },
      { pattern: 'https://gdelt.mirror.example/*', hosts: ['gdelt.mirror.example'], sources: ['gdelt'] },
      { pattern: 'https://news.google.com/*', hosts: ['news.google.com'], sources: ['googleNews'] },
    ]);
  });

  it('accessPattern prefers the manifest pattern that covers an endpoint', () => {
    expect(accessPattern('https://{lang}.wikipedia.org/w/api.php', 'fr')).toBe('https://*.wikipedia.org/*');
    expect(accessPattern('https://fr.m.wikipedia.org/w/api.php', 'fr')).toBe('https://*.wikipedia.org/*');
    expect(accessPattern('https://wiki.example/w/api.php', 'fr')).toBe('https://wiki.example/*');
  });
});

describe('missingAccess', () => {
  it('lists only what the browser has not granted', async () => {
    const granted = new Set(['https://*.wikipedia.org/*', 'https://www.wikidata.org/*']);
    const asked: string[] = [];
    const missing = await missingAccess(settings(), async (p) => {
      asked.push(p);
      return granted.has(p);
    });
    expect(missing.map((m) => m.pattern)).toEqual(['https://api.gdeltproject.org/*', 'https://news.google.com/*']);
    expect(asked).toHaveLength(4);
  });

  it('everything granted, or offline: nothing missing', async () => {
    expect(await missingAccess(settings(), async () => true)).toEqual([]);
    expect(await missingAccess(settings({ offline: true }), async () => false)).toEqual([]);
  });

  it('a browser that cannot answer counts as granted (nothing to nag about)', async () => {
    expect(
      await missingAccess(settings(), async () => {
        throw new Error('Invalid pattern');
      }),
    ).toEqual([]);
  });
});

describe('failingSources', () => {
  const state = (cards: string, gdelt: object, googleNews: object) =>
    ({ status: 'ready', cards: { status: cards }, coverage: { sources: { gdelt, googleNews } } }) as never;
  it.each([
    ['all answered', state('ready', { state: 'ok' }, { state: 'empty' }), []],
    ['cards degraded', state('degraded', { state: 'ok' }, { state: 'ok' }), ['wikipedia']],
    [
      'news refused and unreachable',
      state('ready', { state: 'unavailable', reason: 'network' }, { state: 'cached', reason: 'permission' }),
      ['gdelt', 'googleNews'],
    ],
    [
      'a timeout or rate limit is not about access',
      state('ready', { state: 'unavailable', reason: 'timeout' }, { state: 'unavailable', reason: 'rate-limited' }),
      [],
    ],
    ['turned off or offline', state('offline', { state: 'disabled' }, { state: 'offline' }), []],
  ])('%s', (_label, s, expected) => {
    expect(failingSources(s)).toEqual(expected);
  });
  it('no state: nothing', () => {
    expect(failingSources(null)).toEqual([]);
  });
});
