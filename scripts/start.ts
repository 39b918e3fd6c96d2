/**
 * `npm start`: opens Chromium with the built extension (dist/) on a bundled sample article served on loopback.
 * With a display it stays open for you to use; without one it runs headless, saves screenshots of the page and
 * the popup to artifacts/, prints what the popup shows, and exits.
 * `npm start -- --demo-apis` points every outside source at the loopback server's recorded-format fake APIs, for a
 * machine without network (cards and coverage then show the fixtures' answers, not live data).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { launchExtension } from '../tests/e2e/harness';

const SAMPLE = 'seed-fox-putin-xi';
const headless = !process.env.DISPLAY || process.env.BACKSTORY_HEADLESS === '1';
const outDir = resolve('artifacts');
const demoApis = process.argv.includes('--demo-apis');

async function main(): Promise<void> {
  const h = await launchExtension({ headless });
  if (demoApis) {
    const origin = h.server.origin;
    await h.setSettings({
      ...DEFAULT_SETTINGS,
      endpoints: {
        wikipedia: `${origin}/api/wikipedia/{lang}/api.php`,
        wikidata: `${origin}/api/wikidata/api.php`,
        commonsFile: `${origin}/api/commons/Special:FilePath/`,
        gdelt: `${origin}/api/gdelt/doc`,
        googleNews: `${origin}/api/gnews/rss/search`,
      },
    });
    console.log(`Outside sources point at the fake APIs on ${origin} (--demo-apis).`);
  }
  const { page, tabId } = await h.openPage(SAMPLE);
  console.log(`Sample article: ${page.url()}`);
  const state = await h.waitForState(
    tabId,
    (s) => s?.status === 'ready' || s?.status === 'error' || s?.status === 'not-article',
    30_000,
  );
  if (state?.status === 'ready') {
    // Cards and coverage arrive after the analysis; give them a moment so the screenshot shows the settled popup.
    await h
      .waitForState(tabId, (s) => s?.cards?.status !== 'loading' && s?.coverage?.status !== 'loading', 20_000)
      .catch(() => {});
  }
  const popup = await h.openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator(`main[data-state="${state?.status}"]`).waitFor();
  if (!headless) {
    console.log(
      `Backstory is running. Popup for this tab: chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`,
    );
    console.log('Close the browser window or press Ctrl-C to stop.');
    await new Promise<void>((done) => {
      h.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await h.close();
    return;
  }
  mkdirSync(outDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.bringToFront();
  await page.screenshot({ path: join(outDir, 'page.png') });
  await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, the text as rendered
  const text = (await popup.locator('main').innerText()).trim();
  console.log(`Badge: "${await h.badgeText(tabId)}"  State: ${state?.status}`);
  console.log('Popup shows:');
  console.log(
    text
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  console.log(`Screenshots: ${join(outDir, 'page.png')}, ${join(outDir, 'popup.png')}`);
  await h.close();
}

main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
});
