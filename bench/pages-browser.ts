/**
 * `npm run bench:pages-browser`: detection and extraction time per page in Chromium (the DOM the extension really
 * runs in), ours beside Readability on the same pages, same run. Pages are served from a stand-in https origin with
 * scripts off and the network cut, cross-origin isolated so performance.now() ticks in microseconds rather than
 * tenths of a millisecond. Ours is timed exactly as the content script runs it (detection that stops once its verdict
 * is certain, then the extractor it loads on article pages); each tool gets the page's own document (Readability a
 * clone it may rewrite, cloned outside the timing). Both tools' code is evaluated afresh on every page, and every
 * "first call" is the first run of that code on that page; which tool runs first alternates from page to page.
 * Flags: --limit N (pages, spread over the index; default all); --compile-cache (below); --against REF (below).
 *
 * Most of a first call's cost is V8 compiling the code it meets (lazily, function by function, regular expressions
 * included): with nothing compiled, a first call costs about three times a second one. By default the script differs
 * on every page, so nothing compiled for one page is reused on the next, as in a fresh renderer process.
 * `--compile-cache` evaluates the very same script text on every page, as the browser does when a reader moves from
 * page to page of a site in one renderer: V8's in-memory compilation cache then hands back what the previous page
 * compiled (both tools alike), while the DOM, the wrappers and the inline caches are still fresh.
 *
 * The extension's content-script chunks carry V8's compile hint (scripts/vite-compile-hints.js), which code evaluated
 * here does not honour: this benchmark times lazily compiled code, the extension's cold path as it was before the hint.
 * `npm run bench:pages-extension` times the built extension itself.
 *
 * `--against REF` times our code at a git ref (commit, branch, tag) in Readability's place: the way to tell whether a
 * change made a first call faster. Separate runs differ by more than most changes do (the machine's load drifts), so
 * both builds run on the same page, in alternating order, and the report gives the per-page difference with the
 * order's effect taken out (whichever runs first pays for the page's first touch, about 2 ms).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { DATA_DIR, dataPresent, knownUrls, readIndex, readPage } from './pages-data';
import { quantile } from './pages-metrics';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const compileCache = args.includes('--compile-cache');
const against = args.includes('--against') ? (args[args.indexOf('--against') + 1] ?? '') : null;
if (against !== null && (!against || against.startsWith('--'))) {
  console.error('bench:pages-browser: --against needs a git ref (a commit, branch or tag), e.g. --against main');
  process.exit(2);
}

async function bundle(root = process.cwd(), name = 'BackstoryBench'): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(root, 'bench/browser-entry.ts'), formats: ['iife'], name },
    },
  });
  const out = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return (out.output.find((o) => o.type === 'chunk') as Rollup.OutputChunk).code;
}

/** Our bench bundle as it was at a git ref: the ref's files unpacked beside this checkout's node_modules. */
async function bundleAt(ref: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-ref-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    return await bundle(dir, 'BackstoryRef');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Timing {
  detect: number;
  detectCold: number;
  extractWarm: number;
  extract: number;
  peerDetect: number;
  peerExtract: number;
  isArticle: boolean;
  fullIsArticle: boolean;
  stoppedEarly: boolean;
  path?: string;
}

const ORIGIN = 'https://bench.test/';

async function main(): Promise<void> {
  if (!dataPresent()) {
    console.log(`bench:pages-browser: no evaluation data at ${DATA_DIR}; skipped.`);
    return;
  }
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    console.log(`bench:pages-browser: ${(error as Error).message}; skipped.`);
    return;
  }
  const code = await bundle();
  const refCode = against ? await bundleAt(against) : '';
  const peerName = against ? `ref ${against}` : 'Readability';
  // The peer's first calls, as page script: Readability (on a clone it may rewrite, cloned outside the timing), or
  // our own code at the ref, called exactly as ours is.
  const peerRun = against
    ? `() => {
    let t0 = performance.now();
    BackstoryRef.detectPage(document, url);
    r.peerDetect = performance.now() - t0;
    t0 = performance.now();
    BackstoryRef.extractArticle(document, url);
    r.peerExtract = performance.now() - t0;
  }`
    : `() => {
    let t0 = performance.now();
    B.isProbablyReaderable(document);
    r.peerDetect = performance.now() - t0;
    const copy = document.cloneNode(true);
    t0 = performance.now();
    try { new B.Readability(copy).parse(); } catch {}
    r.peerExtract = performance.now() - t0;
  }`;
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  const context = await browser.newContext({ javaScriptEnabled: false });
  let html = '';
  // The page is served once per visit. A page that navigates itself (a meta refresh, often inside <noscript>, which
  // counts with scripts off) gets "204 No Content", so the browser stays on it; everything else is cut.
  let served = true;
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.url() === ORIGIN && !served) {
      served = true;
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: html,
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      });
    }
    return request.isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort();
  });
  let page = await context.newPage();
  const load = loadavg()[0]!;
  const urls = knownUrls();
  const rows = readIndex();
  const step = Number.isFinite(limit) ? Math.max(1, Math.floor(rows.length / limit)) : 1;
  const timings: Timing[] = [];
  for (let i = 0; i < rows.length && timings.length < limit; i += step) {
    const row = rows[i]!;
    try {
      const p = readPage(row.path, urls.get(row.path));
      html = p.html;
      served = false;
      await page.goto(ORIGIN, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      // What changes from page to page goes in through a global, so that with --compile-cache the script text is
      // identical every time; without it, a comment makes every page's script text its own.
      const oursFirst = timings.length % 2 === 0;
      await page.evaluate(`window.__bench = ${JSON.stringify({ url: p.url, oursFirst })}`);
      const t = (await page.evaluate(`(() => {
        ${code}
        ${refCode}
        ${compileCache ? '' : `// ${row.path}`}
        const B = BackstoryBench, url = window.__bench.url;
        const r = {};
        const ours = () => {
          let t0 = performance.now();
          const d = B.detectPage(document, url);
          r.detectCold = performance.now() - t0;
          t0 = performance.now();
          B.detectPage(document, url);
          r.detect = performance.now() - t0;
          t0 = performance.now();
          B.extractArticle(document, url);
          r.extract = performance.now() - t0;
          t0 = performance.now();
          B.extractArticle(document, url);
          r.extractWarm = performance.now() - t0;
          r.isArticle = d.isArticle;
          r.stoppedEarly = d.reasons.some((x) => x.startsWith('note:verdict-certain'));
        };
        const peer = ${peerRun};
        if (window.__bench.oursFirst) { ours(); peer(); } else { peer(); ours(); }
        // Untimed: the verdict with every signal read, which stopping early must never change.
        r.fullIsArticle = B.detectArticle(document, url).isArticle;
        return r;
      })()`)) as Timing;
      timings.push({ ...t, path: row.path });
    } catch (error) {
      console.error(`bench:pages-browser: ${row.path}: ${(error as Error).message.split('\n')[0]}`);
      // A crashed tab stays dead: carry on in a fresh one.
      await page.close().catch(() => {});
      page = await context.newPage();
    }
  }
  await browser.close();
  const col = (f: (t: Timing) => number) => timings.map(f);
  const line = (label: string, f: (t: Timing) => number, g: (t: Timing) => number) =>
    console.log(
      `${label.padEnd(24)} ours ${quantile(col(f), 0.5).toFixed(2).padStart(6)} / ${quantile(col(f), 0.95).toFixed(2).padStart(6)} ms` +
        `   ${peerName} ${quantile(col(g), 0.5).toFixed(2).padStart(6)} / ${quantile(col(g), 0.95).toFixed(2).padStart(6)} ms`,
    );
  console.log(
    `## Time per page in Chromium (median / p95), ${compileCache ? 'code compiled on an earlier page (--compile-cache)' : 'nothing compiled yet'}, n=${timings.length}, load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  line(
    'detection (first call)',
    (t) => t.detectCold,
    (t) => t.peerDetect,
  );
  line(
    'detection (second call)',
    (t) => t.detect,
    (t) => t.peerDetect,
  );
  line(
    'extraction (first call)',
    (t) => t.extract,
    (t) => t.peerExtract,
  );
  line(
    'extraction (second call)',
    (t) => t.extractWarm,
    (t) => t.peerExtract,
  );
  line(
    'detection + extraction',
    (t) => t.detectCold + t.extract,
    (t) => t.peerDetect + t.peerExtract,
  );
  const ours = quantile(
    col((t) => t.detectCold + t.extract),
    0.5,
  );
  const theirs = quantile(
    col((t) => t.peerDetect + t.peerExtract),
    0.5,
  );
  console.log(
    `detection + extraction, first calls: ours/${peerName} median ${(ours / theirs).toFixed(2)}x` +
      `, p95 ${(
        quantile(
          col((t) => t.detectCold + t.extract),
          0.95,
        ) /
          quantile(
            col((t) => t.peerDetect + t.peerExtract),
            0.95,
          )
      ).toFixed(2)}x` +
      `, median of per-page ratios ${quantile(
        timings.map((t) => (t.detectCold + t.extract) / Math.max(t.peerDetect + t.peerExtract, 0.005)),
        0.5,
      ).toFixed(2)}x`,
  );
  // Per page, ours minus the peer, for each order apart: the mean of the two medians cancels what running first costs.
  const paired = (f: (t: Timing) => number) => {
    const diff = (first: number) => quantile(timings.filter((_, i) => i % 2 === first).map(f), 0.5);
    return ((diff(0) + diff(1)) / 2).toFixed(2);
  };
  console.log(
    `ours − ${peerName}, paired by page (order-corrected median): detection (first call) ${paired((t) => t.detectCold - t.peerDetect)} ms,` +
      ` detection + extraction ${paired((t) => t.detectCold + t.extract - t.peerDetect - t.peerExtract)} ms`,
  );
  const early = timings.filter((t) => t.stoppedEarly).length;
  const disagree = timings.filter((t) => t.isArticle !== t.fullIsArticle).length;
  console.log(
    `detection stopped once certain on ${early}/${timings.length} pages; verdict differs from reading every signal on ${disagree}`,
  );
  const asRun = timings.map((t) => t.detectCold + (t.isArticle ? t.extract : 0));
  const slow = [...timings].sort((a, b) => b.extract - a.extract).slice(0, 5);
  console.log(
    `slowest extractions (ours): ${slow.map((t) => `${t.path!.split('/').slice(-2).join('/')}=${t.extract.toFixed(0)}ms`).join(' ')}`,
  );
  console.log(
    `as the extension runs (extract only when detected): ours median ${quantile(asRun, 0.5).toFixed(2)} ms, p95 ${quantile(asRun, 0.95).toFixed(2)} ms`,
  );
}

void main();
