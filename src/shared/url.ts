/** URL facts several parts agree on: what a site's host is, and which URLs are the same document. */

/** A host name without its "www." prefix. */
export const withoutWww = (host: string): string => host.replace(/^www\./, '');

/** The URL's host without "www."; '' when the text is not a URL. */
export function siteHost(url: string): string {
  try {
    return withoutWww(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** The URL without its #fragment: the same document, wherever on it the reader is. */
export const withoutFragment = (url: string): string => url.split('#')[0]!;
