/**
 * The seed popup as a reader first sees it at Chrome's popup size (400 × 600): how tall it is, what the first
 * screen holds, what one click opens, and a keyboard-only walk through "Not this one?" with the sticky section bar
 * in the way. Screenshots go to artifacts/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/shared/tab-state';
import { launchExtension, type Harness } from './harness';

const ARTIFACTS = resolve(import.meta.dirname, '..', '..', 'artifacts');
const SIZE = { width: 400, height: 600 };
/** Two popup screens: the most a reader should scroll before the popup has told its story. */
const MAX_DEFAULT_HEIGHT = 1_200;

let h: Harness;
let tabId: number;

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await launchExtension();
  ({ tabId } = await h.openPage('seed-fox-putin-xi'));
  await h.waitForState(tabId, settled, 30_000);
});
afterAll(async () => {
  await h?.close();
});

async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize(SIZE);
  await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('main[data-state="ready"] .events').waitFor();
  await popup.locator('.card img.card-image').first().waitFor();
  return popup;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

/** The focused element's box against the sticky bar's bottom edge (viewport coordinates). */
const focusClear = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const bar = document.querySelector('.section-nav')?.getBoundingClientRect();
    if (!el || el === document.body) return { name: 'body', covered: false, where: '' };
    const r = el.getBoundingClientRect();
    // Covered: the element's box meets the bar's (a control in the bar itself, or above it in the flow, is not).
    const covered = !!bar && !el.closest('.section-nav') && r.top < bar.bottom - 1 && r.bottom > bar.top + 1;
    return {
      name: (el.textContent ?? '').trim().slice(0, 40),
      covered,
      where: `${r.top}-${r.bottom} vs bar ${bar?.top}-${bar?.bottom}`,
    };
  });

describe('the first screen', () => {
  it('is at most two screens tall by default and shows the story, the key cards and the coverage line', async () => {
    const popup = await openPopup();
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[glance e2e] default popup height at 400 px wide: ${height} px`);
    expect(height).toBeLessThanOrEqual(MAX_DEFAULT_HEIGHT);

    const summary = popup.locator('button.coverage-summary');
    await expect(summary.textContent()).resolves.toMatch(/^\d+ outlets in \d+ countries since \w{3} \d+, \d{4}/);
    const box = (await summary.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SIZE.height);
    await expect(popup.locator('.story-line').isVisible()).resolves.toBe(true);
    const keyCards = popup.locator('.card-group[data-type="cast"] > .card');
    await expect(keyCards.count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(keyCards.count()).resolves.toBeLessThanOrEqual(5);
    // "Who is in it" on the first screen: the first three key cards whole above the fold, not one and a half.
    const third = (await keyCards.nth(2).locator('summary').boundingBox())!;
    console.log(`[glance e2e] third key card's bottom: ${third.y + third.height} px`);
    expect(third.y + third.height).toBeLessThanOrEqual(SIZE.height);
    // No placeholder that says nothing: no letter tiles, no empty map frames; every shown image has a source.
    await expect(popup.locator('.card-image-none, .card-map').count()).resolves.toBe(0);
    await expect(popup.locator('.clock-stop[data-kind="published"]').count()).resolves.toBe(1);
    await shot(popup, 'popup-first-screen');

    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await shot(popup, 'popup-first-screen-dark');
    await popup.close();
  });

  it('opens places, more events, the dates and the coverage list in place', async () => {
    const popup = await openPopup();
    const places = popup.getByRole('button', { name: /^\d+ places$/ });
    await places.click();
    await expect(places.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(popup.locator('.places .card').count()).resolves.toBeGreaterThan(1);
    // Scrolled as a jump does: the button at the top, clear of the sticky bar (scroll-padding-top).
    await places.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(popup, 'popup-places-open');

    const dates = popup.getByRole('button', { name: /dates? in the article/ });
    await dates.click();
    await expect(popup.locator('.date-list li').count()).resolves.toBeGreaterThan(1);
    await popup.locator('.clock').scrollIntoViewIfNeeded();
    await shot(popup, 'popup-timeline');

    const more = popup.getByRole('button', { name: /more events?$/ });
    await more.click();
    await expect(popup.locator('.events .event').count()).resolves.toBeGreaterThan(1);

    await popup.locator('button.coverage-summary').click();
    await expect(popup.locator('#coverage-list .coverage-item').count()).resolves.toBeGreaterThan(3);
    await expect(popup.locator('.coverage-spread li').count()).resolves.toBeGreaterThan(1);
    // Owners from the fixture Wikidata (its TASS item: owned by Russia; the curated table says "Government of Russia").
    await expect(popup.locator('.coverage-item', { hasText: 'TASS' }).textContent()).resolves.toMatch(
      /state-funded.*Russia/,
    );
    await expect(popup.locator('.coverage-item', { hasText: 'TASS' }).textContent()).resolves.not.toMatch(
      /Government of Russia/,
    );
    await expect(popup.locator('.coverage-item', { hasText: 'Global Times' }).first().textContent()).resolves.toMatch(
      /People's Daily/,
    );
    await popup.locator('.coverage-spread').scrollIntoViewIfNeeded();
    await shot(popup, 'popup-coverage-open');
    await popup.close();
  });
});

describe('keyboard only', () => {
  it('"Not this one?", a choice, and focus back on the card; nothing focused hides under the sticky bar', async () => {
    const popup = await openPopup();
    const hidden: string[] = [];
    const check = async () => {
      const f = await focusClear(popup);
      if (f.covered) hidden.push(`${f.name}: ${f.where}`);
      return f;
    };
    // Tab forward to the first card that offers "Not this one?", checking every stop on the way.
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await popup.keyboard.press('Tab');
      await check();
      found = await popup.evaluate(() => {
        const el = document.activeElement;
        return !!el?.matches('summary') && !!el.closest('details')?.querySelector('.card-choose');
      });
    }
    expect(found).toBe(true);
    const key = await popup.evaluate(() => document.activeElement!.closest('details')!.getAttribute('data-key'));
    await popup.keyboard.press('Enter');
    // Into the card: Tab to "Not this one?" (or "Is it one of these?"), open it, Tab to the first candidate.
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      await check();
      if (await popup.evaluate(() => !!document.activeElement?.closest('.card-choose'))) break;
    }
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    await check();
    const qid = await popup.evaluate(() => document.activeElement?.getAttribute('data-qid'));
    expect(qid).not.toBeNull();
    await popup.keyboard.press('Enter');
    await h.waitForState(
      tabId,
      (s) => !!s?.cards?.cards.some((c) => c.key === key && (qid ? c.qid === qid : c.status === 'nil')),
    );
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-key') ?? null))
      .toBe(key);
    await expect(popup.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await check();
    // Walk the rest of the popup: no focused control under the bar.
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      if ((await check()).name === 'body') break;
    }
    // Backwards too: Shift+Tab scrolls up, where the bar covers what is just above the viewport.
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Shift+Tab');
      if ((await check()).name === 'body') break;
    }
    expect(hidden).toEqual([]);
    await popup.close();
  });
});

describe('settings', () => {
  it('save as they change: offline mode is stored on the click, and the next article is read offline', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await expect(options.getByRole('button', { name: /^Save/ }).count()).resolves.toBe(0);
    await options.getByRole('checkbox', { name: /Offline mode/ }).check();
    const stored = () =>
      h
        .worker()
        .then((w) =>
          w.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { offline: boolean }),
        );
    await expect.poll(async () => (await stored()).offline, { timeout: 2_000 }).toBe(true);
    await options.getByText('Saved. Changes take effect at once.').waitFor();
    const { tabId: next } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(next, (s) => !!s?.cards && s.cards.status !== 'loading', 30_000);
    expect(state!.cards!.status).toBe('offline');
    await options.getByRole('checkbox', { name: /Offline mode/ }).uncheck();
    await expect.poll(async () => (await stored()).offline, { timeout: 2_000 }).toBe(false);
    await options.close();
  });
});
