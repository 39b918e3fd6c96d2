/**
 * `npm run bench:pages`: article detection and extraction, ours beside @mozilla/readability, same pages, same run.
 *   - detection precision / recall per source on detection-index.tsv (Readability's peer: isProbablyReaderable),
 *   - AEB body-text F1 (mean over pages of lower-cased 4-gram shingle F1),
 *   - title / author / date accuracy on the Postlight expectations and on Readability's own metadata,
 *   - median and p95 time of detection and of extraction per page.
 * Reads ../shared/data in place (or $BACKSTORY_DATA); skips with a message when it is absent.
 * Flags: --no-peer (ours only, for quick iterations), --dump FILE (one JSON line per page), --only SUBSTRING.
 */
import { writeFileSync } from 'node:fs';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHtml } from '../scripts/dom';
import { detectArticle } from '../src/pipeline/detect';
import { extractArticle } from '../src/pipeline/extract';
import type { Article, Detection } from '../src/shared/types';
import { measureContentScript } from './content-size';
import {
  aebGold,
  aebPeer,
  DATA_DIR,
  dataPresent,
  knownUrls,
  postlight,
  readabilityCases,
  readIndex,
  readPage,
  type IndexRow,
} from './pages-data';
import {
  mean,
  quantile,
  sameAuthors,
  sameDate,
  sameDay,
  sameTitle,
  sameTitleIgnoringSuffix,
  shingleF1,
  startsWithWords,
} from './pages-metrics';

interface PeerResult {
  readerable: boolean;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  text: string;
}
interface Result {
  row: IndexRow;
  url: string;
  detection: Detection;
  article: Article | null;
  peer: PeerResult | null;
  ms: { detect: number; extract: number; peerDetect: number; peerExtract: number };
}

const args = process.argv.slice(2);
const withPeer = !args.includes('--no-peer');
const dumpPath = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function runPage(row: IndexRow, urls: Map<string, string>): Result {
  const page = readPage(row.path, urls.get(row.path));
  const doc = parseHtml(page.html, page.url);
  let t = performance.now();
  const detection = detectArticle(doc, page.url);
  const detectMs = performance.now() - t;
  t = performance.now();
  const article = extractArticle(doc, page.url);
  const extractMs = performance.now() - t;
  let peer: PeerResult | null = null;
  let peerDetect = NaN;
  let peerExtract = NaN;
  if (withPeer) {
    // Readability reads its own copy of the page, as each extension would, parsed outside the timed part: it rewrites
    // the document it reads, and in Node the first walk over a freshly parsed page costs more (0.3-0.4 ms here),
    // which each side now pays once, in its detection.
    const copy = parseHtml(page.html, page.url);
    t = performance.now();
    const readerable = isProbablyReaderable(copy);
    peerDetect = performance.now() - t;
    t = performance.now();
    let parsed: ReturnType<Readability<string>['parse']> = null;
    try {
      parsed = new Readability(copy).parse();
    } catch {
      parsed = null;
    }
    peerExtract = performance.now() - t;
    peer = {
      readerable,
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      publishedTime: parsed?.publishedTime ?? null,
      text: parsed?.textContent ?? '',
    };
  }
  return {
    row,
    url: page.url,
    detection,
    article,
    peer,
    ms: { detect: detectMs, extract: extractMs, peerDetect, peerExtract },
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));
const ms = (x: number) => (Number.isNaN(x) ? '    -   ' : `${x.toFixed(2).padStart(6)}ms`);

function detectionReport(results: Result[]): void {
  console.log('\n## Detection (ours | Readability isProbablyReaderable)');
  console.log('source'.padEnd(44), 'n'.padStart(4), '  article recall    non-articles rejected   precision');
  const bySource = new Map<string, Result[]>();
  for (const r of results) bySource.set(r.row.source, [...(bySource.get(r.row.source) ?? []), r]);
  const line = (name: string, rs: Result[]) => {
    const art = rs.filter((r) => r.row.label === 'article');
    const non = rs.filter((r) => r.row.label !== 'article');
    const rate = (xs: Result[], f: (r: Result) => boolean) => (xs.length ? xs.filter(f).length / xs.length : NaN);
    const prec = (f: (r: Result) => boolean) => {
      const said = rs.filter(f);
      return said.length ? said.filter((r) => r.row.label === 'article').length / said.length : NaN;
    };
    const ours = (r: Result) => r.detection.isArticle;
    const theirs = (r: Result) => !!r.peer?.readerable;
    if (!withPeer) {
      console.log(
        name.padEnd(44),
        String(rs.length).padStart(4),
        ` ${pct(rate(art, ours))}             ${pct(rate(non, (r) => !ours(r)))}             ${pct(prec(ours))}`,
      );
      return;
    }
    console.log(
      name.padEnd(44),
      String(rs.length).padStart(4),
      ` ${pct(rate(art, ours))} | ${pct(rate(art, theirs))}    ${pct(rate(non, (r) => !ours(r)))} | ${pct(rate(non, (r) => !theirs(r)))}`,
      `   ${pct(prec(ours))} | ${pct(prec(theirs))}`,
    );
  };
  for (const [source, rs] of [...bySource].sort()) line(source, rs);
  line('ALL', results);
  const non = results.filter((r) => r.row.label !== 'article');
  console.log(
    `non-articles rejected: ours ${pct(non.filter((r) => !r.detection.isArticle).length / non.length)}` +
      (withPeer ? ` | Readability ${pct(non.filter((r) => !r.peer?.readerable).length / non.length)}` : '') +
      ` (n=${non.length})`,
  );
}

function aebReport(results: Result[]): void {
  const gold = aebGold();
  const rs = results.filter((r) => r.row.path.startsWith('article-bench/scrapinghub-aeb/html/'));
  if (!rs.length) return;
  const id = (r: Result) => r.row.path.replace(/^.*\//, '').replace(/\.html\.gz$/, '');
  const ours = rs.map((r) => shingleF1(gold[id(r)]?.articleBody ?? '', r.article?.text ?? ''));
  const theirs = rs.map((r) => shingleF1(gold[id(r)]?.articleBody ?? '', r.peer?.text ?? ''));
  const recorded = aebPeer('readability_js');
  const recordedF1 = rs.map((r) => shingleF1(gold[id(r)]?.articleBody ?? '', recorded[id(r)]?.articleBody ?? ''));
  const traf = aebPeer('trafilatura');
  const trafF1 = rs.map((r) => shingleF1(gold[id(r)]?.articleBody ?? '', traf[id(r)]?.articleBody ?? ''));
  console.log(`\n## AEB body text (n=${rs.length}): mean 4-gram shingle F1`);
  console.log(
    `ours ${pct(mean(ours))} | Readability (this run) ${pct(withPeer ? mean(theirs) : NaN)}` +
      ` | recorded peers: Readability.js ${pct(mean(recordedF1))}, trafilatura ${pct(mean(trafF1))}`,
  );
  const worst = rs
    .map((r, i) => [ours[i]!, r] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, 8);
  console.log('lowest (ours):', worst.map(([f, r]) => `${id(r).slice(0, 8)}=${f.toFixed(2)}`).join(' '));
}

function metadataReport(results: Result[]): void {
  const byPath = new Map(results.map((r) => [r.row.path, r]));
  const acc = (pairs: [string, Result][], ok: (gold: string, r: Result) => boolean) =>
    pairs.length ? pairs.filter(([g, r]) => ok(g, r)).length / pairs.length : NaN;
  const report = (
    label: string,
    cases: { title?: string | null; author?: string | null; date?: string | null; r: Result }[],
  ) => {
    const titles = cases.filter((c) => c.title).map((c) => [c.title!, c.r] as [string, Result]);
    const authors = cases.filter((c) => c.author).map((c) => [c.author!, c.r] as [string, Result]);
    const dates = cases.filter((c) => c.date).map((c) => [c.date!, c.r] as [string, Result]);
    console.log(
      `${label}: title ${pct(acc(titles, (g, r) => sameTitle(g, r.article?.title)))} | ${pct(withPeer ? acc(titles, (g, r) => sameTitle(g, r.peer?.title)) : NaN)} (n=${titles.length})` +
        `   author ${pct(acc(authors, (g, r) => sameAuthors(g, r.article?.authors)))} | ${pct(withPeer ? acc(authors, (g, r) => sameAuthors(g, r.peer?.byline)) : NaN)} (n=${authors.length})` +
        `   date exact ${pct(acc(dates, (g, r) => sameDate(g, r.article?.publishedAt)))} | ${pct(withPeer ? acc(dates, (g, r) => sameDate(g, r.peer?.publishedTime)) : NaN)}` +
        `, same day ${pct(acc(dates, (g, r) => sameDay(g, r.article?.publishedAt)))} | ${pct(withPeer ? acc(dates, (g, r) => sameDay(g, r.peer?.publishedTime)) : NaN)} (n=${dates.length})`,
    );
  };
  console.log('\n## Metadata accuracy (ours | Readability)');
  const pl = postlight().flatMap((e) => {
    const r = byPath.get(`news-html/postlight-parser/${e.fixture}`);
    return r && r.row.label === 'article' ? [{ title: e.title, author: e.author, date: e.date_published, r }] : [];
  });
  report('Postlight expectations   ', pl);
  const firsts = postlight().flatMap((e) => {
    const r = byPath.get(`news-html/postlight-parser/${e.fixture}`);
    return r && r.row.label === 'article' && e.content_first_words?.text
      ? [[e.content_first_words.text, r] as [string, Result]]
      : [];
  });
  console.log(
    `Postlight body starts with the expected first words: ours ${pct(acc(firsts, (g, r) => startsWithWords(g, r.article?.text)))}` +
      ` | ${pct(withPeer ? acc(firsts, (g, r) => startsWithWords(g, r.peer?.text)) : NaN)} (n=${firsts.length})`,
  );
  const rd = readabilityCases().flatMap((c) => {
    const r = byPath.get(`readability-pages/${c.name}/source.html`);
    return r && c.category !== 'synthetic' ? [{ title: c.title, author: c.byline, date: c.publishedTime, r }] : [];
  });
  report("Readability's metadata   ", rd);
  const rdTitles = rd.filter((c) => c.title).map((c) => [c.title!, c.r] as [string, Result]);
  console.log(
    `Readability's titles with the outlet suffix it keeps ignored: ours ${pct(acc(rdTitles, (g, r) => sameTitleIgnoringSuffix(g, r.article?.title)))}` +
      ` | ${pct(withPeer ? acc(rdTitles, (g, r) => sameTitleIgnoringSuffix(g, r.peer?.title)) : NaN)}`,
  );
}

function timingReport(results: Result[]): void {
  console.log(`\n## Time per page (median / p95), linkedom DOM, n=${results.length}`);
  const col = (f: (r: Result) => number) => results.map(f).filter((x) => !Number.isNaN(x));
  const row = (label: string, f: (r: Result) => number, g: (r: Result) => number) =>
    console.log(
      `${label.padEnd(24)} ours ${ms(quantile(col(f), 0.5))} / ${ms(quantile(col(f), 0.95))}` +
        `   Readability ${ms(quantile(col(g), 0.5))} / ${ms(quantile(col(g), 0.95))}`,
    );
  row(
    'detection',
    (r) => r.ms.detect,
    (r) => r.ms.peerDetect,
  );
  row(
    'extraction',
    (r) => r.ms.extract,
    (r) => r.ms.peerExtract,
  );
  row(
    'detection + extraction',
    (r) => r.ms.detect + r.ms.extract,
    (r) => r.ms.peerDetect + r.ms.peerExtract,
  );
  const arts = results.filter((r) => r.detection.isArticle);
  const pipeline = arts
    .map((r) => r.ms.detect + r.ms.extract)
    .concat(results.filter((r) => !r.detection.isArticle).map((r) => r.ms.detect));
  console.log(
    `as the extension runs (extract only when detected): ours median ${ms(quantile(pipeline, 0.5))}, p95 ${ms(quantile(pipeline, 0.95))}`,
  );
}

async function contentSizeReport(): Promise<void> {
  try {
    const s = await measureContentScript();
    console.log(`\n## Content script (src/content/index.ts, vite-minified, static import graph)`);
    console.log(
      `injected into every page: ${(s.injectedGzip / 1024).toFixed(1)} KB gzip (${(s.injectedBytes / 1024).toFixed(1)} KB minified; budget 10 KB)` +
        `; extractor, loaded only on article pages: ${(s.lazyGzip / 1024).toFixed(1)} KB gzip`,
    );
  } catch (error) {
    console.log(`content script size: not measured (${(error as Error).message})`);
  }
}

async function main(): Promise<void> {
  await contentSizeReport();
  if (!dataPresent()) {
    console.log(`bench:pages: no evaluation data at ${DATA_DIR} (set BACKSTORY_DATA); skipped.`);
    return;
  }
  const urls = knownUrls();
  const rows = readIndex().filter((r) => !only || r.path.includes(only));
  const results: Result[] = [];
  const started = performance.now();
  for (const row of rows) {
    try {
      results.push(runPage(row, urls));
    } catch (error) {
      console.error(`bench:pages: ${row.path}: ${(error as Error).message}`);
    }
  }
  console.log(
    `bench:pages: ${results.length} pages from ${DATA_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (withPeer ? '' : ' (--no-peer: ours only)'),
  );
  if (dumpPath) {
    writeFileSync(
      dumpPath,
      `${results
        .map((r) =>
          JSON.stringify({
            path: r.row.path,
            label: r.row.label,
            source: r.row.source,
            url: r.url,
            detection: r.detection,
            article: r.article,
            peer: r.peer,
            ms: r.ms,
          }),
        )
        .join('\n')}\n`,
    );
  }
  detectionReport(results);
  aebReport(results);
  metadataReport(results);
  timingReport(results);
}

void main();
