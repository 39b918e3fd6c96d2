/**
 * The article body as paragraphs, and the in-body related-story links kept apart from it.
 * Reads the DOM only; never changes the page.
 */
import type { RelatedLink } from '../shared/types';
import boilerplate from './boilerplate.json';

export interface BodyOptions {
  /** Paragraphs shorter than this (characters) only count toward a container's score when they end a sentence. */
  minParagraphChars: number;
  /** Share of a block's text inside links above which it is navigation, not prose. */
  maxLinkDensity: number;
  /** Stop walking after this many elements: bounds the time on 100k-node pages. */
  maxElements: number;
}

export const DEFAULT_BODY_OPTIONS: BodyOptions = { minParagraphChars: 25, maxLinkDensity: 0.5, maxElements: 60_000 };

export interface Body {
  paragraphs: string[];
  relatedLinks: RelatedLink[];
}

const HINTS = new RegExp(boilerplate.containerHints, 'i');
const PARAGRAPH_PATTERNS = boilerplate.paragraphPatterns.map((p) => new RegExp(p, 'i'));
const SKIP_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE',
  'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'DIALOG', 'VIDEO', 'AUDIO']);
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'LI', 'PRE']);

export function extractBody(doc: Document, options: Partial<BodyOptions> = {}): Body {
  const opts = { ...DEFAULT_BODY_OPTIONS, ...options };
  const root = pickContainer(doc, opts);
  const paragraphs: string[] = [];
  const relatedLinks: RelatedLink[] = [];
  if (!root) return { paragraphs, relatedLinks };
  walk(root, opts, paragraphs, relatedLinks, doc.baseURI, { count: 0 });
  return { paragraphs, relatedLinks };
}

/** The element whose own paragraphs hold the most prose: the parent of the best-scoring paragraphs. */
function pickContainer(doc: Document, opts: BodyOptions): Element | null {
  const scores = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p, pre, [itemprop="articleBody"] div');
  const n = Math.min(paragraphs.length, 5_000);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const text = (p.textContent ?? '').trim();
    if (text.length < opts.minParagraphChars || isBoilerplate(p)) continue;
    const points = Math.min(text.length, 1_000) * (1 - linkDensity(p, text.length));
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + points);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  const bodyMarked = doc.querySelector('[itemprop="articleBody"]');
  if (bodyMarked && best && bodyMarked.contains(best)) return bodyMarked;
  return best;
}

function walk(el: Element, opts: BodyOptions, out: string[], links: RelatedLink[], base: string, budget: { count: number }): void {
  for (const child of Array.from(el.children)) {
    if (++budget.count > opts.maxElements) return;
    if (SKIP_TAGS.has(child.tagName) || isHidden(child) || isBoilerplate(child)) continue;
    if (BLOCK_TAGS.has(child.tagName) || (child.tagName === 'DIV' && !child.querySelector('p, div, li'))) {
      const text = normalize(child.textContent ?? '');
      if (!text) continue;
      const related = asRelatedLink(child, text, base);
      if (related) links.push(related);
      else if (!PARAGRAPH_PATTERNS.some((re) => re.test(text)) && linkDensity(child, text.length) <= opts.maxLinkDensity) {
        out.push(text);
      }
      continue;
    }
    walk(child, opts, out, links, base, budget);
  }
}

/** An in-body promo: a block that is one link and nothing else, typically an ALL-CAPS headline. */
function asRelatedLink(el: Element, text: string, base: string): RelatedLink | null {
  const anchors = el.querySelectorAll('a[href]');
  if (anchors.length !== 1) return null;
  const a = anchors[0]!;
  const linkText = normalize(a.textContent ?? '');
  if (linkText.length < text.length * 0.9 || linkText.length < 15) return null;
  try {
    const url = new URL(a.getAttribute('href') ?? '', base);
    if (!/^https?:$/.test(url.protocol)) return null;
    return { text: linkText, url: url.href };
  } catch {
    return null;
  }
}

function isBoilerplate(el: Element): boolean {
  const hint = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
  return hint.trim() !== '' && HINTS.test(hint) && !/article-?body|story-?body|post-?content/i.test(hint);
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
    /display:\s*none|visibility:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function linkDensity(el: Element, textLength: number): number {
  if (!textLength) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  return Math.min(1, linked / textLength);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
