/**
 * The headline without the outlet: "Headline | Outlet" → "Headline". Declared titles (JSON-LD headline, og:title)
 * come first unless they only name the site; the page's own <h1> settles where the outlet's suffix begins.
 */

import { PUNCTUATION } from './signals';

const SEPARATOR = /\s+[|–—·•»:/-]{1,2}\s+|\s+::\s+|\s*[｜]\s*|\s+_|_\s+/;
// Separators that only mark a suffix when what follows is the outlet ("見出し：朝日新聞デジタル", "Title:site日誌").
const TIGHT_SEPARATOR = /\s*[：:_]\s*/;
const OUTLET_WORDS = /\b(news|times|post|journal|online|daily|tribune|herald|gazette|magazine|blog|\.com|\.org|\.net|\.co\.\w+|media|tv|radio|press|review|today|weekly|report|zeitung)\b/i;

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const norm = (s: string) => clean(s).toLowerCase().replace(/[‘’“”"']/g, '');

export interface TitleInput {
  declared: (string | null | undefined)[];
  docTitle: string;
  headings: string[];
  /** The headline the reader sees (the article's own <h1>), when the page has a clear one. */
  headline?: string | null;
  publisher: string | null;
  host: string;
}

export function pickTitle(input: TitleInput): string {
  const site = [input.publisher, input.host.replace(/^www\./, '').split('.')[0]].map((s) => norm(s ?? '')).filter((s) => s.length >= 3);
  const isSiteName = (t: string) => {
    const n = norm(t);
    return site.some((s) => n === s || n.replace(/\s+/g, '') === s.replace(/\s+/g, '')) || n.split(' ').length < 2 && n.length < 15 && site.some((s) => s.includes(n));
  };
  const headings = input.headings.map(clean).filter((h) => h.length >= 8 && h.length <= 300 && !isSiteName(h));
  const docTitle = clean(input.docTitle);
  const seen = clean(input.headline ?? '');
  for (const raw of input.declared) {
    const t = clean(raw ?? '');
    if (t.length < 3 || isSiteName(t)) continue;
    const declared = stripOutlet(t, input.publisher, headings, site);
    // The visible headline replaces the declared one only when they are the same words (it keeps the page's
    // punctuation): a rewritten social title stays, so do sites whose <h1> is a logo.
    if (seen && !isSiteName(seen) && overlap(seen, declared) === 1) return stripOutlet(seen, input.publisher, [], site);
    return declared;
  }
  // No usable declared title: the heading that the document title repeats, else the document title itself.
  const nd = norm(docTitle);
  const echoed = headings.find((h) => nd.includes(norm(h)));
  if (echoed) return echoed;
  const stripped = docTitle && !isSiteName(docTitle) ? stripOutlet(docTitle, input.publisher, headings, site) : '';
  // A document title that is only "Site | Home" says nothing: the page's own headline does.
  if (stripped && (stripped.split(/\s+/).length >= 4 || !headings.length || /[^\u0000-\u024f]/.test(stripped))) return stripped;
  return headings[0] ?? (stripped || docTitle);
}

export function stripOutlet(rawTitle: string, publisher: string | null, headings: string[] = [], site: string[] = []): string {
  const title = rawTitle.replace(/\s*\((Published|Updated) \d{4}\)$/i, '');
  const nt = norm(title);
  // A heading that is exactly the title's leading part is the headline.
  for (const h of headings) {
    const nh = norm(h);
    if (nh.length >= 8 && nt !== nh && nt.startsWith(nh) && SEPARATOR.test(title.slice(h.length - 1, h.length + 4))) return h;
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
    if (tight.length >= 2 && isSite(last) && last.length < title.length / 2) return clean(title.slice(0, title.length - last.length).replace(/\s*[：:_]\s*$/, ''));
    return title;
  }
  let end = parts.length;
  while (end > 1 && isOutlet(parts[end - 1]!)) end--;
  let start = 0;
  // A leading part goes only when it is the outlet's name itself ("Outlet | Headline"), or a one-word rubric before "|".
  while (start < end - 1 && (names.includes(norm(parts[start]!).replace(/\s+/g, '')) || /^\S{2,12}\s+\|\s/.test(title) && start === 0 && !/\s/.test(parts[0]!.trim()))) start++;
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
