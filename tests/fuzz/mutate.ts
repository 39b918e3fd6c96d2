/**
 * Mutations of real-looking pages: what truncated downloads, broken CMS templates and hostile authors do to HTML.
 * Each takes the page and a seeded PRNG and returns new HTML; `mutate` applies one to three of them.
 */
import { ALL_TEXT, JSON_LD, MARKUP } from './hostile-strings';
import type { Rng } from './rng';

export type Mutation = (html: string, rng: Rng) => string;

const TAG = /<\/?[a-zA-Z][^>]*>/g;

function tagSpans(html: string): [number, number][] {
  return [...html.matchAll(TAG)].map((m) => [m.index!, m.index! + m[0].length]);
}

const spliceAt = (html: string, at: number, insert: string, remove = 0) =>
  html.slice(0, at) + insert + html.slice(at + remove);

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (html, rng) => html.slice(0, rng.int(0, html.length)),
  dropTags(html, rng) {
    const spans = tagSpans(html);
    const drop = new Set(
      Array.from({ length: rng.int(1, Math.max(1, spans.length >> 2)) }, () => rng.int(0, spans.length - 1)),
    );
    let out = '';
    let last = 0;
    spans.forEach(([a, b], i) => {
      if (!drop.has(i)) return;
      out += html.slice(last, a);
      last = b;
    });
    return out + html.slice(last);
  },
  duplicateRegion(html, rng) {
    const a = rng.int(0, html.length);
    const b = Math.min(html.length, a + rng.int(1, 5_000));
    const region = html.slice(a, b);
    return spliceAt(html, b, region.repeat(rng.int(1, 20)));
  },
  deepNesting(html, rng) {
    const depth = rng.int(100, 3_000);
    const tag = rng.pick(['div', 'span', 'b', 'section', 'blockquote', 'li', 'table']);
    const at = html.search(/<body[^>]*>/i);
    const insertAt = at < 0 ? 0 : html.indexOf('>', at) + 1;
    const close = rng.chance(0.5) ? `</${tag}>`.repeat(depth) : '';
    const open = `<${tag}>`.repeat(depth);
    return spliceAt(html, insertAt, `${open}Deep text by Vladimir Putin.${close}`);
  },
  hugeAttribute(html, rng) {
    const spans = tagSpans(html).filter(([a]) => html[a + 1] !== '/');
    if (!spans.length) return html;
    const [, end] = rng.pick(spans);
    const name = rng.pick(['class', 'style', 'data-x', 'content', 'href', 'datetime']);
    return spliceAt(
      html,
      end - 1,
      ` ${name}="${rng.pick(['a', 'a b ', '"', '&amp;']).repeat(rng.int(10_000, 300_000))}"`,
    );
  },
  randomBytes(html, rng) {
    let out = html;
    for (let i = rng.int(1, 50); i > 0; i--) {
      const bytes = Array.from({ length: rng.int(1, 20) }, () =>
        String.fromCharCode(rng.chance(0.8) ? rng.int(0, 0x7f) : rng.int(0x80, 0xffff)),
      ).join('');
      out = spliceAt(out, rng.int(0, out.length), bytes);
    }
    return out;
  },
  brokenJsonLd(html, rng) {
    const block = `<script type="application/ld+json">${rng.pick(JSON_LD)}</script>`;
    const replaced = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/i, block);
    return replaced === html ? spliceAt(html, Math.max(0, html.indexOf('</head>')), block) : replaced;
  },
  hostileText(html, rng) {
    let out = html;
    for (let i = rng.int(1, 10); i > 0; i--) {
      const spans = tagSpans(out);
      if (!spans.length) break;
      const [, end] = rng.pick(spans);
      out = spliceAt(out, end, rng.pick(ALL_TEXT));
    }
    return out;
  },
  hostileMeta(html, rng) {
    const value = rng.pick(MARKUP).replace(/"/g, '&quot;');
    const out = html
      .replace(/(<meta[^>]+content=")[^"]*(")/gi, (m, a: string, b: string) => (rng.chance(0.5) ? a + value + b : m))
      .replace(/<title>[^<]*<\/title>/i, `<title>${rng.pick(MARKUP)}</title>`);
    return out !== html
      ? out
      : `<title>${rng.pick(MARKUP)}</title><meta property="og:title" content="${value}">${html}`;
  },
  swapTags(html, rng) {
    const from = rng.pick(['p', 'div', 'article', 'h1', 'a', 'span', 'time']);
    const to = rng.pick([
      'script',
      'style',
      'template',
      'textarea',
      'noscript',
      'xmp',
      'svg',
      'math',
      'plaintext',
      'iframe',
      'title',
    ]);
    return html.replace(new RegExp(`<(/?)${from}\\b`, 'gi'), (m, slash: string) =>
      rng.chance(0.3) ? `<${slash}${to}` : m,
    );
  },
  stripClosingTags: (html) => html.replace(/<\/[a-zA-Z][^>]*>/g, ''),
  bigText(html, rng) {
    const para = `<p>${'Vladimir Putin met Xi Jinping in Samarkand on Sept. 15, 2022, the Kremlin said. '.repeat(rng.int(10, 200))}</p>`;
    const at = html.lastIndexOf('</p>');
    return spliceAt(html, at < 0 ? html.length : at + 4, para.repeat(rng.int(10, 200)));
  },
  manyNodes(html, rng) {
    const n = rng.int(5_000, 60_000);
    const cell = rng.pick([
      '<span>x</span>',
      '<a href="/x">Putin</a>',
      '<p>a</p>',
      '<div></div>',
      '<br>',
      '<img alt="">',
    ]);
    return spliceAt(html, Math.max(0, html.lastIndexOf('</body>')), cell.repeat(n));
  },
  removeBody: (html) => html.replace(/<body[\s\S]*$/i, ''),
  entityFlood: (html, rng) =>
    spliceAt(
      html,
      rng.int(0, html.length),
      rng.pick(['&amp;', '&#0;', '&#x110000;', '&#xD800;', '&nbsp;', '&;']).repeat(rng.int(100, 20_000)),
    ),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

export function mutate(html: string, rng: Rng): { html: string; applied: string[] } {
  const applied: string[] = [];
  let out = html;
  for (let i = rng.int(1, 3); i > 0; i--) {
    const name = rng.pick(MUTATION_NAMES);
    applied.push(name);
    out = MUTATIONS[name]!(out, rng);
  }
  return { html: out, applied };
}
