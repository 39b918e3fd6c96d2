import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { CARD_LANGUAGE_CHOICES, type CardLanguageChoice, DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { ClearData } from './ClearData';
import { type SaveStatus, useAutosave } from './autosave';
import { toSettings, type Draft, type DraftErrors, type EndpointKey } from './draft';
import { PrivacyStatement } from './PrivacyStatement';
import { SiteAccess } from './SiteAccess';
import type { SiteAccessApi } from '../shared/site-access';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Asks the background to delete everything stored but the settings. */
  clearAll(): Promise<{ ok: boolean; error?: string }>;
  /** Asks the background to forget the reading history alone. */
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

/** What each section of the form needs: the draft, its errors and the two ways to change it. */
interface Form {
  draft: Draft;
  errors: DraftErrors;
  /** Changes the draft's raw fields and saves them; `typed`: after a pause in typing. */
  edit(next: Partial<Draft>, typed?: boolean): void;
  /** Changes settings that need no parsing. */
  set(patch: Partial<Settings>): void;
}

export function Options({
  store,
  access,
  textDelayMs,
}: {
  store: SettingsStore;
  access?: SiteAccessApi;
  /** How long typing pauses before a text field is saved (tests pass 0). */
  textDelayMs?: number;
}) {
  const { draft, errors, status, edit } = useAutosave(store, textDelayMs);
  if (!draft) return <main class="options" aria-busy="true" />;
  const form: Form = { draft, errors, edit, set: (patch) => edit({ settings: { ...draft.settings, ...patch } }) };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="detail">{t('optionsIntro')}</p>
      <SiteAccess settings={toSettings(draft).settings} access={access} />
      <form onSubmit={(e) => e.preventDefault()} novalidate>
        <fieldset class="options-section">
          <legend>{t('optionsSectionReading')}</legend>
          {check(
            t('optionsAutoAnalyze'),
            draft.settings.autoAnalyze,
            (v) => form.set({ autoAnalyze: v }),
            'autoAnalyze',
          )}
        </fieldset>
        <SourcesSection form={form} />
        <HighlightsSection form={form} />
        <SitesSection form={form} />
        <HistorySection form={form} clearHistory={() => store.clearHistory()} />
        <AdvancedSection form={form} />
        <p role="status" class="save-status detail">
          {SAVE_STATUS_TEXT[status]()}
        </p>
      </form>

      <section class="options-section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('optionsClearAll')}</h2>
        <ClearData clearAll={() => store.clearAll()} />
      </section>

      <PrivacyStatement settings={draft.settings} />
    </main>
  );
}

const SAVE_STATUS_TEXT: Record<SaveStatus, () => string> = {
  saved: () => t('optionsSavedAuto'),
  invalid: () => t('optionsNotSaved'),
  clean: () => '',
};

function check(label: string, checked: boolean, onChange: (v: boolean) => void, name: string, disabled = false) {
  return (
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
}

function fieldError(errors: DraftErrors, key: keyof DraftErrors) {
  return errors[key] ? (
    <span class="field-error" id={`${key}-error`}>
      {errors[key]}
    </span>
  ) : null;
}

/** The attributes that tie an invalid field to its message. */
function invalid(errors: DraftErrors, key: keyof DraftErrors) {
  return errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${key}-error` } : {};
}

function SourcesSection({ form: { draft, errors, set } }: { form: Form }) {
  const s = draft.settings;
  return (
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
      <CardLanguageField settings={s} set={set} />
      <p class="field">
        <label for="wikipediaLang">{t('optionsWikipediaLang')}</label>
        <select
          id="wikipediaLang"
          name="wikipediaLang"
          value={s.wikipediaLang}
          {...invalid(errors, 'wikipediaLang')}
          onChange={(e) => set({ wikipediaLang: (e.currentTarget as HTMLSelectElement).value })}
        >
          {[...new Set([s.wikipediaLang, ...LANGUAGES])].map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        {fieldError(errors, 'wikipediaLang')}
      </p>
    </fieldset>
  );
}

const CARD_LANGUAGE_LABELS: Record<CardLanguageChoice, string> = {
  article: 'optionsCardLanguageArticle',
  browser: 'optionsCardLanguageBrowser',
  english: 'optionsCardLanguageEnglish',
};

/** Which language cards are in: the article's, the browser's, or always English. */
function CardLanguageField({ settings, set }: { settings: Settings; set: Form['set'] }) {
  return (
    <fieldset class="inline-group" disabled={settings.offline || !settings.sources.wikipedia}>
      <legend>{t('optionsCardLanguage')}</legend>
      {CARD_LANGUAGE_CHOICES.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name="cardLanguage"
            value={choice}
            checked={settings.cardLanguage === choice}
            onChange={() => set({ cardLanguage: choice })}
          />{' '}
          {t(CARD_LANGUAGE_LABELS[choice])}
        </label>
      ))}
      <p class="detail">{t('optionsCardLanguageHint')}</p>
    </fieldset>
  );
}

function HighlightsSection({ form: { draft, set } }: { form: Form }) {
  const { highlights } = draft.settings;
  return (
    <fieldset class="options-section">
      <legend>{t('optionsSectionHighlights')}</legend>
      {check(
        t('optionsHighlightsEnabled'),
        highlights.enabled,
        (v) => set({ highlights: { ...highlights, enabled: v } }),
        'highlights',
      )}
      <fieldset class="inline-group" disabled={!highlights.enabled}>
        <legend>{t('optionsHighlightsTypes')}</legend>
        {HIGHLIGHT_TYPES.map(([type, label]) => (
          <span key={type}>
            {check(
              t(label),
              highlights.types[type],
              (v) => set({ highlights: { ...highlights, types: { ...highlights.types, [type]: v } } }),
              `highlight-${type}`,
            )}
          </span>
        ))}
      </fieldset>
      <p class="detail">{t('optionsHighlightsExcludedNote')}</p>
    </fieldset>
  );
}

function SitesSection({ form: { draft, errors, edit } }: { form: Form }) {
  return (
    <fieldset class="options-section">
      <legend>{t('optionsSectionSites')}</legend>
      <p class="field">
        <label for="excludedSites">{t('optionsExcludedSites')}</label>
        <textarea
          id="excludedSites"
          name="excludedSites"
          rows={4}
          value={draft.excludedSites}
          {...invalid(errors, 'excludedSites')}
          placeholder="example.com"
          spellcheck={false}
          onInput={(e) => edit({ excludedSites: (e.currentTarget as HTMLTextAreaElement).value }, true)}
        />
        {fieldError(errors, 'excludedSites')}
      </p>
    </fieldset>
  );
}

function HistorySection({
  form: { draft, errors, edit },
  clearHistory,
}: {
  form: Form;
  clearHistory: SettingsStore['clearHistory'];
}) {
  const [historyStatus, setHistoryStatus] = useState('');
  const clear = () =>
    void clearHistory().then(
      (r) => setHistoryStatus(r.ok ? t('optionsHistoryCleared') : t('optionsClearFailed', [r.error ?? ''])),
      (e: unknown) => setHistoryStatus(t('optionsClearFailed', [String((e as Error)?.message ?? e)])),
    );
  return (
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
          {...invalid(errors, 'historyRetentionDays')}
          onInput={(e) => edit({ historyRetentionDays: (e.currentTarget as HTMLInputElement).value }, true)}
        />
        {fieldError(errors, 'historyRetentionDays')}
      </p>
      <p class="inline-action">
        <button type="button" class="secondary" onClick={clear}>
          {t('optionsClearHistory')}
        </button>{' '}
        <span role="status" class="detail">
          {historyStatus}
        </span>
      </p>
    </fieldset>
  );
}

function AdvancedSection({ form: { draft, errors, edit } }: { form: Form }) {
  return (
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
            {...invalid(errors, key)}
            onInput={(e) =>
              edit({ endpoints: { ...draft.endpoints, [key]: (e.currentTarget as HTMLInputElement).value } }, true)
            }
          />
          {fieldError(errors, key)}
        </p>
      ))}
      <button type="button" class="secondary" onClick={() => edit({ endpoints: { ...DEFAULT_SETTINGS.endpoints } })}>
        {t('optionsResetEndpoints')}
      </button>
    </details>
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
