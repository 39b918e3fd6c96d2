/**
 * The headline without the outlet: "Headline | Outlet" → "Headline". Declared titles (JSON-LD headline, og:title)
 * come first unless they only name the site; the page's own <h1> settles where the outlet's suffix begins.
 */

const SEPARATOR = /\s+[|–—·•»:/-]{1,2}\s+|\s+::\s+/;
const OUTLET_WORDS = /\b(news|times|post|journal|online|daily|tribune|herald|gazette|magazine|blog|\.com|\.org|\.net|\.co\.\w+|media|tv|radio|press|review|today|weekly|report|zeitung)\b/i;

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const norm = (s: string) => clean(s).toLowerCase().replace(/[‘’“”"']/g, '');

export interface TitleInput {
  declared: (string | null | undefined)[];
  docTitle: string;
  headings: string[];
  publisher: string | null;
  host: string;
}

export function pickTitle(input: TitleInput): string {
  const site = [input.publisher, input.host.replace(/^www\./, '').split('.')[0]].filter(Boolean).map((s) => norm(s!));
  const isSiteName = (t: string) => {
    const n = norm(t);
    return site.some((s) => n === s || n.replace(/\s+/g, '') === s.replace(/\s+/g, '')) || n.split(' ').length < 2 && n.length < 15 && site.some((s) => s.includes(n));
  };
  const headings = input.headings.map(clean).filter((h) => h.length >= 8 && h.length <= 300 && !isSiteName(h));
  const docTitle = clean(input.docTitle);
  for (const raw of input.declared) {
    const t = clean(raw ?? '');
    if (t.length < 3 || isSiteName(t)) continue;
    return stripOutlet(t, input.publisher, headings, site);
  }
  // No usable declared title: the heading that the document title repeats, else the document title itself.
  const nd = norm(docTitle);
  const echoed = headings.find((h) => nd.includes(norm(h)));
  if (echoed) return echoed;
  if (docTitle && !isSiteName(docTitle)) return stripOutlet(docTitle, input.publisher, headings, site);
  return headings[0] ?? docTitle;
}

export function stripOutlet(title: string, publisher: string | null, headings: string[] = [], site: string[] = []): string {
  const nt = norm(title);
  // A heading that is exactly the title's leading part is the headline.
  for (const h of headings) {
    const nh = norm(h);
    if (nh.length >= 8 && nt !== nh && nt.startsWith(nh) && SEPARATOR.test(title.slice(h.length - 1, h.length + 4))) return h;
  }
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const pub = publisher ? norm(publisher) : '';
  const isOutlet = (p: string) => {
    const n = norm(p);
    return (pub && (n.includes(pub) || pub.includes(n))) || site.some((s) => s && n.replace(/\s+/g, '').includes(s.replace(/\s+/g, ''))) ||
      (n.split(' ').length <= 4 && OUTLET_WORDS.test(n));
  };
  let end = parts.length;
  while (end > 1 && isOutlet(parts[end - 1]!)) end--;
  let start = 0;
  while (start < end - 1 && isOutlet(parts[start]!)) start++;
  if (end === parts.length && start === 0) return title;
  // Rebuild from the original text so inner separators of the headline survive.
  const pieces = title.split(new RegExp(`(${SEPARATOR.source})`));
  return clean(pieces.slice(start * 2, end * 2 - 1).join(''));
}
