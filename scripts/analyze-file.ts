import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { packFor } from '../src/languages/all';
import { analyzeArticle, articleLanguage } from '../src/pipeline/recognize';
import { alsoMentioned, analyzeDocument, prepareLanguage } from './analyze-document';
import { parseHtml } from './dom';

export interface FileOptions {
  url?: string;
  date?: string;
}

/** Reads bytes as UTF-8, or as the page's declared charset when it names another one. */
export function decodeHtml(bytes: Buffer): string {
  // Bytes that are valid UTF-8 are UTF-8, whatever a stale <meta charset> says (saved pages are often re-encoded).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: use the declared charset
  }
  const head = bytes.subarray(0, 16_384).toString('latin1');
  const charset = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder(charset ? 'utf-8' : 'windows-1252').decode(bytes);
}

export async function analyzeFile(path: string, options: FileOptions) {
  let bytes = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const url = options.url ?? pageUrlFromHtml(bytes) ?? pathToFileURL(path).href;
  const doc = parseHtml(decodeHtml(bytes), url);
  const report = await analyzeDocument(doc, url, { date: options.date });
  return {
    path,
    isArticle: report.isArticle,
    score: report.score,
    reasons: report.detection.reasons,
    article: report.article,
    entities: report.entities,
    events: report.events,
    ...(report.alsoMentioned ? { alsoMentioned: report.alsoMentioned } : {}),
    timings: report.timings,
  };
}

/** Plain text: the whole file is the article text; `--date` gives its publication date. */
export async function analyzeText(path: string, options: FileOptions) {
  const text = readFileSync(path, 'utf8');
  const article = {
    title: '',
    byline: null,
    authors: [],
    publisher: null,
    publishedAt: options.date ?? null,
    lang: null as string | null,
    url: options.url ?? pathToFileURL(path).href,
    text,
    relatedLinks: [],
  };
  const t0 = performance.now();
  await prepareLanguage(articleLanguage(article).code);
  const analysis = analyzeArticle(article, packFor);
  article.lang = analysis.lang;
  const nlp_ms = Math.round((performance.now() - t0) * 1000) / 1000;
  return {
    path,
    isArticle: true,
    score: 0,
    article,
    entities: analysis.entities,
    events: analysis.events,
    ...alsoMentioned(analysis),
    timings: { detect_ms: 0, extract_ms: 0, nlp_ms },
  };
}

/** Saved pages often record where they came from: a canonical link or og:url gives the URL shape detection uses. */
export function pageUrlFromHtml(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 200_000).toString('latin1');
  const match =
    /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:[^"']+)["']/i.exec(head) ??
    /<link[^>]+href=["'](https?:[^"']+)["'][^>]*rel=["']canonical["']/i.exec(head) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:[^"']+)["']/i.exec(head);
  return match?.[1] ?? null;
}
