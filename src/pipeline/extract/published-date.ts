/**
 * When an article was published (and last modified), chosen among everything the page declares: JSON-LD, meta tags,
 * <time>/itemprop markup, visible datelines, the URL. Pages contradict themselves in a few recurring ways, and each
 * has a rule here: a local time labelled UTC, a UTC time labelled with the local offset, the modification time
 * written into the "published" field, a time without any offset. The answer is ISO 8601 with an offset, or only the
 * day when the page never says which zone its clock is in.
 */
import { field, textOf, typesOf, type JsonObject } from '../page/jsonld';
import { isoDate, visibleDate } from './dates';
import { firstMeta, type MetaTags } from '../page/meta-tags';
import { parseStamp, resolveFloating, sameMinute, type Stamp } from './stamps';
import { firstElements, take } from '../page/take';

/** The elements a date line may be (as selectors once listed them, lower-case tag names). */
const DATE_LINE_TAGS: ReadonlySet<string> = new Set(['h1', 'div', 'span', 'p', 'li', 'time', 'small']);
/** The elements a page's lone date may sit alone in. */
const LONE_DATE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'td', 'li', 'time', 'small']);

const PUBLISHED = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'date',
  'og:published_time',
  'cxenseparse:recs:publishtime',
  'article.published',
  'originalpublicationdate',
];
const MODIFIED = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
  'article.updated',
  'og:article:modified_time',
  'article:modified',
];

// Case-sensitive on purpose (with the usual capitalized forms): case-insensitive substring selectors are slow.
const VISIBLE_DATE =
  '[class*="date"], [class*="Date"], [class*="publish"], [class*="Publish"], [class*="posted"], ' +
  '[class*="timestamp"], [class*="Timestamp"], [id*="date"], [class*="byline"], [class*="Byline"], [class*="article-meta"], ' +
  '[class*="entry-meta"], time';
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'SocialMediaPosting', 'DiscussionForumPosting', 'LiveBlogPosting']);
const MARKED = '[itemprop="datePublished"], time[pubdate], [data-published], [datetime]';
/** Dates in these belong to other pages or to readers, not to the article. */
const ELSEWHERE = '[class*="comment" i], [class*="related" i], footer, nav, a';
const DATELINE =
  /\d[:.]\d\d\s*(?:[ap]\.?m\b|[ap]m\b|uhr\b|h\b)|\b\d{1,2}:\d\d\b|\d時|publi|posted|updated|aktualisiert|veröffentlicht|公開|更新|投稿/i;
const INLINE = new Set(['A', 'SPAN', 'BR', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'TIME', 'ABBR', 'FONT', 'SUP']);

export interface DateOptions {
  /** How far apart a "published" and an earlier declared date may be and still be the same story's (ms). */
  maxRepublishGapMs: number;
  /** Longest text of an element read as a dateline. */
  maxDatelineChars: number;
  /** Longest line near the headline read as one ("Written by … in … on 1 June 2019 at 08:34 PM EDT. 51 Comments"). */
  maxNearHeadlineChars: number;
}
export const DATE_DEFAULTS: DateOptions = {
  maxRepublishGapMs: 2 * 864e5,
  maxDatelineChars: 300,
  maxNearHeadlineChars: 100,
};

interface Candidate extends Stamp {
  el?: Element;
}

/**
 * `art` is the page's article node; `ld` all its JSON-LD nodes, of which the page-level ones (WebPage, a social or
 * forum post) are read after the meta tags.
 */
export function publishedAt(
  doc: Document,
  art: JsonObject,
  tags: MetaTags,
  url: string,
  ld: JsonObject[] = [],
  options: Partial<DateOptions> = {},
): string | null {
  const opts = { ...DATE_DEFAULTS, ...options };
  const pageNodes = ld.filter((n) => n !== art && typesOf(n).some((t) => PAGE_TYPES.has(t)));
  const declared = declaredCandidates(doc, art, tags, pageNodes);
  const modified = modifiedStamp(art, tags);
  if (declared.length) {
    let chosen = fixMislabelledZone(declared[0]!, declared);
    chosen = notTheModification(chosen, declared, modified, opts);
    return finish(chosen, [...declared, ...(modified ? [modified] : [])], doc);
  }
  return shownDate(doc, opts) ?? dateNearHeadline(doc, opts) ?? dateInUrl(url) ?? loneDate(doc);
}

export function modifiedAt(doc: Document, art: JsonObject, tags: MetaTags): string | null {
  const modified = modifiedStamp(art, tags);
  return modified ? finish(modified, [modified], doc) : null;
}

function modifiedStamp(art: JsonObject, tags: MetaTags): Stamp | null {
  return parseStamp(isoDate(textOf(field(art, 'dateModified')) ?? firstMeta(tags, ...MODIFIED)));
}

/** JSON-LD, then meta tags in order of trust, then markup that carries a machine-readable date. */
function declaredCandidates(doc: Document, art: JsonObject, tags: MetaTags, pageNodes: JsonObject[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (raw: string | null | undefined, el?: Element) => {
    const s = parseStamp(isoDate(raw));
    if (s) out.push(el ? { ...s, el } : s);
  };
  add(textOf(field(art, 'datePublished')));
  add(textOf(field(art, 'dateCreated')));
  for (const key of PUBLISHED) for (const raw of tags.get(key) ?? []) add(raw);
  // The page node (or a post type we do not call an article) speaks for the page when the article node is silent.
  for (const node of pageNodes) add(textOf(field(node, 'datePublished')));
  // The markup is read (a walk of the whole page) only when the head is silent or its first date is one the markup can
  // correct: labelled UTC (perhaps a local clock), without an offset, or only a day.
  const first = out[0];
  if (first && first.offsetMin !== null && first.offsetMin !== 0) return out;
  for (const el of take(doc.querySelectorAll(MARKED), 8)) {
    if (el.closest('[class*="comment" i], [class*="related" i], aside, footer')) continue;
    add(
      el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('data-published') ?? el.textContent,
      el,
    );
  }
  return out;
}

/**
 * Two declared times with the same wall clock and different offsets, or one whose wall clock is the other's UTC time:
 * one of them is a local time given the wrong label. An explicit non-UTC offset is a deliberate statement, a "Z" often
 * a default; and a time that reads as another's UTC clock beside that one's own offset is UTC with the local label.
 */
function fixMislabelledZone(first: Candidate, all: Candidate[]): Candidate {
  if (first.offsetMin === null) return first;
  for (const other of all) {
    if (other === first || other.offsetMin === null || other.instant === first.instant) continue;
    if (first.offsetMin === 0 && other.offsetMin !== 0 && sameMinute(first.wall, other.wall)) return other;
    if (first.offsetMin !== 0 && other.offsetMin === first.offsetMin && sameMinute(first.wall, other.utcWall))
      return other;
  }
  return first;
}

/**
 * "Published" equal to the second to the declared modification time while another publication time the page
 * declares (JSON-LD, meta, itemprop, not a list of other stories' <time>s) is a little earlier: the CMS wrote the
 * update time into the published field, and the earlier time is the publication.
 */
function notTheModification(chosen: Candidate, all: Candidate[], modified: Stamp | null, opts: DateOptions): Candidate {
  if (modified?.instant == null || chosen.instant === null || chosen.instant !== modified.instant) return chosen;
  const earlier = all.find(
    (c) =>
      c.instant !== null &&
      c.instant < chosen.instant! - 6e4 &&
      chosen.instant! - c.instant < opts.maxRepublishGapMs &&
      !zoneShift(c.instant, chosen.instant!) &&
      (!c.el || c.el.getAttribute('itemprop') === 'datePublished'),
  );
  return earlier ?? chosen;
}

/** Times a whole number of quarter hours apart to the second: one clock read in two zones, not two events. */
const zoneShift = (a: number, b: number) => Math.abs(a - b) <= 14 * 36e5 && Math.abs(a - b) % 9e5 === 0;

/** The ISO text; a time without an offset gets one from the page, or is cut to its day. */
function finish(chosen: Candidate, others: Candidate[], doc: Document): string {
  if (chosen.offsetMin !== null || chosen.dateOnly) {
    // A bare day where another source gives that day with a time and an offset: keep the precise one.
    if (chosen.dateOnly) {
      const precise = others.find((c) => c.offsetMin !== null && c.wall.slice(0, 10) === chosen.iso);
      if (precise) return precise.iso;
    }
    return chosen.iso;
  }
  const texts = [
    chosen.el?.textContent ?? '',
    ...take(doc.querySelectorAll(VISIBLE_DATE), 30)
      .filter((el) => !el.closest(ELSEWHERE))
      .map((el) => el.textContent ?? ''),
  ];
  return resolveFloating(chosen, others, texts);
}

/** Visible datelines in elements whose class names say "date", "byline", "published"... */
function shownDate(doc: Document, opts: DateOptions): string | null {
  let day: string | null = null;
  for (const el of take(doc.querySelectorAll(VISIBLE_DATE), 30)) {
    if (el.closest(ELSEWHERE) || outsideArticle(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > opts.maxDatelineChars) continue;
    const d = visibleDate(text);
    if (!d) continue;
    // A bare day is kept only until the same day shows up with a clock and a zone ("Updated: Oct 9, 2019, 11:05 IST").
    if (d.length > 10 && (!day || d.startsWith(day))) return d;
    day ??= d;
  }
  return day;
}

/** An <aside> outside any <article> is a sidebar; inside one it is often the article's own meta column. */
function outsideArticle(el: Element): boolean {
  const aside = el.closest('aside');
  return !!aside && !aside.closest('article');
}

/**
 * A short line of inline text close to the <h1>, read after the headline first ("December 16, 2016, 4:19 PM"). A line
 * that reads as a dateline (a clock time, "published", "posted") beats one that only holds a date: the date of an
 * event or of a quoted statement is often printed under a headline too.
 */
function dateNearHeadline(doc: Document, opts: DateOptions): string | null {
  const h1 = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  let plain: string | null = null;
  const seen = new Set<Element>();
  let scope: Element | null = h1?.parentElement ?? null;
  for (let level = 0; h1 && scope && level < 3; level++, scope = scope.parentElement) {
    // The <h1> is listed with the lines, in document order, so its index splits them into after and before.
    const els = firstElements(scope, DATE_LINE_TAGS, 600);
    const at = els.indexOf(h1);
    const after = at < 0 ? [] : els.slice(at + 1, at + 121);
    const before = els.slice(Math.max(0, (at < 0 ? els.length : at) - 40), at < 0 ? els.length : at).reverse();
    for (const el of [...after, ...before]) {
      if (seen.has(el)) continue;
      seen.add(el);
      if (Array.from(el.children).some((c) => !INLINE.has(c.tagName.toUpperCase()))) continue;
      const all = el.textContent ?? '';
      if (all.length < 8 || !/\d/.test(all)) continue;
      const text = textOutsideLinks(el).trim();
      if (text.length < 8 || text.length > opts.maxNearHeadlineChars) continue;
      const d = visibleDate(text);
      if (!d || el.closest(ELSEWHERE) || outsideArticle(el)) continue;
      if (DATELINE.test(text)) return d;
      plain ??= d;
    }
  }
  return plain;
}

/** Text of an element without its links': a date inside a link belongs to the page linked to. */
function textOutsideLinks(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'A')
      out += textOutsideLinks(node as Element);
  }
  return out;
}

function dateInUrl(url: string): string | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Pages with no telling markup at all (press releases in layout tables): an element that holds nothing but a date,
 * when every such element on the page names the same day.
 */
function loneDate(doc: Document): string | null {
  const days = new Set<string>();
  for (const el of firstElements(doc, LONE_DATE_TAGS, 1_500)) {
    if (el.firstElementChild) continue;
    const text = (el.textContent ?? '').trim();
    if (
      text.length < 8 ||
      text.length > 30 ||
      !/^[\d\s./年月日-]+$/.test(text) ||
      el.closest(ELSEWHERE) ||
      outsideArticle(el)
    )
      continue;
    const d = visibleDate(text);
    if (d) days.add(d);
    if (days.size > 1) return null;
  }
  return days.size === 1 ? [...days][0]! : null;
}
