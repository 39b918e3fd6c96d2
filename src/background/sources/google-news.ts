/**
 * Google News RSS search (keyless, undocumented). No CORS, so it needs host permission; Chrome's service worker
 * has no DOMParser, so the feed is parsed in src/pipeline/coverage/parse-rss.ts. Outside the US, Google may answer
 * with an HTML consent page and a 200: that is a failure, not an empty feed.
 */
import { decodeFeedBytes, googleNewsLocale, parseGoogleNewsRss } from '../../pipeline/coverage';
import type { CoverageCandidate } from '../../shared/coverage';
import { errorSnippet, getBytes, looksLikeHtml, type FetchLike, type SourceResult } from './news-http';

export interface GoogleNewsOptions {
  endpoint: string;
  timeoutMs: number;
}

export const DEFAULT_GOOGLE_NEWS_OPTIONS: GoogleNewsOptions = {
  endpoint: 'https://news.google.com/rss/search',
  timeoutMs: 10_000,
};

export function createGoogleNewsClient(
  deps: { fetch: FetchLike; now?: () => number },
  options: Partial<GoogleNewsOptions> = {},
) {
  const opts = { ...DEFAULT_GOOGLE_NEWS_OPTIONS, ...options };
  return {
    /** `lang`: the edition to search ("de" → German edition); its items are marked as in that language. */
    async search(query: string, lang: string | null, signal?: AbortSignal): Promise<SourceResult<CoverageCandidate[]>> {
      const locale = googleNewsLocale(lang);
      const url = `${opts.endpoint}?q=${encodeURIComponent(query)}&hl=${locale.hl}&gl=${locale.gl}&ceid=${encodeURIComponent(locale.ceid)}`;
      const fetched = await getBytes(deps.fetch, url, opts.timeoutMs, deps.now, signal);
      if (!fetched.ok) return fetched;
      const text = decodeFeedBytes(fetched.value.bytes, fetched.value.contentType);
      if (looksLikeHtml(fetched.value.contentType, text))
        return { ok: false, reason: 'html', detail: errorSnippet(text) };
      const items = parseGoogleNewsRss(text);
      if (!items) return { ok: false, reason: 'malformed', detail: errorSnippet(text) };
      return { ok: true, value: items };
    },
  };
}

export type GoogleNewsClient = ReturnType<typeof createGoogleNewsClient>;
