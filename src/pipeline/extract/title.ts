/**
 * The headline without the outlet: "Headline | Outlet" → "Headline". The order of trust: a structured-data headline
 * that the page itself confirms, then the headline the reader sees (the article's <h1>), then the declared titles
 * (social titles are often rewritten for sharing), then the document title.
 */

import { withoutWww } from '../../shared/url';
import { decodeEntities } from '../page/decode-entities';
import { PUNCTUATION } from '../page/prose';

// biome-ignore lint/suspicious/noControlCharactersInRegex: anything past Latin Extended-B (U+024F) is another script
const NON_LATIN = /[^\u0000-\u024f]/;

const SEPARATOR = /\s+[|–—·•»:/-]{1,2}\s+|\s+::\s+|\s*[｜]\s*|\s+_|_\s+/;
// Separators that only mark a suffix when what follows is the outlet ("見出し：朝日新聞デジタル", "Title:site日誌").
const TIGHT_SEPARATOR = /\s*[：:_]\s*/;
const OUTLET_WORDS =
  /\b(news|times|post|journal|online|daily|tribune|herald|gazette|magazine|blog|\.com|\.org|\.net|\.co\.\w+|media|tv|radio|press|review|today|weekly|report|zeitung)\b/i;

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const norm = (s: string) =>
  clean(s)
    .toLowerCase()
    .replace(/[‘’“”"']/g, '');

export interface TitleInput {
  /** The article's structured-data headline and name (JSON-LD), in that order. */
  structured?: (string | null | undefined)[];
  /** Titles from meta tags (og:title, twitter:title, ...), in order of preference. */
  declared: (string | null | undefined)[];
  docTitle: string;
  headings: string[];
  /** The headline the reader sees (the article's own <h1>), when the page has a clear one. */
  headline?: string | null;
  /**
   * On a page without <h1>, the line its story's header sets as the headline (bold, a large <font> or a "title" cell
   * above the byline or date line): it stands for the <h1>, and wins over a document title that names only the site.
   */
  storyHeadline?: string | null;
  publisher: string | null;
  host: string;
}

/** A test for text that only names the site: the publisher's name or the host's first label. */
export function siteNameTest(publisher: string | null, host: string): (text: string) => boolean {
  return isSiteNameOf(siteNames(publisher, host));
}

const siteNames = (publisher: string | null, host: string) =>
  [publisher, withoutWww(host).split('.')[0]].map((s) => norm(s ?? '')).filter((s) => s.length >= 3);

const isSiteNameOf = (site: string[]) => (t: string) => {
  const n = norm(t);
  return (
    site.some((s) => n === s || n.replace(/\s+/g, '') === s.replace(/\s+/g, '')) ||
    (n.split(' ').length < 2 && n.length < 15 && site.some((s) => s.includes(n)))
  );
};

/** The document title is this title, or this title then a separator and more ("Title | Outlet", "Title - Section"). */
export function echoes(docTitle: string, title: string): boolean {
  const nd = norm(docTitle);
  const nt = norm(title);
  if (nt.length < 3 || !nd.startsWith(nt)) return false;
  const rest = nd.slice(nt.length);
  return !rest || /^\s*([|–—·•»:/_｜：-]|::|\()/.test(rest);
}

/**
 * A declared title as text: meta values and JSON strings hold no markup, so entities left in them were encoded twice by
 * the CMS ("B&amp;amp;B" arrives as "B&amp;B", "&amp;#039;" as "&#039;").
 */
function plain(raw: string | null | undefined): string {
  const once = decodeEntities(raw ?? '');
  return clean(once.includes('&') ? decodeEntities(once) : once);
}

export function pickTitle(input: TitleInput): string {
  const site = siteNames(input.publisher, input.host);
  const docTitle = clean(input.docTitle);
  const structured = (input.structured ?? []).map(plain);
  const declared = [...structured, ...input.declared.map(plain)];
  const story = clean(input.storyHeadline ?? '');
  let seen = clean(input.headline ?? '') || story;
  // A blog's <h1> is often its name, which the document title puts first ("Blog name - Post title"): a site name.
  if (seen && namesSiteInTitle(seen, docTitle, declared, input.publisher, site)) {
    site.push(norm(seen));
    seen = '';
  }
  const trailing = trailingSiteName(docTitle, input.headings);
  if (trailing) site.push(trailing);
  const isSiteName = isSiteNameOf(site);
  if (isSiteName(seen)) seen = '';
  const headings = input.headings.map(clean).filter((h) => h.length >= 8 && h.length <= 300 && !isSiteName(h));
  const usable = (t: string) => t.length >= 3 && !isSiteName(t);
  // The visible headline settles a page's declared titles, structured ones too (a headline rewritten for search or
  // sharing is the "shared as" title); a page that declares none is read by its <title> below, which a lone <h1>
  // (often a section banner) does not overrule.
  if (seen && declared.some(usable)) {
    // A declared title that goes on past the visible one after a colon is the fuller headline ("Artist: Album" under an
    // <h1> of the artist's name); a spaced colon (" : Sports") starts a section suffix instead.
    const fuller = declared.find((t) => usable(t) && extendsAfterColon(t, seen));
    if (fuller) return stripOutlet(fuller, input.publisher, [], site);
    // The headline the reader sees; it keeps the page's punctuation, and wins over a rewritten social title.
    return stripOutlet(seen, input.publisher, [], site);
  }
  // With no visible headline, the structured headline is the publisher's own, unless its other name is the one the
  // page confirms (its <title> says the same): Wikipedia puts a short description in "headline", the title in "name".
  const confirmed = structured.find((t) => usable(t) && echoes(docTitle, t));
  if (confirmed) return stripOutlet(confirmed, input.publisher, headings, site);
  for (const t of declared) {
    if (usable(t)) return stripOutlet(t, input.publisher, headings, site);
  }
  if (seen && seen === story) return seen;
  // No usable declared title: the heading that the document title repeats, else the document title itself.
  const nd = norm(docTitle);
  const echoed = headings.find((h) => nd.includes(norm(h)));
  if (echoed) return echoed;
  const stripped = docTitle && !isSiteName(docTitle) ? stripOutlet(docTitle, input.publisher, headings, site) : '';
  // A document title that is only "Site | Home" says nothing: the page's own headline does.
  if (stripped && (stripped.split(/\s+/).length >= 4 || !headings.length || NON_LATIN.test(stripped))) return stripped;
  return headings[0] ?? (stripped || docTitle);
}

/**
 * The title the page is shared under, when it differs from the headline the reader sees: the structured headline, else
 * the social titles, without the outlet's name: the first that says other words (case and punctuation aside), else null.
 */
export function sharedTitleOf(
  title: string,
  input: Pick<TitleInput, 'structured' | 'declared' | 'publisher' | 'host'>,
): string | null {
  const site = siteNames(input.publisher, input.host);
  const isSiteName = isSiteNameOf(site);
  const shown = squeezed(title);
  for (const raw of [...(input.structured ?? []).slice(0, 1), ...input.declared]) {
    const t = plain(raw);
    if (t.length < 3 || isSiteName(t)) continue;
    const candidate = stripOutlet(t, input.publisher, [], site);
    // A part of the headline ("Arbeit" under "Wir kämpfen für gute Arbeit") is no other title.
    if (squeezed(candidate) !== shown && !addsNothing(candidate, title)) return candidate;
  }
  return null;
}

const squeezed = (t: string) => norm(t).replace(PUNCTUATION, '');
const wordsOf = (t: string) => norm(t).split(PUNCTUATION).filter(Boolean);
const addsNothing = (candidate: string, title: string) => {
  const own = new Set(wordsOf(title));
  return wordsOf(candidate).every((w) => own.has(w));
};

function extendsAfterColon(title: string, start: string): boolean {
  const nt = norm(title);
  const ns = norm(start);
  return nt.length > ns.length && nt.startsWith(ns) && /^[:：]\s*\S/.test(nt.slice(ns.length));
}

/**
 * A heading that is the document title's last part, after a longer first part, names the site ("Three tomatoes that
 * beat the June heat | Mira's Garden Notes" over an <h1> of the blog's name). Normalized, or null.
 */
function trailingSiteName(docTitle: string, headings: string[]): string | null {
  const parts = docTitle.split(SEPARATOR);
  if (parts.length < 2) return null;
  const last = norm(parts[parts.length - 1]!);
  const rest = parts.slice(0, -1).join(' ');
  if (last.length < 3 || rest.split(/\s+/).length <= last.split(' ').length) return null;
  return headings.some((h) => norm(h) === last) ? last : null;
}

/** The heading is the document title's first part and a longer part follows, and no declared title starts with it. */
function namesSiteInTitle(
  heading: string,
  docTitle: string,
  declared: string[],
  publisher: string | null,
  site: string[],
): boolean {
  const parts = docTitle.split(SEPARATOR);
  if (parts.length < 2 || norm(parts[0]!) !== norm(heading)) return false;
  const rest = parts.slice(1).join(' ');
  // What follows may be the outlet's long name or slogan instead ("Ferry fares rise - Harbour Gazette, since 1851").
  const outletFollows = norm(stripOutlet(docTitle, publisher, [], site)) === norm(heading);
  return (
    rest.length > heading.length * 1.5 &&
    !outletFollows &&
    !declared.some((t) => t && (overlap(t, heading) === 1 || echoes(t, heading)))
  );
}

export function stripOutlet(
  rawTitle: string,
  publisher: string | null,
  headings: string[] = [],
  site: string[] = [],
): string {
  const title = rawTitle.replace(/\s*\((Published|Updated) \d{4}\)$/i, '');
  const nt = norm(title);
  // A heading that is exactly the title's leading part is the headline.
  for (const h of headings) {
    const nh = norm(h);
    if (nh.length >= 8 && nt !== nh && nt.startsWith(nh) && SEPARATOR.test(title.slice(h.length - 1, h.length + 4)))
      return h;
  }
  const pub = publisher && publisher.length >= 3 ? norm(publisher) : '';
  const names = [pub, ...site].filter((s) => s.length >= 3).map((s) => s.replace(/\s+/g, ''));
  const isSite = (p: string) => {
    const n = norm(p).replace(/\s+/g, '');
    return names.some((s) => n === s || n.includes(s) || (n.length >= 3 && s.includes(n)));
  };
  const isOutlet = (p: string) => isSite(p) || (norm(p).split(' ').length <= 4 && OUTLET_WORDS.test(norm(p)));
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) {
    const tight = title.split(TIGHT_SEPARATOR);
    const last = tight[tight.length - 1]!;
    if (tight.length >= 2 && isSite(last) && last.length < title.length / 2)
      return clean(title.slice(0, title.length - last.length).replace(/\s*[：:_]\s*$/, ''));
    return title;
  }
  let end = parts.length;
  while (end > 1 && isOutlet(parts[end - 1]!)) end--;
  let start = 0;
  // A leading part goes only when it is the outlet's name itself ("Outlet | Headline"), or a one-word rubric before
  // "|".
  while (
    start < end - 1 &&
    (names.includes(norm(parts[start]!).replace(/\s+/g, '')) ||
      (/^\S{2,12}\s+\|\s/.test(title) && start === 0 && !/\s/.test(parts[0]!.trim())))
  )
    start++;
  if (end === parts.length && start === 0) return title;
  // Rebuild from the original text so inner separators of the headline survive.
  const pieces = title.split(new RegExp(`(${SEPARATOR.source})`));
  return clean(pieces.slice(start * 2, end * 2 - 1).join(''));
}

/** Shared words over all words (Jaccard) of two titles, ignoring case, quotes and punctuation. */
export function overlap(a: string, b: string): number {
  const words = (s: string) => new Set(norm(s).split(PUNCTUATION).filter(Boolean));
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}
