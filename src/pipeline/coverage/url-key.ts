/** A key under which copies of one article's URL compare equal (tracking parameters, AMP and mobile variants). */
import { hostOfUrl, registrableDomain } from './outlets';

const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|cmp|ref|ref_src|src|source|smid|smtyp|guccounter|taid|ito|at_medium|at_campaign|partner|oc|__twitter_impression|output|outputtype|amp|intcmp|mbid|rss|feed|cid|sr_share|traffic_source|share)$/i;

export function urlKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  const host = hostOfUrl(parsed.href);
  if (!host) return url.trim().toLowerCase();
  const domain = registrableDomain(host);
  // Subdomains other than editions matter (e.g. blogs.x.com vs x.com); editions are folded by the outlet table.
  const path = decodeSafe(parsed.pathname)
    .replace(/\/amp(\.html?)?\/?$/i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/index\.html?$/i, '/')
    .replace(/\/+$/, '')
    .toLowerCase();
  const params = [...parsed.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const sub = host === domain || /^(edition|international|us|uk|eu|en|english|amp)\./.test(host) ? domain : host;
  return `${sub}${path}${params ? `?${params}` : ''}`;
}

function decodeSafe(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
