/**
 * Settings: defaults (the type is inferred from them), numbered migrations, and validation of what storage holds,
 * since an older version, a sync conflict or a bug may have written anything there.
 */
export const DEFAULT_SETTINGS = {
  version: 1,
  /** Detect and analyze news articles as pages load. When off, only "Analyze this page" in the popup runs. */
  autoAnalyze: true,
  /** Hosts where Backstory never runs (the reader's opt-out), e.g. "example.com" (subdomains included). */
  excludedSites: [] as string[],
};

export type Settings = typeof DEFAULT_SETTINGS;
export const SETTINGS_KEY = 'settings';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** migrations[n] turns version n into n + 1. */
export const MIGRATIONS: Record<number, Migration> = {};

export function normalizeSettings(raw: unknown): Settings {
  let data: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as object) } : {};
  let version = typeof data.version === 'number' ? data.version : DEFAULT_SETTINGS.version;
  while (version < DEFAULT_SETTINGS.version && MIGRATIONS[version]) {
    data = MIGRATIONS[version]!(data);
    version += 1;
  }
  return {
    version: DEFAULT_SETTINGS.version,
    autoAnalyze: typeof data.autoAnalyze === 'boolean' ? data.autoAnalyze : DEFAULT_SETTINGS.autoAnalyze,
    excludedSites: Array.isArray(data.excludedSites)
      ? [...new Set(data.excludedSites.filter((s): s is string => typeof s === 'string').map(normalizeHost).filter(Boolean))]
      : [...DEFAULT_SETTINGS.excludedSites],
  };
}

/** "https://www.Example.com/path" → "example.com". Returns '' for things that are not hosts. */
export function normalizeHost(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text) return '';
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isExcluded(settings: Settings, url: string): boolean {
  const host = normalizeHost(url);
  return !!host && settings.excludedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
