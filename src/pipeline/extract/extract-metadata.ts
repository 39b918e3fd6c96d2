/**
 * Article metadata from JSON-LD first, then Open Graph / article:* / Dublin Core / vendor meta tags, then the markup
 * (h1, byline, <time>), then the URL. Every value is normalized here, where it enters: names without "By", dates in
 * ISO 8601 with the page's offset, absolute http(s) URLs only.
 */
import type { Article } from '../../shared/types';
import { ARTICLE_TYPES } from '../page/article-types';
import { field, indexById, namesOf, readJsonLd, resolved, textOf, typesOf, type JsonObject } from '../page/jsonld';
import { bylineFromMarkup, cleanAuthorNames, unique } from './authors';
import { isoDate, visibleDate } from './dates';
import type { HeaderLines } from '../detect/text-signals';
import { storyHeaderLines } from '../detect/signals';
import { firstMeta, readMetaTags } from '../page/meta-tags';
import { modifiedAt, publishedAt } from './published-date';
import { visibleHeadline } from './headline';
import { clean, pickTitle, sharedTitleOf, siteNameTest, stripOutlet } from './title';
import { take } from '../page/take';
import { runSteps, type Steps } from '../page/steps';
import { pickStandfirst } from './standfirst';

export type Metadata = Omit<Article, 'text' | 'relatedLinks'>;
export { clean, isoDate };

const TITLE = [
  'og:title',
  'twitter:title',
  'sailthru.title',
  'parsely-title',
  'dc.title',
  'headline',
  'citation_title',
];
const AUTHOR = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'og:article:author',
];

export function extractMetadata(doc: Document, url: string): Metadata {
  return runSteps(extractMetadataSteps(doc, url));
}

/**
 * The same in steps: it yields between the costly reads of the markup (page/steps.ts). `story` is the header read from
 * the text on a page without <h1> (detect/signals.ts `storyHeaderLines`), read here when not passed.
 */
export function* extractMetadataSteps(
  doc: Document,
  url: string,
  story: HeaderLines | null = storyHeaderLines(doc),
): Steps<Metadata> {
  const ld = readJsonLd(doc);
  const art: JsonObject = ld.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? {};
  const orgNode = ld.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
  const ids = indexById(ld);
  const ref = (key: string) => resolved(field(art, key), ids);
  const tags = readMetaTags(doc);
  const host = hostOf(url);

  // application-name is often the page title on portals: only a short one names the publisher.
  const appName = firstMeta(tags, 'application-name');
  const publisher =
    clean(
      textOf(ref('publisher')) ??
        firstMeta(tags, 'og:site_name', 'al:android:app_name', 'twitter:app:name:iphone') ??
        (appName && appName.split(/\s+/).length <= 3 ? appName : null) ??
        textOf(orgNode?.name) ??
        '',
    ).slice(0, 100) || null;

  yield;
  const headings = take(
    doc.querySelectorAll('h1, [itemprop="headline"], h2[class*="headline"], h2[class*="title"]'),
    12,
  ).map((h) => h.getAttribute('content') ?? h.textContent ?? '');
  const section =
    textOf(field(art, 'articleSection')) ?? firstMeta(tags, 'article:section', 'parsely-section', 'section');
  const structured = [textOf(field(art, 'headline')), textOf(field(art, 'name'))];
  const metaTitles = TITLE.map((k) => firstMeta(tags, k));
  const docTitle = doc.querySelector('title')?.textContent ?? '';
  // JSON-LD's headline, then the social titles (og:, twitter:): each may be a title rewritten for sharing.
  const shareTitles = metaTitles.slice(0, 2);
  yield;
  const headline = visibleHeadline(doc, {
    hints: [...structured, ...metaTitles, docTitle],
    isSite: siteNameTest(publisher, host),
    url,
    section,
  });
  yield;
  const title = pickTitle({
    structured,
    declared: metaTitles,
    docTitle,
    headings,
    headline,
    storyHeadline: story?.headline,
    publisher,
    host,
  });

  yield;
  const declaredAuthors = peopleFirst([ref('author'), ref('creator')]).flatMap((n) => cleanAuthorNames(n, publisher));
  const metaAuthors = AUTHOR.flatMap((k) => tags.get(k) ?? []).flatMap((n) => cleanAuthorNames(n, publisher));
  // The markup is read only when the page declares no author: it is the costly part of metadata.
  let markup = declaredAuthors.length || metaAuthors.length ? null : bylineFromMarkup(doc, publisher);
  // A page without <h1> or byline markup prints its byline as a line of the story's header.
  if (markup && !markup.names.length && story?.byline)
    markup = { names: cleanAuthorNames(story.byline, publisher), text: story.byline };
  yield;
  const authors = declaredAuthors.length
    ? unique(declaredAuthors)
    : metaAuthors.length
      ? unique(metaAuthors)
      : markup!.names;
  const byline =
    markup?.text && markup.names.length ? clean(markup.text) : authors.length ? `By ${authors.join(', ')}` : null;

  yield;
  const published = publishedAt(doc, art, tags, url, ld) ?? (story?.date ? visibleDate(story.date) : null);
  yield;
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? firstMeta(tags, 'og:url');
  return {
    title,
    sharedTitle: sharedTitleOf(title, { structured, declared: shareTitles, publisher, host }),
    byline,
    authors,
    publisher,
    publishedAt: published,
    modifiedAt: modifiedAt(doc, art, tags),
    lang: language(doc, art, tags),
    url: absolute(canonical, url) ?? url,
    section,
    standfirst: pickStandfirst(
      [textOf(field(art, 'description')), firstMeta(tags, 'og:description', 'twitter:description', 'description')],
      title,
      publisher,
    ),
    image: absolute(textOf(field(art, 'image')) ?? firstMeta(tags, 'og:image', 'og:image:url', 'twitter:image'), url),
  };
}

/** Author names from JSON-LD; when people are named, organizations beside them (the publisher's parent) are not. */
function peopleFirst(values: unknown[]): string[] {
  const items = values.flatMap((v) => (Array.isArray(v) ? v : v == null ? [] : [v]));
  const isOrg = (v: unknown) =>
    !!v && typeof v === 'object' && typesOf(v as JsonObject).some((t) => /Organization$/.test(t));
  const people = items.filter((v) => !isOrg(v));
  return namesOf(people.length ? people : items);
}

function language(doc: Document, art: JsonObject, tags: Map<string, string[]>): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    textOf(field(art, 'inLanguage')) ||
    firstMeta(tags, 'og:locale', 'language', 'content-language', 'dc.language') ||
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

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
