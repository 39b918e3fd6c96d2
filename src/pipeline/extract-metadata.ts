/**
 * Article metadata from JSON-LD first, then Open Graph / article:* / Dublin Core / vendor meta tags, then the markup
 * (h1, byline, <time>), then the URL. Every value is normalized here, where it enters: names without "By", dates in
 * ISO 8601 with the page's offset, absolute http(s) URLs only.
 */
import type { Article } from '../shared/types';
import { ARTICLE_TYPES } from './article-types';
import { field, indexById, namesOf, readJsonLd, resolved, textOf, typesOf, type JsonObject } from './jsonld';
import { bylineFromMarkup, cleanAuthorNames, unique } from './page/authors';
import { isoDate, visibleDate } from './page/dates';
import { firstMeta, readMetaTags } from './page/meta-tags';
import { clean, pickTitle, stripOutlet } from './page/title';

export type Metadata = Omit<Article, 'text' | 'relatedLinks'>;
export { clean, isoDate };

const PUBLISHED = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date',
  'citation_date', 'date', 'og:published_time', 'cxenseparse:recs:publishtime', 'article.published', 'originalpublicationdate'];
const MODIFIED = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified',
  'article.updated', 'og:article:modified_time'];
const AUTHOR = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator',
  'citation_author', 'og:article:author'];

// Case-sensitive on purpose (with the usual capitalized forms): case-insensitive substring selectors are slow.
const VISIBLE_DATE = '[class*="date"], [class*="Date"], [class*="publish"], [class*="Publish"], [class*="posted"], ' +
  '[class*="timestamp"], [class*="Timestamp"], [id*="date"], [class*="byline"], [class*="Byline"], [class*="article-meta"], ' +
  '[class*="entry-meta"], time';

export function extractMetadata(doc: Document, url: string): Metadata {
  const ld = readJsonLd(doc);
  const art: JsonObject = ld.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? {};
  const orgNode = ld.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
  const ids = indexById(ld);
  const ref = (key: string) => resolved(field(art, key), ids);
  const tags = readMetaTags(doc);
  const host = hostOf(url);

  // application-name is often the page title on portals: only a short one names the publisher.
  const appName = firstMeta(tags, 'application-name');
  const publisher = clean(
    textOf(ref('publisher')) ?? firstMeta(tags, 'og:site_name', 'al:android:app_name', 'twitter:app:name:iphone') ??
      (appName && appName.split(/\s+/).length <= 3 ? appName : null) ?? textOf(orgNode?.name) ?? '',
  ).slice(0, 100) || null;

  const headings = Array.from(doc.querySelectorAll('h1, [itemprop="headline"], h2[class*="headline"], h2[class*="title"]'))
    .slice(0, 12).map((h) => h.getAttribute('content') ?? h.textContent ?? '');
  const title = pickTitle({
    declared: [textOf(field(art, 'headline')), textOf(field(art, 'name')), firstMeta(tags, 'og:title', 'twitter:title',
      'sailthru.title', 'parsely-title', 'dc.title', 'headline', 'citation_title')],
    docTitle: doc.querySelector('title')?.textContent ?? '',
    headings,
    headline: visibleHeadline(doc),
    publisher,
    host,
  });

  const declaredAuthors = peopleFirst([ref('author'), ref('creator')]).flatMap((n) => cleanAuthorNames(n, publisher));
  const metaAuthors = AUTHOR.flatMap((k) => tags.get(k) ?? []).flatMap((n) => cleanAuthorNames(n, publisher));
  // The markup is read only when the page declares no author: it is the costly part of metadata.
  const markup = declaredAuthors.length || metaAuthors.length ? null : bylineFromMarkup(doc, publisher);
  const authors = declaredAuthors.length ? unique(declaredAuthors) : metaAuthors.length ? unique(metaAuthors) : markup!.names;
  const byline = markup?.text && markup.names.length ? clean(markup.text) : authors.length ? `By ${authors.join(', ')}` : null;

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? firstMeta(tags, 'og:url');
  return {
    title,
    byline,
    authors,
    publisher,
    publishedAt: publishedAt(doc, art, tags, url),
    modifiedAt: isoDate(textOf(field(art, 'dateModified')) ?? firstMeta(tags, ...MODIFIED)),
    lang: language(doc, art, tags),
    url: absolute(canonical, url) ?? url,
    section: textOf(field(art, 'articleSection')) ?? firstMeta(tags, 'article:section', 'parsely-section', 'section'),
    image: absolute(textOf(field(art, 'image')) ?? firstMeta(tags, 'og:image', 'og:image:url', 'twitter:image'), url),
  };
}

/** The article's own <h1>: the one inside <article>/<main>, or the only one on the page that reads as a headline. */
function visibleHeadline(doc: Document): string | null {
  const reads = (t: string) => t.length >= 10 && t.length <= 300 && (t.split(' ').length >= 3 || /[^\u0000-\u024f]/.test(t));
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 10)
    .filter((h) => !h.closest('nav, footer, aside, [class*="logo" i], [class*="masthead" i], [class*="site-title" i]'))
    .map((h) => ({ h, text: clean(h.textContent ?? '') }))
    .filter((x) => reads(x.text));
  const inArticle = h1s.find((x) => x.h.closest('article, main, [role="main"], [itemprop="articleBody"]'));
  return inArticle?.text ?? (h1s.length === 1 ? h1s[0]!.text : null);
}

/** Author names from JSON-LD; when people are named, organizations beside them (the publisher's parent) are not. */
function peopleFirst(values: unknown[]): string[] {
  const items = values.flatMap((v) => (Array.isArray(v) ? v : v == null ? [] : [v]));
  const isOrg = (v: unknown) => !!v && typeof v === 'object' && typesOf(v as JsonObject).some((t) => /Organization$/.test(t));
  const people = items.filter((v) => !isOrg(v));
  return namesOf(people.length ? people : items);
}

function publishedAt(doc: Document, art: JsonObject, tags: Map<string, string[]>, url: string): string | null {
  const declared = [textOf(field(art, 'datePublished')), textOf(field(art, 'dateCreated'))];
  for (const raw of declared) {
    const d = isoDate(raw);
    if (d) return d;
  }
  for (const key of PUBLISHED) {
    for (const raw of tags.get(key) ?? []) {
      const d = isoDate(raw);
      if (d) return d;
    }
  }
  const marked = Array.from(doc.querySelectorAll('[itemprop="datePublished"], time[pubdate], [data-published], [datetime]')).slice(0, 8);
  for (const el of marked) {
    if (el.closest('[class*="comment" i], [class*="related" i], aside, footer')) continue;
    const d = isoDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('data-published') ?? el.textContent);
    if (d) return d;
  }
  const shown = Array.from(doc.querySelectorAll(VISIBLE_DATE)).slice(0, 30);
  for (const el of shown) {
    if (el.closest('[class*="comment" i], [class*="related" i], aside, footer, nav')) continue;
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    const d = visibleDate(text);
    if (d) return d;
  }
  const near = dateNearHeadline(doc);
  if (near) return near;
  const inUrl = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/.exec(pathOf(url));
  return inUrl ? `${inUrl[1]}-${inUrl[2]}-${inUrl[3]}` : null;
}

/** A short date line close to the <h1> in markup with no telling class names ("December 16, 2016, 4:19 PM"). */
function dateNearHeadline(doc: Document): string | null {
  let scope: Element | null = doc.querySelector('h1')?.parentElement ?? null;
  for (let level = 0; scope && level < 3; level++, scope = scope.parentElement) {
    const els = Array.from(scope.querySelectorAll('div, span, p, li, time, small')).slice(0, 120);
    for (const el of els) {
      if (el.firstElementChild && el.firstElementChild.tagName !== 'SPAN') continue;
      const text = (el.textContent ?? '').trim();
      if (text.length < 8 || text.length > 60) continue;
      const d = visibleDate(text);
      if (d) return d;
    }
  }
  return null;
}

function language(doc: Document, art: JsonObject, tags: Map<string, string[]>): string | null {
  const raw = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang') ||
    textOf(field(art, 'inLanguage')) || firstMeta(tags, 'og:locale', 'language', 'content-language', 'dc.language') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const lang = raw?.trim().replace(/_/g, '-');
  return lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) ? lang : null;
}

export function cleanTitle(title: string, publisher: string | null): string {
  return stripOutlet(clean(title), publisher);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
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
