/**
 * Google News RSS → candidates. Chrome's service worker has no DOMParser, so the XML goes through fast-xml-parser
 * (pure JavaScript, no DOM). DOCTYPEs are cut before parsing: RSS needs no DTD, and declared entities are the
 * classic expansion attack. Character references are decoded here, once per layer (the parser's own pass costs
 * 4× the parse and would decode twice). Never throws: a feed we cannot read gives `null`.
 */
import { XMLParser } from 'fast-xml-parser';
import { unwrapGoogleNewsLink } from './google-news-link';
import { outletOf } from './outlets';
import { decodeEntities } from '../page/decode-entities';
import { cleanText, htmlToText, stripOutletSuffix } from './text';
import type { CoverageCandidate } from '../../shared/coverage';

export interface RssOptions {
  /** Larger answers are not a news feed; refuse them instead of parsing megabytes in the worker. */
  maxChars: number;
  maxItems: number;
}

export const DEFAULT_RSS_OPTIONS: RssOptions = { maxChars: 3_000_000, maxItems: 100 };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === 'item',
});

/** The feed's items, or null when the text is not an RSS document (an HTML consent page, an error page). */
export function parseGoogleNewsRss(xml: string, options: Partial<RssOptions> = {}): CoverageCandidate[] | null {
  const opts = { ...DEFAULT_RSS_OPTIONS, ...options };
  if (typeof xml !== 'string' || xml.length > opts.maxChars || !/<rss[\s>]/i.test(xml.slice(0, 5_000))) return null;
  // A feed cut off in transit still parses (the parser is lenient) into its first items, the last one half there:
  // a whole RSS document ends with </rss>, so anything else is a broken answer, not a short list.
  if (!/<\/rss>\s*(?:<!--[\s\S]*?-->\s*)*$/i.test(xml.slice(-2_000))) return null;
  let doc: unknown;
  try {
    doc = parser.parse(stripDoctype(xml));
  } catch {
    return null;
  }
  const channel = (doc as { rss?: { channel?: unknown } } | null)?.rss?.channel;
  if (!channel || typeof channel !== 'object') return null;
  const items = (channel as { item?: unknown }).item;
  if (!Array.isArray(items)) return [];
  const out: CoverageCandidate[] = [];
  for (const raw of items.slice(0, opts.maxItems)) {
    const item = toItem(raw);
    if (item) out.push(item);
  }
  return out;
}

function toItem(raw: unknown): CoverageCandidate | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const link = unwrapGoogleNewsLink(decodeEntities(text(r.link) || text(r.guid)));
  if (!link) return null;
  const source = r.source;
  const sourceName = cleanText(decodeEntities(text(source)));
  const sourceUrl =
    source && typeof source === 'object' ? decodeEntities(text((source as Record<string, unknown>)['@_url'])) : '';
  // The publisher's domain: from the unwrapped link when we have it, else from <source url=…>.
  const outlet = outletOf(link.direct ? link.url : sourceUrl, { name: sourceName || null });
  // Google double-escapes some titles ("&amp;#39;"): a second pass turns those into the character they mean.
  const title = stripOutletSuffix(decodeEntities(decodeEntities(text(r.title))), sourceName, outlet?.name);
  if (!title) return null;
  const published = Date.parse(text(r.pubDate));
  // XML layer first (the feed escapes the HTML), then the HTML layer inside htmlToText.
  const snippet = htmlToText(decodeEntities(text(r.description)));
  return {
    url: link.url,
    direct: link.direct,
    title,
    outlet: outlet?.name ?? (sourceName || 'Google News'),
    family: outlet?.family ?? (sourceName.toLowerCase() || 'news.google.com'),
    domain: outlet?.domain ?? null,
    country: outlet?.country ?? null,
    publishedAt: Number.isFinite(published) ? new Date(published).toISOString() : null,
    lang: null,
    source: 'googleNews',
    ...(snippet ? { snippet } : {}),
  };
}

/** Text of a parsed node: plain strings, `#text` of an element with attributes, CDATA included. */
function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return text(node[0]);
  if (node && typeof node === 'object') return text((node as Record<string, unknown>)['#text']);
  return '';
}

function stripDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
}
