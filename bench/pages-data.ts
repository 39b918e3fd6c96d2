/**
 * Loads the evaluation pages in ../shared/data (or $BACKSTORY_DATA) in place: the detection index with each page's
 * real URL where its source records one, the AEB bodies, and the Postlight / Readability metadata expectations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, pageUrlFromHtml } from '../scripts/analyze-file';
import { parseHtml } from '../scripts/dom';
import { partOf, siteOf, type Part } from './pages-split';

export const DATA_DIR = resolve(process.env.BACKSTORY_DATA ?? join(process.cwd(), '..', 'shared', 'data'));

export interface IndexRow {
  path: string;
  label: 'article' | 'not_article';
  kind: string;
  source: string;
  note: string;
}

export interface Page {
  path: string;
  html: string;
  /** The page's real address where the data records it, else one read from the page, else a file URL. */
  url: string;
}

export function dataPresent(): boolean {
  return existsSync(join(DATA_DIR, 'detection-index.tsv'));
}

export function readPage(relPath: string, knownUrl?: string | null): Page {
  let bytes = readFileSync(join(DATA_DIR, relPath));
  if (relPath.endsWith('.gz')) bytes = gunzipSync(bytes);
  const url = knownUrl ?? pageUrlFromHtml(bytes) ?? `file://${join(DATA_DIR, relPath)}`;
  return { path: relPath, html: decodeHtml(bytes), url };
}

function tsv(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const cols = header!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

export function readIndex(): IndexRow[] {
  return tsv(join(DATA_DIR, 'detection-index.tsv')) as unknown as IndexRow[];
}

/** Page path (relative to DATA_DIR) → URL, from each source's own records. */
export function knownUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const standke = join(DATA_DIR, 'non-articles/standke-news-article-detection/manifest.tsv');
  if (existsSync(standke)) {
    for (const row of tsv(standke)) urls.set(`non-articles/standke-news-article-detection/${row.file}`, row.url!);
  }
  for (const entry of postlight()) urls.set(`news-html/postlight-parser/${entry.fixture}`, entry.url);
  for (const [id, gold] of Object.entries(aebGold()))
    urls.set(`article-bench/scrapinghub-aeb/html/${id}.html.gz`, gold.url);
  const products = join(DATA_DIR, 'non-articles/scrapinghub-product-pages/ground-truth.json');
  if (existsSync(products)) {
    const gold = JSON.parse(readFileSync(products, 'utf8')) as Record<string, { url?: string }>;
    for (const [id, g] of Object.entries(gold))
      if (g.url) urls.set(`non-articles/scrapinghub-product-pages/html/${id}.html.gz`, g.url);
  }
  return urls;
}

export interface PostlightEntry {
  url: string;
  fixture: string;
  title?: string | null;
  author?: string | null;
  date_published?: string | null;
  content_first_words?: { n: number; text: string } | null;
}

export function postlight(): PostlightEntry[] {
  const path = join(DATA_DIR, 'news-html/postlight-parser/expected-from-tests.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PostlightEntry[]) : [];
}

export function aebGold(): Record<string, { articleBody: string; url: string }> {
  const path = join(DATA_DIR, 'article-bench/scrapinghub-aeb/ground-truth.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

export function aebPeer(name: string): Record<string, { articleBody?: string }> {
  const path = join(DATA_DIR, `article-bench/scrapinghub-aeb/peer-outputs/${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

export interface ReadabilityCase {
  name: string;
  category: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

export function readabilityCases(): ReadabilityCase[] {
  const dir = join(DATA_DIR, 'readability-pages');
  if (!existsSync(join(dir, 'CLASSIFICATION.tsv'))) return [];
  return tsv(join(dir, 'CLASSIFICATION.tsv')).map((row) => {
    const meta = JSON.parse(readFileSync(join(dir, row.name!, 'expected-metadata.json'), 'utf8'));
    return {
      name: row.name!,
      category: row.category!,
      title: meta.title ?? null,
      byline: meta.byline ?? null,
      publishedTime: meta.publishedTime ?? null,
    };
  });
}

/** The pages of one part of the split (pages-split.ts), each parsed, with its site and label. */
export function* pagesOfPart(part: Part): Generator<{ doc: Document; url: string; site: string; row: IndexRow }> {
  const urls = knownUrls();
  for (const row of readIndex()) {
    const page = readPage(row.path, urls.get(row.path));
    const site = siteOf(page.url, row.path);
    if (partOf(site) === part) yield { doc: parseHtml(page.html, page.url), url: page.url, site, row };
  }
}
