import { useEffect, useState } from 'preact/hooks';
import { missingAccess, type AccessNeed, type AccessSource, type SiteAccessApi } from '../shared/site-access';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { customEndpoints } from './draft';

const SOURCE_KEY: Record<AccessSource, string> = {
  wikipedia: 'optionsSourceWikipedia',
  gdelt: 'optionsSourceGdelt',
  googleNews: 'optionsSourceGoogleNews',
};

/** The hosts the settings need that the browser has not granted; re-checked when settings or grants change. */
export function useMissingAccess(
  settings: Settings | null,
  access: SiteAccessApi | undefined,
): [AccessNeed[], () => void] {
  const [missing, setMissing] = useState<AccessNeed[]>([]);
  const [tick, setTick] = useState(0);
  const key = settings
    ? JSON.stringify([settings.offline, settings.sources, settings.endpoints, settings.wikipediaLang])
    : '';
  // Re-checked when the settings that decide the hosts change (`key`, not every edit of `settings`) or a grant
  // changes (`tick`): both are triggers the effect does not read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key and tick are the re-run triggers described above
  useEffect(() => {
    if (!access || !settings) return;
    let live = true;
    void missingAccess(settings, (p) => access.contains(p)).then(
      (m) => live && setMissing(m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key, access, tick]);
  useEffect(() => access?.subscribe?.(() => setTick((n) => n + 1)), [access]);
  return [missing, () => setTick((n) => n + 1)];
}

/**
 * What the reader sees when a source cannot be reached for want of site access (Firefox MV3 host permissions are
 * the reader's to grant or withdraw; a custom endpoint needs its own): which hosts, what is lost, and a button
 * that asks the browser, from the click itself.
 */
export function AccessNote({
  missing,
  access,
  onChange,
  custom = false,
}: {
  missing: AccessNeed[];
  access: SiteAccessApi;
  onChange(): void;
  /** Some missing host is a custom endpoint: say it may not need access at all. */
  custom?: boolean;
}) {
  const [denied, setDenied] = useState(false);
  // Rendered only once something was missing: nothing missing now means access came (here or in the browser's settings).
  if (!missing.length)
    return (
      <p role="status" class="access-note granted">
        {t('accessGranted')}
      </p>
    );
  const hosts = missing.flatMap((m) => m.hosts).join(', ');
  const sources = [...new Set(missing.flatMap((m) => m.sources))].map((s) => t(SOURCE_KEY[s])).join('; ');
  const ask = () => {
    // No await before request(): the browser only shows its prompt from inside the reader's click.
    void access.request(missing.map((m) => m.pattern)).then(
      (granted) => {
        setDenied(!granted);
        onChange();
      },
      () => setDenied(true),
    );
  };
  return (
    <div class="access-note" role="note" aria-labelledby="access-note-text">
      <p id="access-note-text">{t('accessMissing', [hosts, sources])}</p>
      {custom && <p class="detail">{t('accessCustomHint')}</p>}
      <p>
        <button type="button" onClick={ask}>
          {t('accessAllow')}
        </button>
      </p>
      {denied && (
        <p role="status" class="detail">
          {t('accessDenied')}
        </p>
      )}
    </div>
  );
}

/**
 * The options page's "Site access" section, for the settings as the form stands (a custom address typed in shows
 * its need before it is saved): shown only while some host they use is not granted.
 */
export function SiteAccess({ settings, access }: { settings: Settings; access?: SiteAccessApi }) {
  const [missing, refresh] = useMissingAccess(settings, access);
  // Once shown, the section stays for this visit: it then confirms the grant instead of vanishing.
  const [shown, setShown] = useState(false);
  useEffect(() => void (missing.length && setShown(true)), [missing.length]);
  if (!access || (!missing.length && !shown)) return null;
  const customHosts = new Set(
    customEndpoints(settings).map((k) => hostnameOf(settings.endpoints[k].replace('{lang}', settings.wikipediaLang))),
  );
  return (
    <section class="options-section site-access" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('accessHeading')}</h2>
      <AccessNote
        missing={missing}
        access={access}
        onChange={refresh}
        custom={missing.some((m) => m.hosts.some((h) => customHosts.has(h)))}
      />
    </section>
  );
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
