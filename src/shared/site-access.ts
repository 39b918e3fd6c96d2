/**
 * Site access. Which hosts the current settings make the extension contact, as host-permission match
 * patterns, and which of them the browser has not granted. Firefox treats MV3 host permissions as optional: the
 * reader may withdraw them (or a temporary or updated install may never have had them), and Chrome lets the reader
 * restrict site access too. A custom endpoint (Settings → Advanced) needs its own host granted, unless its server
 * answers cross-origin requests anyway. It falls under the content script's every-host http and https patterns, so
 * it can be requested without an optional_host_permissions key (which, in Chrome, would stop those patterns from
 * counting in permissions.contains).
 * Pure: the browser's permissions.contains is passed in.
 */
import { host_permissions as MANIFEST_HOSTS } from '../../manifest.json';
import type { Settings } from './settings';
import type { TabState } from './tab-state';

export type AccessSource = 'wikipedia' | 'gdelt' | 'googleNews';

export interface AccessNeed {
  /** A match pattern the browser accepts in permissions.contains/request (no port: Firefox refuses ports). */
  pattern: string;
  /** The hosts behind it the settings use, for the reader ("en.wikipedia.org"). */
  hosts: string[];
  /** Which of the reader's sources need it. */
  sources: AccessSource[];
}

/**
 * The endpoints the background fetches, per source. Commons (commonsFile) is left out: its photos load as images
 * in the popup, which needs no host permission.
 */
const FETCHED: Record<AccessSource, (keyof Settings['endpoints'])[]> = {
  wikipedia: ['wikipedia', 'wikidata'],
  gdelt: ['gdelt'],
  googleNews: ['googleNews'],
};

/** "http://127.0.0.1:4000/x" → "http://127.0.0.1/*". Null for what is not an http(s) URL. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Whether a match pattern of the `scheme://host/*` kind (host may start with `*.`) covers `url`. */
export function patternMatches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\/\*$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

/**
 * The pattern to hold for one endpoint: the manifest's own when it covers the endpoint (so switching the
 * Wikipedia language needs no new grant), else the endpoint's origin (a custom endpoint).
 */
export function accessPattern(
  endpoint: string,
  lang: string,
  manifestHosts: readonly string[] = MANIFEST_HOSTS,
): string | null {
  const url = endpoint.replace('{lang}', lang);
  return manifestHosts.find((p) => patternMatches(p, url)) ?? originPattern(url);
}

/** Every host the settings make the background contact, grouped by pattern. Offline or all sources off: none. */
export function neededAccess(settings: Settings, manifestHosts: readonly string[] = MANIFEST_HOSTS): AccessNeed[] {
  if (settings.offline) return [];
  const byPattern = new Map<string, AccessNeed>();
  for (const source of Object.keys(FETCHED) as AccessSource[]) {
    if (!settings.sources[source]) continue;
    for (const key of FETCHED[source]) {
      const url = settings.endpoints[key].replace('{lang}', settings.wikipediaLang);
      const pattern = accessPattern(url, settings.wikipediaLang, manifestHosts);
      if (!pattern) continue;
      const need = byPattern.get(pattern) ?? { pattern, hosts: [], sources: [] };
      const host = new URL(url).hostname;
      if (!need.hosts.includes(host)) need.hosts.push(host);
      if (!need.sources.includes(source)) need.sources.push(source);
      byPattern.set(pattern, need);
    }
  }
  return [...byPattern.values()];
}

/**
 * The needs the browser has not granted. `contains` is permissions.contains for one pattern; a browser that
 * cannot answer (no permissions API) counts as granted, so nothing nags where nothing can be asked.
 */
export async function missingAccess(
  settings: Settings,
  contains: (pattern: string) => Promise<boolean>,
  manifestHosts: readonly string[] = MANIFEST_HOSTS,
): Promise<AccessNeed[]> {
  const needs = neededAccess(settings, manifestHosts);
  const granted = await Promise.all(needs.map((n) => contains(n.pattern).catch(() => true)));
  return needs.filter((_, i) => !granted[i]);
}

/**
 * The sources that failed for a tab in a way missing access explains: cards degraded (Wikipedia/Wikidata), a news
 * source unreachable or refused. Wikimedia and GDELT answer cross-origin requests, so missing access need not break
 * them: the popup speaks up only where something did break.
 */
export function failingSources(state: TabState | null): AccessSource[] {
  const failing: AccessSource[] = [];
  if (state?.cards?.status === 'degraded') failing.push('wikipedia');
  for (const source of ['gdelt', 'googleNews'] as const) {
    const status = state?.coverage?.sources[source];
    if (
      status &&
      (status.state === 'unavailable' || status.state === 'cached') &&
      (status.reason === 'permission' || status.reason === 'network')
    ) {
      failing.push(source);
    }
  }
  return failing;
}

/** The browser's side of site access, for the options page and the popup (see site-access-browser.ts). */
export interface SiteAccessApi {
  contains(pattern: string): Promise<boolean>;
  /** Call it straight from the reader's click, before any await: both browsers want the gesture. */
  request(patterns: string[]): Promise<boolean>;
  /** Calls back when access is granted or withdrawn (here, or in the browser's settings); returns an unsubscribe. */
  subscribe?(onChange: () => void): () => void;
}
