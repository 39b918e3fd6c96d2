/**
 * `npm run bench:pages-browser`: detection and extraction time per page in Chromium (the DOM the extension really
 * runs in), ours beside Readability on the same pages, same run. Pages are loaded with scripts off and the network
 * cut; each tool gets the page's own document (Readability a clone it may rewrite, cloned outside the timing).
 * Flags: --limit N (pages, spread over the index; default all).
 */
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { DATA_DIR, dataPresent, knownUrls, readIndex, readPage } from './pages-data';
import { quantile } from './pages-metrics';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false, logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: 'bench/browser-entry.ts', formats: ['iife'], name: 'BackstoryBench' } },
  });
  const out = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return (out.output.find((o) => o.type === 'chunk') as Rollup.OutputChunk).code;
}

interface Timing { detect: number; detectCold: number; extractWarm: number; extract: number; peerDetect: number; peerExtract: number; isArticle: boolean; path?: string }

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
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  let page = await context.newPage();
  const urls = knownUrls();
  const rows = readIndex();
  const step = Number.isFinite(limit) ? Math.max(1, Math.floor(rows.length / limit)) : 1;
  const timings: Timing[] = [];
  for (let i = 0; i < rows.length && timings.length < limit; i += step) {
    const row = rows[i]!;
    try {
      const p = readPage(row.path, urls.get(row.path));
      await page.setContent(p.html, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      const t = await page.evaluate(`(() => {
        ${code}
        const B = BackstoryBench, url = ${JSON.stringify(p.url)};
        let t0 = performance.now();
        const d = B.detectArticle(document, url);
        const detectCold = performance.now() - t0;
        t0 = performance.now();
        B.detectArticle(document, url);
        const detect = performance.now() - t0;
        t0 = performance.now();
        B.extractArticle(document, url);
        const extract = performance.now() - t0;
        t0 = performance.now();
        B.extractArticle(document, url);
        const extractWarm = performance.now() - t0;
        t0 = performance.now();
        B.isProbablyReaderable(document);
        const peerDetect = performance.now() - t0;
        const copy = document.cloneNode(true);
        t0 = performance.now();
        try { new B.Readability(copy).parse(); } catch {}
        const peerExtract = performance.now() - t0;
        return { detect, detectCold, extract, extractWarm, peerDetect, peerExtract, isArticle: d.isArticle };
      })()`) as Timing;
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
    console.log(`${label.padEnd(24)} ours ${quantile(col(f), 0.5).toFixed(2).padStart(6)} / ${quantile(col(f), 0.95).toFixed(2).padStart(6)} ms` +
      `   Readability ${quantile(col(g), 0.5).toFixed(2).padStart(6)} / ${quantile(col(g), 0.95).toFixed(2).padStart(6)} ms`);
  console.log(`## Time per page in Chromium (median / p95), n=${timings.length}`);
  line('detection (first call)', (t) => t.detectCold, (t) => t.peerDetect);
  line('detection (second call)', (t) => t.detect, (t) => t.peerDetect);
  line('extraction (first call)', (t) => t.extract, (t) => t.peerExtract);
  line('extraction (second call)', (t) => t.extractWarm, (t) => t.peerExtract);
  line('detection + extraction', (t) => t.detectCold + t.extract, (t) => t.peerDetect + t.peerExtract);
  const asRun = timings.map((t) => t.detectCold + (t.isArticle ? t.extract : 0));
  const slow = [...timings].sort((a, b) => b.extract - a.extract).slice(0, 5);
  console.log(`slowest extractions (ours): ${slow.map((t) => `${t.path!.split('/').slice(-2).join('/')}=${t.extract.toFixed(0)}ms`).join(' ')}`);
  console.log(`as the extension runs (extract only when detected): ours median ${quantile(asRun, 0.5).toFixed(2)} ms, p95 ${quantile(asRun, 0.95).toFixed(2)} ms`);
}

void main();
