/**
 * All <meta> tags of a page by lower-cased name/property/itemprop, read once (content, or `value` as some tools save
 * it).
 */

export type MetaTags = Map<string, string[]>;

export function readMetaTags(doc: Document, limit = 1_000): MetaTags {
  const tags: MetaTags = new Map();
  const list = doc.querySelectorAll('meta');
  for (let i = 0; i < Math.min(list.length, limit); i++) {
    const m = list[i]!;
    const value = (m.getAttribute('content') ?? m.getAttribute('value') ?? '').trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const values = tags.get(key);
      if (values) values.push(value);
      else tags.set(key, [value]);
    }
  }
  return tags;
}

/** The first value of the first key present. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
