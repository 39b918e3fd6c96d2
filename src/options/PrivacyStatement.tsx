import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { customEndpoints } from './draft';

/**
 * Exactly what leaves the device with the settings as they stand (the form's draft, so it changes as the reader
 * flips a switch). Kept in step with src/background/sources/*: names and keywords only, never the page.
 */
export function PrivacyStatement({ settings }: { settings: Settings }) {
  const { sources, offline } = settings;
  // Cards ask the article's (or the browser's) edition, so any language's host may be asked: say so.
  const edition = settings.cardLanguage === 'english' && settings.wikipediaLang === 'en' ? 'en' : '*';
  const host = (url: string) => hostOf(url.replace('{lang}', edition));
  const { endpoints } = settings;
  const items: string[] = [];
  if (!offline) {
    if (sources.wikipedia)
      items.push(
        t('optionsPrivacyWikipedia', [
          host(endpoints.wikipedia),
          host(endpoints.wikidata),
          host(endpoints.commonsFile),
        ]),
      );
    if (sources.gdelt) items.push(t('optionsPrivacyGdelt', [host(endpoints.gdelt)]));
    if (sources.googleNews) items.push(t('optionsPrivacyGoogleNews', [host(endpoints.googleNews)]));
  }
  return (
    <section class="options-section privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('optionsSectionPrivacy')}</h2>
      {offline ? (
        <p>{t('optionsPrivacyOffline')}</p>
      ) : items.length === 0 ? (
        <p>{t('optionsPrivacyNothing')}</p>
      ) : (
        <>
          <ul class="privacy-list">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p class="detail">{t('optionsPrivacyRequests')}</p>
          {customEndpoints(settings).length > 0 && <p class="detail">{t('optionsPrivacyCustom')}</p>}
        </>
      )}
      <p>
        <strong>{t('optionsPrivacyNever')}</strong>
      </p>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
