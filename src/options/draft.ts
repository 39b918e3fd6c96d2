/**
 * The options form edits a draft: the text fields as typed, so a half-typed address is shown back with its error
 * instead of being silently replaced. `toSettings` validates the draft field by field; only a clean draft is saved.
 */
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, normalizeHost, normalizeSettings, type Settings } from '../shared/settings';

export type EndpointKey = keyof Settings['endpoints'];

export interface Draft {
  settings: Settings;
  excludedSites: string;
  historyRetentionDays: string;
  endpoints: Record<EndpointKey, string>;
}

export type DraftErrors = Partial<
  Record<'excludedSites' | 'historyRetentionDays' | 'wikipediaLang' | EndpointKey, string>
>;

export function draftOf(settings: Settings): Draft {
  return {
    settings,
    excludedSites: settings.excludedSites.join('\n'),
    historyRetentionDays: String(settings.historyRetentionDays),
    endpoints: { ...settings.endpoints },
  };
}

const LANG = /^[a-z]{2,3}(-[a-z]+)?$/;

export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim().replace('{lang}', 'en')).protocol);
  } catch {
    return false;
  }
}

/** The settings a draft stands for, or the errors that keep it from being saved. */
export function toSettings(draft: Draft): { settings: Settings; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const lines = draft.excludedSites
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const badSites = lines.filter((l) => !normalizeHost(l) || /\s/.test(l));
  if (badSites.length) errors.excludedSites = t('optionsInvalidSites', [badSites.slice(0, 3).join(', ')]);
  const days = draft.historyRetentionDays.trim();
  if (!/^\d+$/.test(days) || Number(days) > 3650) errors.historyRetentionDays = t('optionsInvalidDays');
  if (!LANG.test(draft.settings.wikipediaLang)) errors.wikipediaLang = t('optionsInvalidLang');
  for (const key of Object.keys(DEFAULT_SETTINGS.endpoints) as EndpointKey[]) {
    if (!isHttpUrl(draft.endpoints[key])) errors[key] = t('optionsInvalidUrl');
  }
  const settings = normalizeSettings({
    ...draft.settings,
    excludedSites: lines,
    historyRetentionDays: Number(days),
    endpoints: Object.fromEntries(Object.entries(draft.endpoints).map(([k, v]) => [k, v.trim()])),
  });
  return { settings, errors };
}

/** True when an endpoint differs from the shipped one (the privacy statement says so). */
export function customEndpoints(settings: Settings): EndpointKey[] {
  return (Object.keys(DEFAULT_SETTINGS.endpoints) as EndpointKey[]).filter(
    (k) => settings.endpoints[k] !== DEFAULT_SETTINGS.endpoints[k],
  );
}
