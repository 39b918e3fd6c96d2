/**
 * News in a language without a pack, end to end: the built extension reads the Swedish, Romanian, Czech and
 * Ukrainian fixture pages (expected.json `borrowed`) with the pack each borrows, fetched as the service worker
 * fetches every pack, and keeps the page's own language. Offline, so no card lookup is asked: the names the
 * recognizer is sure of are entities, the others unsure, and numeric dates resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { loadFixturePages } from '../support/fixture-server';
import { launchExtension, type Harness } from './harness';

interface Borrowed {
  lang: string;
  names: string[];
  dates: [string, string][];
}

const PAGES = loadFixturePages()
  .filter((p) => p.expected.borrowed)
  .map((p) => ({ slug: p.slug, expected: p.expected.borrowed as Borrowed }));

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
  await h.setSettings({ ...DEFAULT_SETTINGS, offline: true });
});
afterAll(async () => {
  await h?.close();
});

const analyzed = (s: TabState | null) => s?.status === 'ready' && !!s.analysis;

describe('news pages in languages without a pack', () => {
  it('has the four pages', () => {
    expect(PAGES.map((p) => p.expected.lang).sort()).toEqual(['cs', 'ro', 'sv', 'uk']);
  });

  it.each(PAGES)(
    '$slug: names through the borrowed pack, numeric dates, its own language',
    async ({ slug, expected }) => {
      const { page, tabId } = await h.openPage(slug);
      const state = await h.waitForState(tabId, analyzed, 25_000);
      expect(state!.article!.lang).toBe(expected.lang);
      const analysis = state!.analysis!;
      const written = [...analysis.entities, ...(analysis.unsure ?? [])]
        .filter((e) => e.type !== 'date')
        .flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);
      expect(written).toEqual(expect.arrayContaining(expected.names));
      const dates = analysis.entities.filter((e) => e.type === 'date').map((e) => e.value);
      expect(dates).toEqual(expect.arrayContaining(expected.dates.map(([, value]) => value)));
      await page.close();
    },
  );
});
