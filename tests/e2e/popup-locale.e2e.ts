/**
 * The popup in the reader's own language: Chromium started in German, then in Russian (`--lang` and `LANGUAGE`,
 * with Debian's chromium-l10n locale packs), shows the extension's _locales strings for that language on an
 * article and on a page that is not one. Expected strings are read from the catalogues, never written here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { launchExtension, type Harness } from './harness';

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalogue;

/** Debian's Chromium keeps its locale packs here; without the language's, the browser falls back to English. */
const LOCALE_PACKS = '/usr/lib/chromium/locales';

function requireLocalePack(lang: string): void {
  if (existsSync(LOCALE_PACKS) && !existsSync(join(LOCALE_PACKS, `${lang}.pak`))) {
    throw new Error(`Chromium has no ${lang} locale pack: install it with \`apt-get install -y chromium-l10n\`.`);
  }
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const done = (s: TabState | null) => !!s && s.status !== 'analyzing' && s.cards?.status !== 'loading';

describe.each([
  ['de', 'de-kanzler-berlin'],
  ['ru', 'ru-beglov-peterburg'],
])('the popup in a browser set to %s', (lang, article) => {
  it('shows its own language’s strings on an article and on a page that is not one', async () => {
    requireLocalePack(lang);
    const own = catalogue(lang);
    const english = catalogue('en');
    for (const key of ['popupEntitiesHeading', 'popupNotArticle'])
      expect(own[key]!.message).not.toBe(english[key]!.message);

    h = await launchExtension({ locale: lang });
    await h.setSettings({
      ...DEFAULT_SETTINGS,
      sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false },
    });
    expect(await (await h.worker()).evaluate(() => chrome.i18n.getMessage('popupEntitiesHeading'))).toBe(
      own.popupEntitiesHeading!.message,
    );

    const { page, tabId } = await h.openPage(article);
    expect((await h.waitForState(tabId, done, 25_000))!.status).toBe('ready');
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor();
    await expect(popup.locator('#cards-heading').textContent()).resolves.toBe(own.popupEntitiesHeading!.message);
    await popup.close();
    await page.close();

    const other = await h.openPage('home-page');
    expect((await h.waitForState(other.tabId, done, 25_000))!.status).toBe('not-article');
    const notArticle = await h.openPopup(other.tabId);
    await expect(notArticle.locator('.message h1').textContent()).resolves.toBe(own.popupNotArticle!.message);
  });
});
