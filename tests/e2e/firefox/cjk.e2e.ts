/**
 * A Japanese and a Chinese page in Firefox: its background (an event page, not a service worker) fetches the
 * segmenter's wasm under the extension's CSP ('wasm-unsafe-eval') and finds the fixture's people and dates. An
 * Arabic and a Korean page too: their packs are assets like every other, read with no segmenter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { recognitionPages } from '../recognition-pages';
import type { TabState } from '../../../src/shared/tab-state';
import { launchFirefox, type FirefoxHarness } from '../firefox-harness';

const PAGES = recognitionPages(['ja', 'zh', 'ar', 'ko']);

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
  await h.setSettings({
    ...DEFAULT_SETTINGS,
    sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false, wikipedia: false },
  });
});
afterAll(async () => {
  await h?.close();
});

const analyzed = (s: TabState | null) => s?.status === 'ready' && !!s.analysis;

describe('Japanese, Chinese, Arabic and Korean pages in Firefox', () => {
  it.each(PAGES)(
    '$slug: its people and dates',
    async ({ slug, expected }) => {
      const { tabId } = await h.openPage(`/${slug}/`);
      const state = await h.waitForState(tabId, analyzed, 60_000);
      const entities = state!.analysis!.entities;
      const people = expected.entities.filter((e) => e.type === 'person').map((e) => e.name);
      expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(people));
      for (const { value } of expected.dates) expect(entities.map((e) => e.value)).toContain(value);
    },
    120_000,
  );
});
