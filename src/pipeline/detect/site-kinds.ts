/**
 * Sites whose pages are not news articles however article-like their markup (encyclopedias, code hosts, Q&A, social
 * networks, video platforms, shops). One entry per site: a host suffix and, where only some of its pages are not news,
 * a path pattern. Detection subtracts points for a match and says which kind.
 */

export type SiteKind = 'reference' | 'code' | 'forum' | 'video' | 'social' | 'shop' | 'search';

export interface NonNewsSite {
  /** Matches this host and its subdomains. */
  host: string;
  /** Only pages whose path matches; every page of the site when absent. */
  path?: RegExp;
  kind: SiteKind;
}

export const NON_NEWS_SITES: readonly NonNewsSite[] = [
  { host: 'wikipedia.org', path: /^\/wiki\//, kind: 'reference' },
  { host: 'wiktionary.org', kind: 'reference' },
  { host: 'wikimedia.org', kind: 'reference' },
  { host: 'fandom.com', path: /^\/wiki\//, kind: 'reference' },
  { host: 'github.com', kind: 'code' },
  { host: 'gitlab.com', kind: 'code' },
  { host: 'stackoverflow.com', path: /^\/questions\//, kind: 'forum' },
  { host: 'stackexchange.com', path: /^\/questions\//, kind: 'forum' },
  { host: 'reddit.com', kind: 'forum' },
  { host: 'news.ycombinator.com', kind: 'forum' },
  { host: 'quora.com', kind: 'forum' },
  { host: 'youtube.com', kind: 'video' },
  { host: 'vimeo.com', kind: 'video' },
  { host: 'tiktok.com', kind: 'video' },
  { host: 'twitter.com', kind: 'social' },
  { host: 'x.com', kind: 'social' },
  { host: 'facebook.com', kind: 'social' },
  { host: 'instagram.com', kind: 'social' },
  { host: 'linkedin.com', path: /^\/(in|company)\//, kind: 'social' },
  { host: 'amazon.com', kind: 'shop' },
  { host: 'ebay.com', kind: 'shop' },
  { host: 'etsy.com', kind: 'shop' },
  { host: 'google.com', path: /^\/(search|maps)/, kind: 'search' },
  { host: 'bing.com', path: /^\/search/, kind: 'search' },
  { host: 'duckduckgo.com', kind: 'search' },
];
