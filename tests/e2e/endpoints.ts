/**
 * Where the extension's outside endpoints point in end-to-end tests, for both browsers' harnesses: the loopback
 * fixture server's fake APIs, and a guard that a test's own endpoint is loopback too.
 */
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/** A loopback base URL nothing answers on (port 9, "discard"): connections are refused at once. */
export const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/unreachable';

/** Every endpoint at the fixture server's fake APIs; `prefix` picks a variant (`/api/faulty`, `/api/hostile`). */
export function fixtureEndpoints(origin: string, prefix = '/api'): typeof DEFAULT_SETTINGS.endpoints {
  return {
    wikipedia: `${origin}${prefix}/wikipedia/{lang}/api.php`,
    wikidata: `${origin}${prefix}/wikidata/api.php`,
    commonsFile: `${origin}${prefix}/commons/Special:FilePath/`,
    gdelt: `${origin}${prefix}/gdelt/doc`,
    googleNews: `${origin}${prefix}/gnews/rss/search`,
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
export const isLoopback = (url: string) => {
  try {
    return LOOPBACK_HOSTS.has(new URL(url.replace('{lang}', 'en')).hostname);
  } catch {
    return false;
  }
};

/**
 * The endpoints a test's settings get: the fixture server's wherever the test left the shipped default (or named
 * none); a test's own endpoint must be loopback unless it opted into real hosts.
 */
export function loopbackEndpoints(
  given: unknown,
  origin: string,
  o: { outsideHosts?: boolean } = {},
): typeof DEFAULT_SETTINGS.endpoints {
  const fixture = fixtureEndpoints(origin);
  const asked = (given && typeof given === 'object' ? given : {}) as Record<string, unknown>;
  const out = { ...fixture };
  for (const key of Object.keys(fixture) as (keyof typeof fixture)[]) {
    const value = asked[key];
    if (typeof value !== 'string' || value === DEFAULT_SETTINGS.endpoints[key]) continue;
    if (!o.outsideHosts && !isLoopback(value)) {
      throw new Error(
        `e2e settings point ${key} at ${value}: tests talk to the loopback fixture server only (pass { outsideHosts: true } to mean it)`,
      );
    }
    out[key] = value;
  }
  return out;
}
