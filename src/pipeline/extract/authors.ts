/**
 * Author names from bylines as pages write them: "By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL December 16, 2016",
 * "Julia Horowitz @juliakhorowitz", "Von Melanie Wassink", "著者：後藤大地". Returns clean names, never "By", dates,
 * handles, roles or the outlet.
 */
import { firstElements, take } from '../page/take';

/** The elements a "By …" line may be (lower-case tag names). */
const BYLINE_LINE_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'span', 'address']);

// biome-ignore lint/suspicious/noControlCharactersInRegex: anything past Latin Extended-B (U+024F) is another script
const NON_LATIN = /[^\u0000-\u024f]/;

const LEAD =
  /^\s*(?:(?:written|posted|reported|story|text|words|photos?)\s+)?(?:(?:by)+(?:\s*[:：]\s*|\s+)|(?:von|por|par|di|door|av|af|przez)(?:\s*[:：]\s*|\s+)|(?:著者|作者|文|筆者|記者)\s*[:：●]?\s*)/i;
const STOP =
  /\s*(?:\||•|·|—|–|\s-\s|\s\/\s?|@|\b(?:updated|published|posted|on|at|am|um|le|el)\b\s*[:\d]|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d+\s+(?:min|minute)s?\b|\bsee full bio\b|\bfollow\b|\btwitter\b|\bemail\b).*$/i;
// Job titles after a name ("Sam Stein Senior Politics Editor", "Transport Correspondent"): the part ends before them.
const ROLE =
  /\b(correspondent|reporter|editor|writer|contributor|columnist|producer|analyst|journalist|photographer|critic|intern|technologist|fellow|professor)\b/i;
const ROLE_LEAD =
  /\b(senior|chief|deputy|associate|assistant|contributing|special|foreign|political|staff|managing|executive|national|international|global|digital)\b/i;
// Joining words are matched in lower case only: "Laura E. Adkins" is one name.
const SPLIT = /\s*(?:,|;|\s&\s|、|，|／)\s*|\s+(?:and|AND|und|y|et|e|og|och|en)\s+/;
const PARTICLE = /^(?:de|da|di|do|du|del|della|der|den|van|von|le|la|al|el|bin|ibn|ben|y|dos|das|zu|ter|mc)$/;
const NOT_NAME =
  /^(?:the|a|an|and|by|staff|admin|administrator|editor|editors|home|news|share|menu|follow|more|view|all|posts?|articles?|profile|bio|see all|see more|view all|read more|more articles|all posts)$/i;

export function cleanAuthorNames(raw: string | null | undefined, publisher: string | null = null): string[] {
  if (!raw) return [];
  // "<span>By</span>Travis Haney" reads "ByTravis Haney" as text.
  const line = raw
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
    .replace(/^(By|Von|Por|Par)(?=[A-Z])/, '$1 ');
  if (!line || /^https?:\/\//i.test(line)) return [];
  const body = line
    .replace(LEAD, '')
    .replace(STOP, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim();
  const names: string[] = [];
  const parts = body.split(SPLIT);
  // "Gillman, Steve": a citation-style single author, surname first.
  if (
    parts.length === 2 &&
    parts.every((p) => /^[^\s\d,.]+$/.test(p.trim()) && capitalized(p.trim())) &&
    !/\s(and|&)\s/.test(body)
  ) {
    const name = `${parts[1]!.trim()} ${parts[0]!.trim()}`;
    return isName(name, publisher) ? [name] : [];
  }
  for (const part of parts) {
    // After a job title the rest is affiliation ("…, Senior Staff Technologist, ACLU Speech, Privacy and Technology").
    const hasRole = ROLE.test(part);
    const name = withoutRole(part.replace(LEAD, ''))
      .replace(/^[\s"'“”‘’:：-]+|[\s"'“”‘’:：,.-]+$/g, '')
      .trim();
    if (isName(name, publisher)) names.push(name);
    if (hasRole) break;
  }
  return unique(names);
}

function withoutRole(part: string): string {
  const role = ROLE.exec(part);
  if (!role) return part;
  const words = part.slice(0, role.index).trim().split(/\s+/).filter(Boolean);
  const lead = words.findIndex((w) => ROLE_LEAD.test(w));
  // "Transport Correspondent": the word before the role belongs to it, unless that would eat a two-word name.
  const cut = lead >= 0 ? lead : words.length > 2 ? words.length - 1 : words.length;
  const kept = words.slice(0, cut);
  return kept.length >= 2 || (kept.length === 1 && NON_LATIN.test(kept[0]!)) ? kept.join(' ') : '';
}

/** Starts with a capital letter, in any cased script (case mapping, not \p{Lu}: that one is slow to compile). */
function capitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isName(name: string, publisher: string | null): boolean {
  if (/^[A-Z]{2,4}$/.test(name)) return false; // degrees and outlets in capitals: MA, PhD, AP
  if (name.length < 2 || name.length > 60 || /\d|https?:|www\.|\.com\b|[<>{}=]/i.test(name)) return false;
  if (publisher && name.toLowerCase() === publisher.toLowerCase()) return false;
  const words = name.split(/\s+/);
  if (words.length > 5 || NOT_NAME.test(name)) return false;
  // Other scripts pass as they are; in Latin script every word but a particle starts with a capital.
  if (NON_LATIN.test(name)) return true;
  return words.every(
    (w) => capitalized(w.replace(/^['’(]+/, '')) || (PARTICLE.test(w.toLowerCase()) && w === w.toLowerCase()),
  );
}

export function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Selectors stay case-sensitive and few: case-insensitive substring selectors are slow in Chromium; the class
// names are then checked in code.
const AUTHOR_HREF =
  /\/(author|authors|by|profile|people|staff|writers|reporters|journalists|editors|contributors|columnists|autor|auteur)\//i;
const BYLINE =
  '[itemprop="author"], [rel="author"], [class*="byline"], [class*="Byline"], [class*="author"], ' +
  '[class*="Author"], [class*="contributor"], [data-testid*="byline"]';
const BYLINE_CLASS =
  /byline|author-?name|author__name|author_name|authorname|article-?author|post-?author|entry-?author|contributor|__author|^author$|\sauthor$|^author\s/i;

function authorLinks(doc: Document, limit: number): Element[] {
  const out: Element[] = [];
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 3_000 && out.length < limit; i++) {
    if (AUTHOR_HREF.test(links[i]!.getAttribute('href') ?? '')) out.push(links[i]!);
  }
  return out;
}

/** Names from the markup's byline, and the byline text as written; bounded to the first few candidates. */
export function bylineFromMarkup(doc: Document, publisher: string | null): { names: string[]; text: string | null } {
  const relAuthors = take(doc.querySelectorAll('a[rel~="author" i]'), 8)
    // Not "aside": outlets put the byline in a meta column beside the story.
    .filter((a) => !a.closest('footer, nav, [class*="comment" i], [class*="related" i]'))
    .flatMap((a) => cleanAuthorNames(a.textContent ?? '', publisher));
  if (relAuthors.length) return { names: unique(relAuthors), text: null };
  const candidates = take(doc.querySelectorAll(BYLINE), 60).filter(
    (el) =>
      el.getAttribute('itemprop') === 'author' ||
      el.getAttribute('rel') === 'author' ||
      el.hasAttribute('data-testid') ||
      BYLINE_CLASS.test(el.getAttribute('class') ?? ''),
  );
  for (const el of candidates) {
    if (el.closest('[class*="comment" i], footer, aside')) continue;
    const named = el.querySelector('[itemprop="name"]');
    const raw = named ? textUpTo(named, 2_000) : (el.getAttribute('content') ?? textUpTo(el, 2_000));
    if (raw === null) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) continue;
    const links = Array.from(el.querySelectorAll('a[href]'))
      .filter((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? ''))
      .map((a) => (a.textContent ?? '').trim())
      .filter(Boolean);
    const fromLinks = unique(links.flatMap((l) => cleanAuthorNames(l, publisher)));
    const fromText = cleanAuthorNames(text, publisher);
    // Linked names are surer, but a byline may link only some of its authors ("By Stella Kim and <a>Jennifer
    // Jett</a>").
    const names = !fromLinks.length || fromLinks.every((n) => fromText.includes(n)) ? fromText : fromLinks;
    if (names.length) return { names, text };
  }
  const links = authorLinks(doc, 20).filter(
    (a) => !a.closest('nav, footer, aside, [class*="comment" i], [class*="related" i], [class*="menu" i]'),
  );
  const names = unique(links.flatMap((a) => cleanAuthorNames(a.textContent ?? '', publisher))).slice(0, 4);
  if (names.length) return { names, text: null };
  return bylineNearHeadline(doc, publisher);
}

/** A "By …" line near the <h1> in markup with no telling class names (generated CSS class names). */
function bylineNearHeadline(doc: Document, publisher: string | null): { names: string[]; text: string | null } {
  const h1 = doc.querySelector('h1');
  let scope: Element | null = h1?.parentElement ?? null;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    const els = firstElements(scope, BYLINE_LINE_TAGS, 200);
    for (const el of els) {
      // A byline is short: skip the containers holding the whole story without reading their text (textContent of
      // each enclosing container of a 20 MB text node was seconds of the page's main thread).
      const raw = textUpTo(el, 2_000);
      if (raw === null) continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (
        text.length < 5 ||
        text.length > 120 ||
        !(/^(by|von|por|par)\s/i.test(text) || /^(By|Von|Por|Par)(?=[A-Z])/.test(text))
      )
        continue;
      const names = cleanAuthorNames(text, publisher);
      if (names.length) return { names, text };
    }
  }
  return { names: [], text: null };
}

/**
 * The element's text, or null as soon as it passes `max` characters: never builds the text of a container that
 * holds a whole (possibly enormous) story just to find it is too long.
 */
export function textUpTo(el: Element, max: number): string | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    length += data.length;
    if (length > max) return null;
    parts.push(data);
  }
  return parts.join('');
}
