/**
 * `npx tsx bench/popup-trace.ts [OUT.json]`: one Chromium trace of the toolbar popup opened on cached cards (the seed
 * article, loopback fake APIs, chrome.action.openPopup() as in bench:cards), summarized by trace-summary.ts: the
 * popup's tasks and marks, the browser's load stop and window resizes, in ms after the popup's navigation start.
 * OUT.json (optional) keeps the whole trace for chrome://tracing or Perfetto. The second open of the profile is
 * traced (the first meets cold caches); BENCH_TRACE_OPEN=1 traces the first.
 * Uses BACKSTORY_DIST (relative to the repo) when set, else builds the extension into a temporary directory.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import type { TabState } from '../src/shared/tab-state';
import { launchExtension } from '../tests/e2e/harness';
import { startFixtureServer } from '../tests/support/fixture-server';
import { extensionDir } from './extension-dir';
import { realPopupPaint } from './real-popup';
import { summarizeTrace, type TraceEvent } from './trace-summary';

const CATEGORIES = [
  'devtools.timeline',
  'blink.user_timing',
  'loading',
  'navigation',
  'v8.execute',
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'gpu',
  'viz',
  'browser',
  'ui',
  'ipc',
  'mojom',
].join(',');

async function traced(relay: CDPSession, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  relay.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await relay.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  const done = new Promise((r) => relay.once('Tracing.tracingComplete', r));
  await relay.send('Tracing.end');
  await done;
  return events;
}

const ext = await extensionDir('backstory-popup-trace-');
const server = await startFixtureServer();
const h = await launchExtension({ dist: ext.dir, server });
try {
  await h.setSettings({
    ...DEFAULT_SETTINGS,
    sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false },
  });
  const { page, tabId } = await h.openPage('seed-fox-putin-xi');
  await h.waitForState(tabId, (s: TabState | null) => !!s?.cards && s.cards.status !== 'loading', 30_000);
  const relay = await h.context.newCDPSession(page);
  const open = () => h.worker().then((w) => realPopupPaint(page, relay, w, h.extensionId));
  if (process.env.BENCH_TRACE_OPEN !== '1') await open();
  let figures: Awaited<ReturnType<typeof open>> = {};
  const events = await traced(relay, async () => (figures = await open()));
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log(
    `popup figures (ms after its navigation start): ${JSON.stringify(figures, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
  );
  console.log(summarizeTrace(events, h.extensionId).join('\n'));
} finally {
  await h.close();
  await server.close();
  ext.cleanup();
}
