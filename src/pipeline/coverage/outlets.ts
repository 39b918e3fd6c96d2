/** Who published a URL: outlet name, a family key that unites an outlet's editions, and its country. */
import data from './outlets.json';

export interface OutletInfo {
  /** Stable key for "same outlet": the outlet id from our table, else the registrable domain. */
  family: string;
  name: string;
  domain: string;
  country: string | null;
}

type OutletRecord = { id: string; name: string; country: string; owner?: string; stateFunded?: boolean };
const byDomain = new Map<string, OutletRecord>();
for (const outlet of data.outlets) for (const domain of outlet.domains) byDomain.set(domain, outlet);
const SECOND_LEVEL = new Set(data.secondLevelSuffixes);
const TLD_COUNTRIES = data.tldCountries as Record<string, string>;

/** Lowercase host without "www."/"m."/"amp." prefixes; '' when the URL is not http(s). */
export function hostOfUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return '';
    return parsed.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^(www\d?|m|amp|mobile)\./, '');
  } catch {
    return '';
  }
}

/** "edition.cnn.com" → "cnn.com"; "news.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const parts = host.split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const lastThree = parts.slice(-3).join('.');
  if (SECOND_LEVEL.has(lastThree) && parts.length > 3) return parts.slice(-4).join('.');
  const lastTwo = parts.slice(-2).join('.');
  if (SECOND_LEVEL.has(lastTwo)) return parts.slice(-3).join('.');
  return lastTwo;
}

/** Outlet for a host or URL. `hint` names the outlet when the source gave one (Google News `<source>`). */
export function outletOf(
  hostOrUrl: string,
  hint?: { name?: string | null; country?: string | null },
): OutletInfo | null {
  const host = hostOrUrl.includes('/')
    ? hostOfUrl(hostOrUrl)
    : hostOrUrl.toLowerCase().replace(/^(www\d?|m|amp)\./, '');
  if (!host || !/^[a-z0-9.-]+$/.test(host)) return null;
  const domain = registrableDomain(host);
  // The longest listed suffix of the host wins: "abcnews.go.com" is ABC News, "uk.reuters.com" is Reuters.
  const known = lookupHost(host);
  if (known) return { family: known.id, name: known.name, domain, country: known.country };
  const tld = domain.split('.').pop() ?? '';
  return {
    family: domain,
    name: hint?.name?.trim() || domain,
    domain,
    country: hint?.country?.trim() || TLD_COUNTRIES[tld] || null,
  };
}

/** Who owns an outlet and whether a state funds it, where our table knows (from Wikidata); null when it does not. */
export function outletOwnership(hostOrUrl: string): { owner: string | null; stateFunded: boolean } | null {
  const host = hostOrUrl.includes('/')
    ? hostOfUrl(hostOrUrl)
    : hostOrUrl.toLowerCase().replace(/^(www\d?|m|amp)\./, '');
  const known = host ? lookupHost(host) : undefined;
  if (!known || (!known.owner && !known.stateFunded)) return null;
  return { owner: known.owner ?? null, stateFunded: known.stateFunded === true };
}

function lookupHost(host: string) {
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i += 1) {
    const hit = byDomain.get(parts.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** Names of the wire services we know ("Reuters", "AP", "Xinhua"): they appear in datelines of others' stories. */
export function wireServiceNames(): string[] {
  return data.outlets
    .filter((o) => 'wire' in o && o.wire)
    .flatMap((o) => [o.name, ...('aliases' in o && o.aliases ? o.aliases : [])]);
}

const WIRE_FAMILIES = new Set(data.outlets.filter((o) => 'wire' in o && o.wire).map((o) => o.id));

/** Whether an outlet family is a wire service (the originator of copies other outlets run). */
export const isWireService = (family: string) => WIRE_FAMILIES.has(family);
