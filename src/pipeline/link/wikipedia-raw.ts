/**
 * Raw MediaWiki Action API JSON (action=query, formatversion=2) → normalized pages. Follows the reply's own
 * `normalized` and `redirects` maps so each page is found again by the title we asked for.
 */
import type { ImageInfo, WikiPage } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Pages for each requested title, in request order; a title the reply does not mention comes back missing. */
export function normalizeQuery(raw: unknown, requested: string[]): WikiPage[] {
  const query = isObj(raw) && isObj(raw.query) ? raw.query : {};
  const pages = Array.isArray(query.pages) ? query.pages.filter(isObj) : [];
  const byTitle = new Map(pages.map((p) => [str(p.title) ?? '', p]));
  const hop = (list: unknown) =>
    new Map((Array.isArray(list) ? list.filter(isObj) : []).map((r) => [str(r.from) ?? '', str(r.to) ?? '']));
  const normalized = hop(query.normalized);
  const redirects = hop(query.redirects);
  return requested.map((title) => {
    let current = normalized.get(title) ?? title;
    // Redirect chains are resolved server-side, but a double redirect can still show as two hops.
    for (let i = 0; i < 3 && redirects.has(current); i++) current = redirects.get(current)!;
    const page = byTitle.get(current);
    if (!page || page.missing !== undefined || page.invalid !== undefined) {
      return {
        requested: title,
        title: current,
        missing: true,
        disambiguation: false,
        qid: null,
        description: null,
        extract: null,
        thumbnail: null,
      };
    }
    const props = isObj(page.pageprops) ? page.pageprops : {};
    const thumb = isObj(page.thumbnail) ? page.thumbnail : null;
    const qid = str(props.wikibase_item);
    const result: WikiPage = {
      requested: title,
      title: current,
      missing: false,
      disambiguation: props.disambiguation !== undefined,
      qid: qid && /^Q\d+$/.test(qid) ? qid : null,
      description: str(page.description),
      extract: cleanExtract(str(page.extract)),
      thumbnail:
        thumb && str(thumb.source) && isSafeUrl(str(thumb.source)!)
          ? { source: str(thumb.source)!, width: Number(thumb.width) || 0, height: Number(thumb.height) || 0 }
          : null,
    };
    if (Array.isArray(page.links)) {
      result.links = page.links
        .filter(isObj)
        .filter((l) => l.ns === 0)
        .map((l) => str(l.title))
        .filter((t): t is string => !!t);
    }
    return result;
  });
}

/** Plain-text extracts can carry empty parentheses left by removed pronunciation templates: "Putin ( ; born …)". */
function cleanExtract(text: string | null): string | null {
  if (!text) return null;
  const cleaned = text
    .replace(/\(\s*[;,]\s*/g, '(')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return cleaned || null;
}

/** Abbreviations a sentence never ends with ("U.S. President", "Sept. 15", "Jr."). */
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Gov|Sen|Rep|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|c|ca|approx))\.$/;

/** The first `count` sentences of an extract (the card's 2–3 sentence summary). */
export function firstSentences(text: string | null, count = 3, maxChars = 480): string | null {
  if (!text) return null;
  const sentences: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  let out = '';
  for (const sentence of sentences.slice(0, count)) {
    if (out && out.length + sentence.length + 1 > maxChars) break;
    out = out ? `${out} ${sentence}` : sentence;
  }
  return out.length > maxChars ? `${out.slice(0, maxChars - 1).replace(/\s+\S*$/, '')}…` : out;
}

/** imageinfo replies (titles=File:…&prop=imageinfo&iiprop=url|extmetadata&iiurlwidth=N) → images by file name. */
export function normalizeImageInfo(raw: unknown): ImageInfo[] {
  const query = isObj(raw) && isObj(raw.query) ? raw.query : {};
  const pages = Array.isArray(query.pages) ? query.pages.filter(isObj) : [];
  const out: ImageInfo[] = [];
  for (const page of pages) {
    const title = str(page.title);
    const info = Array.isArray(page.imageinfo) && isObj(page.imageinfo[0]) ? page.imageinfo[0] : null;
    if (!title || !info) continue;
    const thumbUrl = str(info.thumburl) ?? str(info.url);
    if (!thumbUrl || !isSafeUrl(thumbUrl)) continue;
    const meta = isObj(info.extmetadata) ? info.extmetadata : {};
    const metaValue = (key: string) => (isObj(meta[key]) ? str((meta[key] as Obj).value) : null);
    const pageUrl = str(info.descriptionurl);
    const licenseUrl = metaValue('LicenseUrl');
    out.push({
      file: title.replace(/^File:/, '').replace(/ /g, '_'),
      thumbUrl,
      pageUrl: pageUrl && isSafeUrl(pageUrl) ? pageUrl : '',
      license: metaValue('LicenseShortName'),
      licenseUrl: licenseUrl && isSafeUrl(licenseUrl) ? licenseUrl : null,
      artist: stripTags(metaValue('Artist')),
    });
  }
  return out;
}

/** extmetadata values are HTML; we show text only, so tags go and entities are decoded. */
export function stripTags(html: string | null): string | null {
  if (!html) return null;
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 200) : null;
}

/** Only http(s) URLs (protocol-relative ones made https) may reach an <img src> or a link. */
export function isSafeUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url.startsWith('//') ? `https:${url}` : url).protocol);
  } catch {
    return false;
  }
}
