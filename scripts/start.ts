/**
 * `npm start`: opens Chromium with the built extension (dist/) on a bundled sample article served on loopback.
 * With a display it stays open for you to use; without one it runs headless, saves screenshots of the page and
 * the popup to artifacts/, prints what the popup shows, and exits.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';

const SAMPLE = 'seed-fox-putin-xi';
const headless = !process.env.DISPLAY || process.env.BACKSTORY_HEADLESS === '1';
const outDir = resolve('artifacts');

async function main(): Promise<void> {
  const h = await launchExtension({ headless });
  const { page, tabId } = await h.openPage(SAMPLE);
  console.log(`Sample article: ${page.url()}`);
  const state = await h.waitForState(tabId, (s) => s?.status === 'ready' || s?.status === 'error' || s?.status === 'not-article', 30_000);
  const popup = await h.openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator(`main[data-state="${state?.status}"]`).waitFor();
  if (!headless) {
    console.log(`Backstory is running. Popup for this tab: chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
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
  const text = (await popup.locator('main').innerText()).trim();
  console.log(`Badge: "${await h.badgeText(tabId)}"  State: ${state?.status}`);
  console.log('Popup shows:');
  console.log(text.split('\n').map((line) => `  ${line}`).join('\n'));
  console.log(`Screenshots: ${join(outDir, 'page.png')}, ${join(outDir, 'popup.png')}`);
  await h.close();
}

main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
});
