/**
 * `npm run bench:pages-extension`: what the built extension's content script costs real pages in Chromium, as it runs
 * there (injected at document_idle, compiled on load, the extraction injected by the background on article pages only),
 * beside Readability on the same page, run the same way: a second extension whose content script, injected at
 * document_idle into an isolated world of its own, times Readability's first calls (detection, then parsing a clone
 * made outside the timing). The content script times its own detection and extraction (`scanTimings` in the tab's
 * state). Our extraction waits for its module to load, so the two scripts interleave on the page: neither is always
 * the first to touch the page's nodes. `--peer-first` loads the peer extension before ours.
 *
 * Each page is served from a stand-in https host (under .test) with page scripts off (a `script-src 'none'` policy,
 * which content scripts are exempt from) and every other request cut. By default every page has its own site, so it
 * gets a new renderer process, as a reader's first visit to a site does; `--same-site` serves them all from one site,
 * so one renderer reads page after page and V8 keeps what it compiled, as when a reader stays on a site. Not
 * cross-origin isolated (news sites are not), so the browser's clock ticks in tenths of a millisecond, with jitter.
 * The background is told not to analyze (auto-analyze off), so its NLP never competes with the next page.
 * Flags: --limit N (pages, spread over the index; default 200), --same-site, --peer-first. BACKSTORY_DIST: a built
 * extension to time instead of building one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import type { TabState } from '../src/shared/tab-state';
import { launchExtension } from '../tests/e2e/harness';
import { COMPILE_HINT } from '../scripts/vite-compile-hints.js';
import { DATA_DIR, dataPresent, knownUrls, readIndex, readPage } from './pages-data';
import { extensionDir } from './extension-dir';
import { quantile } from './pages-metrics';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 200;
const sameSite = args.includes('--same-site');
const peersFirst = args.includes('--peer-first');
const PEER_ATTRIBUTE = 'data-backstory-bench-peer';

interface Row {
  detect: number;
  extract: number | null;
  load: number | null;
  peerDetect: number;
  peerExtract: number;
  isArticle: boolean;
}

/**
 * The peer as an extension of its own: Readability's files in a content script injected at document_idle like ours,
 * in an isolated world like ours, with the same compile hint as our chunks. It times its first calls (detection, then
 * parsing a clone made outside the timing) and leaves the figures in an attribute for the benchmark to read.
 */
function peerExtension(): { dir: string; cleanup(): void } {
  const require = createRequire(import.meta.url);
  const src = (f: string) => readFileSync(require.resolve(`@mozilla/readability/${f}`), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-peer-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Readability (benchmark peer)',
      version: '1.0',
      content_scripts: [{ matches: ['https://*/*'], js: ['peer.js'], run_at: 'document_idle', all_frames: false }],
    }),
  );
  writeFileSync(
    join(dir, 'peer.js'),
    `${COMPILE_HINT}(() => {
    var module = { exports: {} };
    ${src('Readability.js')}
    ${src('Readability-readerable.js')}
    let t0 = performance.now();
    isProbablyReaderable(document);
    const detect = performance.now() - t0;
    const copy = document.cloneNode(true);
    t0 = performance.now();
    try { new Readability(copy).parse(); } catch {}
    const extract = performance.now() - t0;
    document.documentElement.setAttribute('${PEER_ATTRIBUTE}', JSON.stringify({ detect, extract }));
  })();\n`,
  );
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  if (!dataPresent()) {
    console.log(`bench:pages-extension: no evaluation data at ${DATA_DIR}; skipped.`);
    return;
  }
  const { dir, cleanup: cleanDist } = await extensionDir('backstory-bench-pages-');
  const peer = peerExtension();
  const cleanup = () => {
    cleanDist();
    return peer.cleanup();
  };
  let h: Awaited<ReturnType<typeof launchExtension>>;
  try {
    h = await launchExtension({ dist: dir, peers: [peer.dir], peersFirst });
  } catch (error) {
    cleanup();
    console.log(`bench:pages-extension: ${(error as Error).message.split('\n')[0]}; skipped.`);
    return;
  }
  const rows: Row[] = [];
  const load = loadavg()[0]!;
  try {
    await h.setSettings({ ...DEFAULT_SETTINGS, autoAnalyze: false });
    let html = '';
    let target = '';
    await h.context.route(/^https:\/\/[^/]*\.test\//, (route) => {
      const request = route.request();
      if (request.url() === target && request.isNavigationRequest()) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: html,
          // Not cross-origin isolated, as news sites are not (isolation would force a new renderer even on one site).
          headers: { 'Content-Security-Policy': "script-src 'none'" },
        });
      }
      return request.isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort();
    });
    // Everything else a page asks for (images, fonts, other sites' scripts) is cut too.
    await h.context.route(/^https?:\/\/(?![^/]*\.test\/)(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await h.context.newPage();
    await page.goto('https://start.test/').catch(() => {});
    const tabId = await h.tabIdOf(page);
    const urls = knownUrls();
    const index = readIndex();
    const step = Math.max(1, Math.floor(index.length / limit));
    for (let i = 0; i < index.length && rows.length < limit; i += step) {
      const entry = index[i]!;
      const p = readPage(entry.path, urls.get(entry.path));
      html = p.html;
      // Hosts under .test, which is not a public suffix: p1.test and p2.test are two sites (two renderers), while
      // p1.bench.test and p2.bench.test would be one.
      target = sameSite ? `https://site.test/p${i}` : `https://p${i}.test/`;
      try {
        await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        const state = await h.waitForState(
          tabId,
          (s: TabState | null) => s?.pageUrl === target && !!s.scanTimings,
          20_000,
        );
        const peerTimes = JSON.parse(
          (await page
            .waitForFunction((name) => document.documentElement.getAttribute(name), PEER_ATTRIBUTE, { timeout: 20_000 })
            .then((handle) => handle.jsonValue())) as string,
        ) as { detect: number; extract: number };
        rows.push({
          detect: state!.scanTimings!.detectMs,
          extract: state!.scanTimings!.extractMs,
          load: state!.scanTimings!.extractLoadMs ?? null,
          peerDetect: peerTimes.detect,
          peerExtract: peerTimes.extract,
          isArticle: !!state!.detection?.isArticle,
        });
      } catch (error) {
        console.error(`bench:pages-extension: ${entry.path}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await h.close().catch((error: unknown) => console.error(String(error)));
    cleanup();
  }
  if (process.env.BENCH_VERBOSE)
    console.log(rows.map((r) => `${r.detect.toFixed(1)}/${r.extract?.toFixed(1) ?? '-'}`).join(' '));
  report(rows, load);
}

function report(rows: Row[], load: number): void {
  const q = (xs: number[], p: number) => quantile(xs, p).toFixed(2).padStart(6);
  const line = (label: string, ours: number[], theirs: number[]) =>
    console.log(
      `${label.padEnd(34)} ours ${q(ours, 0.5)} / ${q(ours, 0.95)} ms   Readability ${q(theirs, 0.5)} / ${q(theirs, 0.95)} ms`,
    );
  const extracted = rows.filter((r) => r.extract !== null);
  console.log(
    `## The content script in the built extension, Chromium (median / p95), ${sameSite ? 'one site, one renderer (--same-site)' : 'a new site and renderer for every page'}, ` +
      `n=${rows.length} (${extracted.length} extracted), load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  line(
    'detection, every page',
    rows.map((r) => r.detect),
    rows.map((r) => r.peerDetect),
  );
  line(
    'extraction, pages detected',
    extracted.map((r) => r.extract!),
    extracted.map((r) => r.peerExtract),
  );
  const ours = extracted.map((r) => r.detect + r.extract!);
  const theirs = extracted.map((r) => r.peerDetect + r.peerExtract);
  line('detection + extraction, same pages', ours, theirs);
  const loads = extracted.map((r) => r.load).filter((x): x is number => x !== null);
  console.log(
    `loading the extraction module first (wall time, ours only): median ${quantile(loads, 0.5).toFixed(2)} ms, p95 ${quantile(loads, 0.95).toFixed(2)} ms`,
  );
  console.log(
    `detection + extraction: ours/Readability median ${(quantile(ours, 0.5) / quantile(theirs, 0.5)).toFixed(2)}x, ` +
      `median of per-page ratios ${quantile(
        extracted.map((r) => (r.detect + r.extract!) / Math.max(r.peerDetect + r.peerExtract, 0.005)),
        0.5,
      ).toFixed(2)}x`,
  );
}

void main();
