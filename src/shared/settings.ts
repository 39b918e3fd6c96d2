import { withoutWww } from './url';
/**
 * Settings: defaults (the type is inferred from them), numbered migrations, and validation of what storage holds,
 * since an older version, a sync conflict or a bug may have written anything there.
 */
export const DEFAULT_SETTINGS = {
  version: 2,
  /** Detect and analyze news articles as pages load. When off, only "Analyze this page" in the popup runs. */
  autoAnalyze: true,
  /** Hosts where Backstory never runs (the reader's opt-out), e.g. "example.com" (subdomains included). */
  excludedSites: [] as string[],
  /** Never touch the network: cards come from the article alone. */
  offline: false,
  /** Which outside sources may be asked (only entity names and query keywords are ever sent). */
  sources: { wikipedia: true, gdelt: true, googleNews: true, history: true },
  /**
   * Which Wikipedia edition and Wikidata labels cards use: the article's language, the browser's, or always English.
   * Where the item has no page in that edition, cards fall back to `wikipediaLang`.
   */
  cardLanguage: 'article' as CardLanguageChoice,
  /** The fallback edition: cards use it where the chosen language's Wikipedia has no page. */
  wikipediaLang: 'en',
  /** Base URLs of every outside service, so tests can point them at a loopback server. */
  endpoints: {
    wikipedia: 'https://{lang}.wikipedia.org/w/api.php',
    wikidata: 'https://www.wikidata.org/w/api.php',
    commonsFile: 'https://commons.wikimedia.org/wiki/Special:FilePath/',
    gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
    googleNews: 'https://news.google.com/rss/search',
  },
  /** Days an article stays in the reading history (0: keep nothing). */
  historyRetentionDays: 90,
  /**
   * Underlines under the names an article mentions, drawn over the page (never into it). Off by default: it changes
   * what the reader sees on every article. `types` picks which kinds of names are underlined.
   */
  highlights: { enabled: false, types: { person: true, organization: true, place: true, event: true } },
};

export const CARD_LANGUAGE_CHOICES = ['article', 'browser', 'english'] as const;
export type CardLanguageChoice = (typeof CARD_LANGUAGE_CHOICES)[number];

export type Settings = typeof DEFAULT_SETTINGS;
export const SETTINGS_KEY = 'settings';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** migrations[n] turns version n into n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  // Version 1 had one Wikipedia language for every card; it stays as the fallback edition, and cards now follow
  // the article's language first.
  1: (old) => ({ ...old, version: 2, cardLanguage: 'article' }),
};

export function normalizeSettings(raw: unknown): Settings {
  let data: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as object) } : {};
  let version = typeof data.version === 'number' ? data.version : DEFAULT_SETTINGS.version;
  while (version < DEFAULT_SETTINGS.version && MIGRATIONS[version]) {
    data = MIGRATIONS[version]!(data);
    version += 1;
  }
  const sources = (data.sources && typeof data.sources === 'object' ? data.sources : {}) as Record<string, unknown>;
  const endpoints = (data.endpoints && typeof data.endpoints === 'object' ? data.endpoints : {}) as Record<
    string,
    unknown
  >;
  return {
    version: DEFAULT_SETTINGS.version,
    offline: typeof data.offline === 'boolean' ? data.offline : DEFAULT_SETTINGS.offline,
    sources: Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS.sources).map(([k, d]) => [k, typeof sources[k] === 'boolean' ? sources[k] : d]),
    ) as Settings['sources'],
    cardLanguage: (CARD_LANGUAGE_CHOICES as readonly unknown[]).includes(data.cardLanguage)
      ? (data.cardLanguage as CardLanguageChoice)
      : DEFAULT_SETTINGS.cardLanguage,
    wikipediaLang:
      typeof data.wikipediaLang === 'string' && /^[a-z]{2,3}(-[a-z]+)?$/.test(data.wikipediaLang)
        ? data.wikipediaLang
        : DEFAULT_SETTINGS.wikipediaLang,
    endpoints: Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS.endpoints).map(([k, d]) => [k, isHttpUrl(endpoints[k]) ? endpoints[k] : d]),
    ) as Settings['endpoints'],
    historyRetentionDays:
      typeof data.historyRetentionDays === 'number' &&
      Number.isFinite(data.historyRetentionDays) &&
      data.historyRetentionDays >= 0
        ? Math.min(Math.round(data.historyRetentionDays), 3650)
        : DEFAULT_SETTINGS.historyRetentionDays,
    autoAnalyze: typeof data.autoAnalyze === 'boolean' ? data.autoAnalyze : DEFAULT_SETTINGS.autoAnalyze,
    highlights: normalizeHighlights(data.highlights),
    excludedSites: Array.isArray(data.excludedSites)
      ? [
          ...new Set(
            data.excludedSites
              .filter((s): s is string => typeof s === 'string')
              .map(normalizeHost)
              .filter(Boolean),
          ),
        ]
      : [...DEFAULT_SETTINGS.excludedSites],
  };
}

// Settings saved before highlights existed have no `highlights`: they get the defaults, so no migration is needed.
function normalizeHighlights(raw: unknown): Settings['highlights'] {
  const h = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const types = (h.types && typeof h.types === 'object' ? h.types : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS.highlights;
  return {
    enabled: typeof h.enabled === 'boolean' ? h.enabled : d.enabled,
    types: Object.fromEntries(
      Object.entries(d.types).map(([k, v]) => [k, typeof types[k] === 'boolean' ? types[k] : v]),
    ) as Settings['highlights']['types'],
  };
}

/** "https://www.Example.com/path" → "example.com". Returns '' for things that are not hosts. */
export function normalizeHost(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text) return '';
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return withoutWww(host);
  } catch {
    return '';
  }
}

export function isExcluded(settings: Settings, url: string): boolean {
  const host = normalizeHost(url);
  return !!host && settings.excludedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value.replace('{lang}', 'en')).protocol);
  } catch {
    return false;
  }
}
