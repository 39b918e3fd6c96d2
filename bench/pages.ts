/**
 * `npm run bench:pages`: article detection and extraction, ours beside @mozilla/readability, same pages, same run.
 *   - detection precision / recall per source on detection-index.tsv (Readability's peer: isProbablyReaderable),
 *   - AEB body-text F1 (mean over pages of lower-cased 4-gram shingle F1),
 *   - title / author / date accuracy on the Postlight expectations and on Readability's own metadata,
 *   - median and p95 time of detection and of extraction per page.
 * Reads ../shared/data in place (or $BACKSTORY_DATA); skips with a message when it is absent.
 * Every page is also read as a stripped copy (no og:/twitter:/article: tags, JSON-LD or microdata: strip-metadata.ts),
 * and every figure is given for the two parts of the fixed split by site (pages-split.ts): tuning, where rules and
 * weights were fitted, and validation, the figure to quote.
 * Every page is read a third time as its old-style copy (old-style.ts: also no HTML5 semantic elements, no class names
 * that name a story's parts, a layout table), the way small and old sites' stories look.
 * Flags: --no-peer (ours only, for quick iterations), --dump FILE (one JSON line per page), --only SUBSTRING,
 * --part tuning|validation (read only that part's pages: tune without printing the validation figures).
 */
import { writeFileSync } from 'node:fs';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHtml } from '../scripts/dom';
import { detectArticle } from '../src/pipeline/detect';
import { LEARNED_MIN_SCORE, LEARNED_WEIGHTS } from '../src/pipeline/detect/learned-weights';
import { extractArticle } from '../src/pipeline/extract';
import type { Article, Detection } from '../src/shared/types';
import { measureContentScript } from './content-size';
import { partOf, siteOf, type Part } from './pages-split';
import { makeOldStyle } from './old-style';
import { stripMetadata } from './strip-metadata';
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
  site: string;
  part: Part;
  detection: Detection;
  /** Detection on the stripped copy of the page. */
  stripped: Detection;
  /** Detection on the old-style copy of the page. */
  oldStyle: Detection;
  /** The learned scorer's verdicts (train:detect), on the page and on its stripped copy. */
  learned: [boolean, boolean];
  article: Article | null;
  peer: PeerResult | null;
  ms: {
    detect: number;
    extract: number;
    peerDetect: number;
    peerExtract: number;
    detectStripped: number;
    detectOldStyle: number;
  };
}

const args = process.argv.slice(2);
const withPeer = !args.includes('--no-peer');
const dumpPath = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const oldStyleOptions = args.includes('--old-style') ? JSON.parse(args[args.indexOf('--old-style') + 1]!) : {};
const onlyPart = args.includes('--part') ? (args[args.indexOf('--part') + 1] as Part) : undefined;

function runPage(row: IndexRow, urls: Map<string, string>): Result | null {
  const page = readPage(row.path, urls.get(row.path));
  const site = siteOf(page.url, row.path);
  // With --part, the other part's pages are not even scored.
  if (onlyPart && partOf(site) !== onlyPart) return null;
  const doc = parseHtml(page.html, page.url);
  let t = performance.now();
  const detection = detectArticle(doc, page.url);
  const detectMs = performance.now() - t;
  const learnedOptions = { weights: LEARNED_WEIGHTS, minScore: LEARNED_MIN_SCORE };
  const learned = detectArticle(doc, page.url, learnedOptions).isArticle;
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
  // Stripped in place, after our extraction has read the page whole.
  stripMetadata(doc);
  t = performance.now();
  const stripped = detectArticle(doc, page.url);
  const detectStripped = performance.now() - t;
  const learnedStripped = detectArticle(doc, page.url, learnedOptions).isArticle;
  // The old-style copy is made from the stripped one, in place too.
  makeOldStyle(doc, oldStyleOptions);
  t = performance.now();
  const oldStyle = detectArticle(doc, page.url);
  const detectOldStyle = performance.now() - t;
  return {
    row,
    url: page.url,
    site,
    part: partOf(site),
    detection,
    stripped,
    oldStyle,
    learned: [learned, learnedStripped],
    article,
    peer,
    ms: { detect: detectMs, extract: extractMs, peerDetect, peerExtract, detectStripped, detectOldStyle },
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));
const ms = (x: number) => (Number.isNaN(x) ? '    -   ' : `${x.toFixed(2).padStart(6)}ms`);

const PARTS: Part[] = ['tuning', 'validation'];
const inPart = (rs: Result[], part: Part) => rs.filter((r) => r.part === part);
const share = <T>(xs: T[], f: (x: T) => boolean) => (xs.length ? xs.filter(f).length / xs.length : NaN);
/** "tuning | validation" for one figure. */
const byPart = (rs: Result[], figure: (part: Result[]) => number) =>
  PARTS.map((p) => pct(figure(inPart(rs, p)))).join(' |');

function detectionReport(results: Result[]): void {
  console.log('\n## Detection, tuning | validation part (quote validation)');
  console.log(
    'source'.padEnd(40),
    'n (t/v)'.padStart(9),
    '  article recall   stripped recall   old-style recall  non-art. rejected   Readability: recall   rejected',
  );
  const bySource = new Map<string, Result[]>();
  for (const r of results) bySource.set(r.row.source, [...(bySource.get(r.row.source) ?? []), r]);
  const isArt = (r: Result) => r.row.label === 'article';
  const line = (name: string, rs: Result[]) => {
    const art = rs.filter(isArt);
    const non = rs.filter((r) => !isArt(r));
    const n = PARTS.map((p) => inPart(rs, p).length).join('/');
    console.log(
      name.padEnd(40),
      n.padStart(9),
      ` ${byPart(art, (xs) => share(xs, (r) => r.detection.isArticle))}`,
      ` ${byPart(art, (xs) => share(xs, (r) => r.stripped.isArticle))}`,
      ` ${byPart(art, (xs) => share(xs, (r) => r.oldStyle.isArticle))}`,
      `   ${byPart(non, (xs) => share(xs, (r) => !r.detection.isArticle))}`,
      withPeer
        ? `   ${byPart(art, (xs) => share(xs, (r) => !!r.peer?.readerable))}  ${byPart(non, (xs) => share(xs, (r) => !r.peer?.readerable))}`
        : '',
    );
  };
  for (const [source, rs] of [...bySource].sort()) line(source, rs);
  line('ALL', results);
  const non = results.filter((r) => !isArt(r));
  console.log(
    `stripped non-articles rejected: ${byPart(non, (xs) => share(xs, (r) => !r.stripped.isArticle))}` +
      `, old-style ${byPart(non, (xs) => share(xs, (r) => !r.oldStyle.isArticle))}` +
      `; whole dev set: recall ${pct(share(results.filter(isArt), (r) => r.detection.isArticle))},` +
      ` stripped ${pct(share(results.filter(isArt), (r) => r.stripped.isArticle))},` +
      ` rejected ${pct(share(non, (r) => !r.detection.isArticle))}`,
  );
  const art = results.filter(isArt);
  console.log(
    `learned scorer (train:detect, not shipped): recall ${byPart(art, (xs) => share(xs, (r) => r.learned[0]))},` +
      ` stripped ${byPart(art, (xs) => share(xs, (r) => r.learned[1]))},` +
      ` non-articles rejected ${byPart(non, (xs) => share(xs, (r) => !r.learned[0]))}`,
  );
  for (const part of PARTS) {
    const rs = inPart(results, part);
    console.log(`${part} part: ${rs.length} pages from ${new Set(rs.map((r) => r.site)).size} sites`);
  }
}

function aebReport(results: Result[]): void {
  const gold = aebGold();
  const rs = results.filter((r) => r.row.path.startsWith('article-bench/scrapinghub-aeb/html/'));
  if (!rs.length) return;
  const id = (r: Result) => r.row.path.replace(/^.*\//, '').replace(/\.html\.gz$/, '');
  const f1 = (text: (r: Result) => string | undefined) => (xs: Result[]) =>
    mean(xs.map((r) => shingleF1(gold[id(r)]?.articleBody ?? '', text(r) ?? '')));
  const recorded = aebPeer('readability_js');
  const traf = aebPeer('trafilatura');
  const n = PARTS.map((p) => inPart(rs, p).length).join('/');
  console.log(`\n## AEB body text (n=${n}): mean 4-gram shingle F1, tuning | validation part (quote validation)`);
  console.log(
    `ours ${byPart(
      rs,
      f1((r) => r.article?.text),
    )} (all ${pct(f1((r) => r.article?.text)(rs))})` +
      ` | Readability (this run) ${
        withPeer
          ? byPart(
              rs,
              f1((r) => r.peer?.text),
            )
          : '-'
      }` +
      ` | recorded peers: Readability.js ${byPart(
        rs,
        f1((r) => recorded[id(r)]?.articleBody),
      )},` +
      ` trafilatura ${byPart(
        rs,
        f1((r) => traf[id(r)]?.articleBody),
      )}`,
  );
  const worst = rs
    .map((r) => [shingleF1(gold[id(r)]?.articleBody ?? '', r.article?.text ?? ''), r] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, 8);
  console.log('lowest (ours):', worst.map(([f, r]) => `${id(r).slice(0, 8)}${r.part[0]}=${f.toFixed(2)}`).join(' '));
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
    const partTitles = PARTS.map((p) => titles.filter(([, r]) => r.part === p));
    console.log(
      `${' '.repeat(label.length)}  ours by part, tuning | validation: title ${partTitles.map((ts) => pct(acc(ts, (g, r) => sameTitle(g, r.article?.title)))).join(' |')}` +
        ` (n=${partTitles.map((ts) => ts.length).join('/')})`,
    );
  };
  console.log('\n## Metadata accuracy (ours | Readability), all dev pages, then ours by part');
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
    'detection, stripped copy',
    (r) => r.ms.detectStripped,
    () => NaN,
  );
  row(
    'detection, old-style copy',
    (r) => r.ms.detectOldStyle,
    () => NaN,
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
    // The extractor is its own script, injected by the background into accepted pages only (src/content/parts.ts).
    const extract = await measureContentScript('src/content/extract-part.ts');
    console.log(`\n## Content script (src/content/index.ts, vite-minified, static import graph)`);
    console.log(
      `injected into every page: ${(s.injectedGzip / 1024).toFixed(1)} KB gzip (${(s.injectedBytes / 1024).toFixed(1)} KB minified; budget 10 KB)` +
        `; extract part, injected into accepted pages only: ${(extract.injectedGzip / 1024).toFixed(1)} KB gzip`,
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
      const result = runPage(row, urls);
      if (result) results.push(result);
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
            site: r.site,
            part: r.part,
            detection: r.detection,
            stripped: r.stripped,
            oldStyle: r.oldStyle,
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
