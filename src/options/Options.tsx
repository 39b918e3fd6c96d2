import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { ClearData } from './ClearData';
import { draftOf, toSettings, type Draft, type DraftErrors, type EndpointKey } from './draft';
import { PrivacyStatement } from './PrivacyStatement';
import { SiteAccess } from './SiteAccess';
import type { SiteAccessApi } from '../background/permissions';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Asks the background to delete everything stored but the settings. */
  clearAll(): Promise<{ ok: boolean; error?: string }>;
  /** Asks the background to forget the reading history alone (issue #7). */
  clearHistory(): Promise<{ ok: boolean; error?: string }>;
  /** Calls back when the settings change elsewhere (the popup's highlights switch); returns an unsubscribe. */
  subscribe?(onChange: (settings: Settings) => void): () => void;
}

const LANGUAGES = [
  'en',
  'ar',
  'de',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'tr',
  'uk',
  'vi',
  'zh',
];
const SOURCE_LABELS: [keyof Settings['sources'], string][] = [
  ['wikipedia', 'optionsSourceWikipedia'],
  ['gdelt', 'optionsSourceGdelt'],
  ['googleNews', 'optionsSourceGoogleNews'],
  ['history', 'optionsSourceHistory'],
];
const HIGHLIGHT_TYPES: [keyof Settings['highlights']['types'], string][] = [
  ['person', 'typePerson'],
  ['organization', 'typeOrganization'],
  ['place', 'typePlace'],
  ['event', 'typeEvent'],
];

/** Typing pauses this long before a text field is saved; switches and lists save at once. */
export const TEXT_SAVE_DELAY_MS = 400;

export function Options({
  store,
  access,
  textDelayMs = TEXT_SAVE_DELAY_MS,
}: {
  store: SettingsStore;
  access?: SiteAccessApi;
  textDelayMs?: number;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<'clean' | 'saved' | 'invalid'>('clean');
  const [historyStatus, setHistoryStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void store.load().then((s) => setDraft(draftOf(s)));
  }, [store]);
  // Changes made elsewhere (the popup's highlights switch) show up here, unless a field here is being fixed.
  useEffect(() => store.subscribe?.((s) => status !== 'invalid' && setDraft(draftOf(s))), [store, status]);
  useEffect(() => () => clearTimeout(timer.current), []);

  if (!draft) return <main class="options" aria-busy="true" />;

  // Every change is saved as it is made, once the whole form is valid: no Save button to forget, and the
  // background reads the settings on each use, so offline mode (or any source switch) takes effect at once.
  const persist = async (next: Draft) => {
    const { settings, errors: found } = toSettings(next);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus('invalid');
      return;
    }
    await store.save(settings);
    setStatus('saved');
  };
  const edit = (next: Partial<Draft>, typed = false) => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    clearTimeout(timer.current);
    if (typed && textDelayMs > 0) timer.current = setTimeout(() => void persist(updated), textDelayMs);
    else void persist(updated);
  };
  const set = (patch: Partial<Settings>) => edit({ settings: { ...draft.settings, ...patch } });

  const s = draft.settings;
  const check = (label: string, checked: boolean, onChange: (v: boolean) => void, name: string, disabled = false) => (
    <label class="check">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{label}</span>
    </label>
  );
  const fieldError = (key: keyof DraftErrors) =>
    errors[key] ? (
      <span class="field-error" id={`${key}-error`}>
        {errors[key]}
      </span>
    ) : null;
  const invalid = (key: keyof DraftErrors) =>
    errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${key}-error` } : {};

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="detail">{t('optionsIntro')}</p>
      <SiteAccess settings={toSettings(draft).settings} access={access} />
      <form onSubmit={(e) => e.preventDefault()} novalidate>
        <fieldset class="options-section">
          <legend>{t('optionsSectionReading')}</legend>
          {check(t('optionsAutoAnalyze'), s.autoAnalyze, (v) => set({ autoAnalyze: v }), 'autoAnalyze')}
        </fieldset>

        <fieldset class="options-section">
          <legend>{t('optionsSectionSources')}</legend>
          <p class="detail">{t('optionsSourcesHint')}</p>
          {check(t('optionsOffline'), s.offline, (v) => set({ offline: v }), 'offline')}
          {SOURCE_LABELS.map(([key, label]) => (
            <div key={key}>
              {check(
                t(label),
                s.sources[key],
                (v) => set({ sources: { ...s.sources, [key]: v } }),
                `source-${key}`,
                s.offline && key !== 'history',
              )}
            </div>
          ))}
          <p class="field">
            <label for="wikipediaLang">{t('optionsWikipediaLang')}</label>
            <select
              id="wikipediaLang"
              name="wikipediaLang"
              value={s.wikipediaLang}
              {...invalid('wikipediaLang')}
              onChange={(e) => set({ wikipediaLang: (e.currentTarget as HTMLSelectElement).value })}
            >
              {[...new Set([s.wikipediaLang, ...LANGUAGES])].map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
            {fieldError('wikipediaLang')}
          </p>
        </fieldset>

        <fieldset class="options-section">
          <legend>{t('optionsSectionHighlights')}</legend>
          {check(
            t('optionsHighlightsEnabled'),
            s.highlights.enabled,
            (v) => set({ highlights: { ...s.highlights, enabled: v } }),
            'highlights',
          )}
          <fieldset class="inline-group" disabled={!s.highlights.enabled}>
            <legend>{t('optionsHighlightsTypes')}</legend>
            {HIGHLIGHT_TYPES.map(([type, label]) => (
              <span key={type}>
                {check(
                  t(label),
                  s.highlights.types[type],
                  (v) => set({ highlights: { ...s.highlights, types: { ...s.highlights.types, [type]: v } } }),
                  `highlight-${type}`,
                )}
              </span>
            ))}
          </fieldset>
          <p class="detail">{t('optionsHighlightsExcludedNote')}</p>
        </fieldset>

        <fieldset class="options-section">
          <legend>{t('optionsSectionSites')}</legend>
          <p class="field">
            <label for="excludedSites">{t('optionsExcludedSites')}</label>
            <textarea
              id="excludedSites"
              name="excludedSites"
              rows={4}
              value={draft.excludedSites}
              {...invalid('excludedSites')}
              placeholder="example.com"
              spellcheck={false}
              onInput={(e) => edit({ excludedSites: (e.currentTarget as HTMLTextAreaElement).value }, true)}
            />
            {fieldError('excludedSites')}
          </p>
        </fieldset>

        <fieldset class="options-section">
          <legend>{t('optionsSectionHistory')}</legend>
          <p class="field">
            <label for="historyRetentionDays">{t('optionsRetention')}</label>
            <input
              id="historyRetentionDays"
              name="historyRetentionDays"
              type="number"
              min={0}
              max={3650}
              inputMode="numeric"
              value={draft.historyRetentionDays}
              {...invalid('historyRetentionDays')}
              onInput={(e) => edit({ historyRetentionDays: (e.currentTarget as HTMLInputElement).value }, true)}
            />
            {fieldError('historyRetentionDays')}
          </p>
          <p class="inline-action">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                void store.clearHistory().then(
                  (r) => setHistoryStatus(r.ok ? t('optionsHistoryCleared') : t('optionsClearFailed', [r.error ?? ''])),
                  (e: unknown) => setHistoryStatus(t('optionsClearFailed', [String((e as Error)?.message ?? e)])),
                )
              }
            >
              {t('optionsClearHistory')}
            </button>{' '}
            <span role="status" class="detail">
              {historyStatus}
            </span>
          </p>
        </fieldset>

        <details class="options-section advanced">
          <summary>{t('optionsSectionAdvanced')}</summary>
          <p class="detail">{t('optionsAdvancedHint')}</p>
          {(Object.keys(DEFAULT_SETTINGS.endpoints) as EndpointKey[]).map((key) => (
            <p class="field" key={key}>
              <label for={`endpoint-${key}`}>{t(`optionsEndpoint${key.charAt(0).toUpperCase()}${key.slice(1)}`)}</label>
              <input
                id={`endpoint-${key}`}
                name={`endpoint-${key}`}
                type="url"
                spellcheck={false}
                value={draft.endpoints[key]}
                {...invalid(key)}
                onInput={(e) =>
                  edit({ endpoints: { ...draft.endpoints, [key]: (e.currentTarget as HTMLInputElement).value } }, true)
                }
              />
              {fieldError(key)}
            </p>
          ))}
          <button
            type="button"
            class="secondary"
            onClick={() => edit({ endpoints: { ...DEFAULT_SETTINGS.endpoints } })}
          >
            {t('optionsResetEndpoints')}
          </button>
        </details>

        <p role="status" class="save-status detail">
          {status === 'saved' ? t('optionsSavedAuto') : status === 'invalid' ? t('optionsNotSaved') : ''}
        </p>
      </form>

      <section class="options-section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('optionsClearAll')}</h2>
        <ClearData clearAll={() => store.clearAll()} />
      </section>

      <PrivacyStatement settings={s} />
    </main>
  );
}

function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
