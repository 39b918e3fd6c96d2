/** Article metadata from JSON-LD first, then Open Graph / article:* / Dublin Core meta tags, then the markup. */
import type { Article } from '../shared/types';
import { ARTICLE_TYPES } from './article-types';
import { field, namesOf, readJsonLd, textOf, typesOf, type JsonObject } from './jsonld';

export type Metadata = Omit<Article, 'text' | 'relatedLinks'>;

const meta = (doc: Document, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = doc
      .querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)
      ?.getAttribute('content')
      ?.trim();
    if (value) return value;
  }
  return null;
};

export function extractMetadata(doc: Document, url: string): Metadata {
  const ld = readJsonLd(doc);
  const art: JsonObject = ld.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? {};
  const orgNode = ld.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));

  const publisher =
    textOf(field(art, 'publisher')) ?? meta(doc, 'og:site_name', 'application-name') ?? textOf(orgNode?.name) ?? null;
  const rawTitle =
    textOf(field(art, 'headline')) ?? meta(doc, 'og:title', 'twitter:title') ?? doc.querySelector('h1')?.textContent ??
    doc.title ?? '';
  const authors = uniqueNames([
    ...namesOf(field(art, 'author')),
    ...(meta(doc, 'author', 'article:author', 'parsely-author', 'dc.creator') ?? '').split(/\s*(?:,|\band\b)\s*/),
  ]).filter((a) => !/^https?:/.test(a));
  const bylineText = Array.from(doc.querySelectorAll('[rel="author"], .byline, [class*="byline" i], [itemprop="author"]'))
    .map((el) => clean(el.textContent ?? ''))
    .find((text) => text.length > 2 && text.length < 200);
  const byline = clean(bylineText ?? '') || (authors.length ? `By ${authors.join(', ')}` : null);
  if (!authors.length && byline) authors.push(...splitByline(byline));

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return {
    title: cleanTitle(clean(rawTitle), publisher),
    byline,
    authors,
    publisher: publisher ? clean(publisher) : null,
    publishedAt: isoDate(
      textOf(field(art, 'datePublished')) ?? meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'dc.date') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    ),
    modifiedAt: isoDate(textOf(field(art, 'dateModified')) ?? meta(doc, 'article:modified_time', 'og:updated_time')),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || textOf(field(art, 'inLanguage')) || meta(doc, 'og:locale'),
    url: absolute(canonical, url) ?? url,
    section: textOf(field(art, 'articleSection')) ?? meta(doc, 'article:section'),
    image: absolute(textOf(field(art, 'image')) ?? meta(doc, 'og:image'), url),
  };
}

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Headline | Outlet" → "Headline" when the suffix names the publisher (or is short and after a separator). */
export function cleanTitle(title: string, publisher: string | null): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const pub = publisher?.toLowerCase() ?? '';
  if ((pub && (last.includes(pub) || pub.includes(last))) || /\b(news|times|post|journal|online|\.com)\b/.test(last)) {
    return title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s+[|–—·•:-]\s+$/, '').trim();
  }
  return title;
}

function splitByline(byline: string): string[] {
  return uniqueNames(
    byline
      .replace(/^\s*by\s+/i, '')
      .replace(/\s*[|,]\s*(Fox News|Reuters|AP|Associated Press|CNN|BBC)\b.*$/i, '')
      .split(/\s*(?:,|\band\b|&)\s*/),
  ).filter((name) => name.split(' ').length <= 5);
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = clean(raw).replace(/^by\s+/i, '');
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** Normalizes a date string to ISO 8601, keeping the page's own offset when it has one. */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
