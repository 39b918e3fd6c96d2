/**
 * Reads schema.org JSON-LD blocks without trusting them: broken JSON, odd nesting and `__proto__` keys are expected.
 */

export type JsonObject = { [key: string]: unknown };

const MAX_BLOCK_CHARS = 500_000;
const MAX_NODES = 2_000;

export function readJsonLd(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_BLOCK_CHARS) continue;
    // Some CMSs wrap the JSON in an HTML comment or a CDATA section (optionally behind "//").
    const parsed = parseLoosely(raw.replace(/^\s*(\/\/\s*)?(<!--|<!\[CDATA\[)|(\/\/\s*)?(-->|\]\]>)\s*$/g, ''));
    if (parsed === undefined) continue;
    collect(parsed, nodes, 0);
    if (nodes.length >= MAX_NODES) break;
  }
  return nodes;
}

/** JSON.parse, then once more with raw control characters (newlines inside strings, common in CMS output) as spaces. */
function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what breaks the JSON
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6 || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (Object.hasOwn(obj, '@graph')) collect(obj['@graph'], out, depth + 1);
}

/** `@type` as a list of bare names ("https://schema.org/NewsArticle" → "NewsArticle"). */
export function typesOf(node: JsonObject): string[] {
  const t = Object.hasOwn(node, '@type') ? node['@type'] : undefined;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

/** A string field, or the `name` of an object field, or the first of a list. */
export function textOf(value: unknown, depth = 0): string | null {
  if (depth > 3 || value == null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, depth + 1);
      if (text) return text;
    }
    return null;
  }
  if (typeof value === 'object') {
    const obj = value as JsonObject;
    for (const key of ['name', '@value', 'url', '@id']) {
      if (Object.hasOwn(obj, key)) {
        const text = textOf(obj[key], depth + 1);
        if (text) return text;
      }
    }
  }
  return null;
}

/** All names of a field that may be a string, an object or a list of either (authors). */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => textOf(item)).filter((x): x is string => !!x);
}

export function field(node: JsonObject, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Nodes by `@id`, so a reference like `"publisher": {"@id": "#organization"}` resolves to the node it names. */
export function indexById(nodes: JsonObject[]): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = field(node, '@id');
    if (typeof id === 'string' && !index.has(id)) index.set(id, node);
  }
  return index;
}

/** A field's value with bare `{"@id": ...}` references (alone or in a list) replaced by the nodes they name. */
export function resolved(value: unknown, index: Map<string, JsonObject>): unknown {
  const one = (v: unknown): unknown => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const obj = v as JsonObject;
    const id = field(obj, '@id');
    if (typeof id === 'string' && field(obj, 'name') === undefined && index.has(id)) return index.get(id);
    return v;
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}
