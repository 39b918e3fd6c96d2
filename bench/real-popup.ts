/**
 * The toolbar popup a reader opens, not a copy of it loaded as a tab: `chrome.action.openPopup()` from the service
 * worker (Chromium ≥ 127 allows it without a gesture while a window has focus; headless Chromium 156 opens it), on
 * the active tab, so the popup finds its tab itself (`tabs.query`, no `?tabId`). Playwright never attaches to the
 * popup's target and injects nothing into it: the popup is found and read over raw DevTools messages relayed by a
 * session on the article's page (`Target.getTargets`, `Target.attachToTarget`, `Target.sendMessageToTarget`), once
 * it has painted, from its own buffered entries (navigation timing, its marks, Element Timing on the cards' heading).
 */
import type { CDPSession, Page, Worker } from 'playwright-core';

/** The browser's part (the page's HTML delivered, then parsed), then the popup's own (its scripts run by DCL). */
export const POPUP_LOAD = [
  'response-start',
  'dom-interactive',
  'dcl',
  'state-read',
  'render-start',
  'rendered',
] as const;
// open-called: when the worker called openPopup(), on the popup's clock (negative: before its navigation started).
export const REAL_POPUP = ['open-called', ...POPUP_LOAD, 'first-paint', 'cards-painted'] as const;
export type RealPopupStage = (typeof REAL_POPUP)[number];

/**
 * Runs in the popup: its POPUP_LOAD stages and first paint, from its navigation timing and its own marks (boot.ts,
 * mount.tsx), in ms after its navigation started.
 */
export const READ_LOAD = `() => {
  const n = performance.getEntriesByType('navigation')[0];
  const fp = performance.getEntriesByType('paint').find((p) => p.name === 'first-paint');
  const own = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
  return {
    'response-start': n.responseStart,
    'dom-interactive': n.domInteractive,
    dcl: n.domContentLoadedEventEnd,
    'state-read': own['backstory:popup-state-read'],
    'render-start': own['backstory:popup-render'],
    rendered: own['backstory:popup-rendered'],
    'first-paint': fp?.startTime,
  };
}`;

/** How long to wait for the popup's target, then for its cards' Element Timing entry. */
const TARGET_WAIT_MS = 10_000;

/** Runs in the popup: its figures once the cards' heading has been painted (Element Timing), or null after 10 s. */
const READ_PAINTED = `new Promise((resolve) => {
  const read = (painted) => {
    resolve({
      origin: performance.timeOrigin,
      ...(${READ_LOAD})(),
      'cards-painted': painted,
      cards: document.querySelectorAll('.card').length,
      viewport: [innerWidth, innerHeight, document.documentElement.clientWidth, document.body.scrollHeight],
    });
  };
  new PerformanceObserver((list) => {
    const e = list.getEntries().find((x) => x.identifier === 'backstory-cards');
    if (e) read(e.renderTime || e.startTime);
  }).observe({ type: 'element', buffered: true });
  setTimeout(() => resolve(null), ${TARGET_WAIT_MS});
})`;

type Message = { id?: number; result?: { result?: { value?: unknown } }; error?: { message: string } };

/** One DevTools command to a target attached (not flattened) through `relay`, answered by its id. */
function sendTo(relay: CDPSession, sessionId: string, id: number, method: string, params: object): Promise<Message> {
  return new Promise((resolve) => {
    const onMessage = (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as Message;
      if (m.id !== id) return;
      relay.off('Target.receivedMessageFromTarget', onMessage);
      resolve(m);
    };
    relay.on('Target.receivedMessageFromTarget', onMessage);
    void relay.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
}

async function popupTarget(relay: CDPSession, extensionId: string, present: boolean): Promise<string | null> {
  const deadline = Date.now() + TARGET_WAIT_MS;
  while (Date.now() < deadline) {
    const { targetInfos } = await relay.send('Target.getTargets');
    const t = targetInfos.find((x) => x.url.startsWith(`chrome-extension://${extensionId}/src/popup/`));
    if (!!t === present) return t?.targetId ?? null;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the action popup did not ${present ? 'open' : 'close'} within ${TARGET_WAIT_MS / 1000} s`);
}

/**
 * Opens the action popup on the focused `page` (its cards cached), reads its figures in ms after its navigation
 * started, and closes it. `relay`: a DevTools session on that page.
 */
export async function realPopupPaint(
  page: Page,
  relay: CDPSession,
  worker: Worker,
  extensionId: string,
): Promise<Partial<Record<RealPopupStage, number>>> {
  await page.bringToFront();
  const calledAt = await worker.evaluate(async () => {
    const t = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return t;
  });
  const targetId = (await popupTarget(relay, extensionId, true))!;
  const { sessionId } = await relay.send('Target.attachToTarget', { targetId, flatten: false });
  const answer = await sendTo(relay, sessionId, 1, 'Runtime.evaluate', {
    expression: READ_PAINTED,
    awaitPromise: true,
    returnByValue: true,
  });
  await sendTo(relay, sessionId, 2, 'Runtime.evaluate', { expression: 'window.close()' });
  await popupTarget(relay, extensionId, false);
  const r = answer.result?.result?.value as (Partial<Record<RealPopupStage, number>> & { origin: number }) | null;
  if (!r)
    throw new Error(`the action popup showed no cards within 10 s${answer.error ? `: ${answer.error.message}` : ''}`);
  const { origin, cards: _cards, viewport, ...stages } = r as typeof r & { cards?: number; viewport?: number[] };
  if (process.env.BENCH_VERBOSE)
    console.log(`      action popup viewport (inner w, h; client w; content h): ${viewport}`);
  return { ...stages, 'open-called': calledAt - origin };
}
