import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { normalizeSettings, type Settings } from '../shared/settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

export function Options({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void store.load().then((s) => {
      setSettings(s);
      setSites(s.excludedSites.join('\n'));
    });
  }, [store]);

  if (!settings) return <main class="popup" aria-busy="true" />;

  const save = async (event: Event) => {
    event.preventDefault();
    const next = normalizeSettings({ ...settings, excludedSites: sites.split('\n') });
    await store.save(next);
    setSettings(next);
    setSites(next.excludedSites.join('\n'));
    setSaved(true);
  };

  return (
    <main class="popup options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={save}>
        <p>
          <label>
            <input
              type="checkbox"
              name="autoAnalyze"
              checked={settings.autoAnalyze}
              onChange={(e) => {
                setSaved(false);
                setSettings({ ...settings, autoAnalyze: (e.currentTarget as HTMLInputElement).checked });
              }}
            />{' '}
            {t('optionsAutoAnalyze')}
          </label>
        </p>
        <p>
          <label for="excluded">{t('optionsExcludedSites')}</label>
          <br />
          <textarea id="excluded" name="excludedSites" rows={5} cols={40} value={sites}
            onInput={(e) => { setSaved(false); setSites((e.currentTarget as HTMLTextAreaElement).value); }} />
        </p>
        <button type="submit">{t('optionsSave')}</button>{' '}
        <span role="status">{saved ? t('optionsSaved') : ''}</span>
      </form>
      <p class="detail">{t('optionsPrivacy')}</p>
    </main>
  );
}
