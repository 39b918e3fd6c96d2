/**
 * The stripped copy of a page: every Open Graph, Twitter card and article:* meta tag, every JSON-LD block and all
 * schema.org microdata removed, so the benchmark can measure whether text and structure alone tell an article. The
 * page's address stays: a browser always knows it.
 */

const STRIPPED_PREFIXES = ['og:', 'twitter:', 'article:'];

/** Removes the page's declared metadata in place; returns how many elements and attributes went. */
export function stripMetadata(doc: Document): number {
  let removed = 0;
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (STRIPPED_PREFIXES.some((p) => key.startsWith(p)) || meta.hasAttribute('itemprop')) {
      meta.remove();
      removed++;
    }
  }
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) {
      script.remove();
      removed++;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemscope], [itemtype], [itemprop], [itemid], [itemref]'))) {
    for (const name of ['itemscope', 'itemtype', 'itemprop', 'itemid', 'itemref']) {
      if (el.hasAttribute(name)) {
        el.removeAttribute(name);
        removed++;
      }
    }
  }
  return removed;
}
