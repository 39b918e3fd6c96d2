/**
 * Google News RSS links are opaque redirects (news.google.com/rss/articles/CBMi…). Older ids are base64url
 * protobuf that carry the publisher's URL in clear (field 4: 0x22 <varint length> <url>); ids minted since July
 * 2024 ("AU_yqL…") carry only a token that Google's own RPC resolves (SSujitX/google-news-url-decoder#2). We unwrap
 * the first kind offline and keep the feed link for the second: calling that RPC is brittle and sends more to Google.
 */
export interface UnwrappedLink {
  url: string;
  /** true when `url` is the publisher's own URL. */
  direct: boolean;
}

const GOOGLE_NEWS_HOSTS = /^news\.google\.[a-z.]+$/;

export function unwrapGoogleNewsLink(link: string): UnwrappedLink | null {
  let parsed: URL;
  try {
    parsed = new URL(link.trim());
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol)) return null;
  if (!GOOGLE_NEWS_HOSTS.test(parsed.hostname)) return { url: parsed.href, direct: true };
  const id = /\/(?:rss\/)?(?:articles|read)\/([A-Za-z0-9_-]{8,})/.exec(parsed.pathname)?.[1];
  const inner = id ? urlInside(id) : null;
  return inner ? { url: inner, direct: true } : { url: parsed.href, direct: false };
}

function urlInside(id: string): string | null {
  const bytes = base64UrlBytes(id);
  if (!bytes || bytes.length < 4) return null;
  // Find field 4 (tag 0x22) near the start: the id opens with small fixed fields (0x08 0x13 …).
  for (let i = 0; i < Math.min(bytes.length - 2, 8); i += 1) {
    if (bytes[i] !== 0x22) continue;
    const { value: length, next } = varint(bytes, i + 1);
    if (length <= 0 || next + length > bytes.length) continue;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(next, next + length));
    if (!/^https?:\/\/[^\s]+$/.test(text)) return null;
    try {
      const url = new URL(text);
      return GOOGLE_NEWS_HOSTS.test(url.hostname) ? null : url.href;
    } catch {
      return null;
    }
  }
  return null;
}

function base64UrlBytes(id: string): Uint8Array | null {
  try {
    const b64 = id.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function varint(bytes: Uint8Array, start: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let i = start;
  while (i < bytes.length && shift < 28) {
    const byte = bytes[i]!;
    value |= (byte & 0x7f) << shift;
    i += 1;
    if (!(byte & 0x80)) return { value, next: i };
    shift += 7;
  }
  return { value: -1, next: i };
}
