/**
 * Cheap article detection: runs on every page, so it reads a few selectors and never walks the whole DOM.
 * Each signal adds or removes points and leaves a reason; the page is an article when the score reaches `minScore`.
 */
import type { Detection } from '../shared/types';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './article-types';
import { readJsonLd, typesOf } from './jsonld';

export interface DetectOptions {
  minScore: number;
  /** Paragraph text (characters) that counts as a real article body. */
  minBodyChars: number;
  /** Paragraphs shorter than this are not counted as body text. */
  minParagraphChars: number;
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = { minScore: 40, minBodyChars: 1200, minParagraphChars: 80 };

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`)?.getAttribute('content')?.trim() ?? '';

export function detectArticle(doc: Document, url: string, options: Partial<DetectOptions> = {}): Detection {
  const opts = { ...DEFAULT_DETECT_OPTIONS, ...options };
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points >= 0 ? '+' : ''}${points} ${reason}`);
  };

  const types = readJsonLd(doc).flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const otherType = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (articleType) add(35, `jsonld:${articleType}`);
  if (otherType) add(articleType ? -10 : -25, `jsonld:${otherType}`);

  const ogType = meta(doc, 'og:type').toLowerCase();
  if (ogType === 'article') add(20, 'og:article');
  else if (/^(video|product|music|profile|book)/.test(ogType)) add(-20, `og:${ogType}`);
  if (meta(doc, 'article:published_time') || doc.querySelector('time[datetime]')) add(10, 'date');
  if (meta(doc, 'author') || meta(doc, 'article:author') || doc.querySelector('[rel="author"], [itemprop="author"], .byline')) add(5, 'byline');

  const articles = doc.querySelectorAll('article').length;
  if (articles === 1) add(10, 'one-article-element');
  else if (articles > 4) add(-20, 'many-article-elements');

  const bodyChars = paragraphChars(doc, opts.minParagraphChars);
  if (bodyChars >= opts.minBodyChars) add(25, 'body-text');
  else if (bodyChars >= opts.minBodyChars / 2) add(10, 'some-body-text');
  else add(-20, 'little-body-text');

  const path = safePath(url);
  if (/\/(19|20)\d\d[/-]\d{1,2}[/-]/.test(path)) add(10, 'url:dated');
  else if (/[a-z0-9]+(-[a-z0-9]+){3,}/i.test(path)) add(10, 'url:slug');
  if (path === '/' || path === '' || /^\/[a-z-]+\/?$/i.test(path) && !/-[a-z0-9]+-/i.test(path)) add(-15, 'url:section-root');
  if (/\/(video|videos|gallery|galleries|photos|live|search|tag|tags|category|login|signin)(\/|$)/i.test(path)) add(-15, 'url:non-article-kind');

  return { isArticle: score >= opts.minScore, score, reasons };
}

/** Characters of text in paragraph-like elements, counting only paragraphs long enough to be prose. */
export function paragraphChars(doc: Document, minParagraphChars: number, limit = 400): number {
  let total = 0;
  const paragraphs = doc.querySelectorAll('p');
  const n = Math.min(paragraphs.length, limit);
  for (let i = 0; i < n; i++) {
    const text = paragraphs[i]!.textContent ?? '';
    const len = text.trim().length;
    if (len >= minParagraphChars) total += len;
  }
  return total;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
