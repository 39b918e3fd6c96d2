/**
 * Generated pages: article-shaped HTML whose every slot (title, meta, JSON-LD, byline, body) may hold hostile
 * text, with random layout around it, so detection and extraction see both articles and non-articles.
 */
import { ALL_TEXT, JSON_LD, MARKUP } from './hostile-strings';
import type { Rng } from './rng';

const WORDS = (
  'the president said on monday that talks with china and russia would resume in geneva after the summit ' +
  'officials from the european union warned of sanctions while analysts at reuters expected growth inflation ' +
  'minister election parliament court police ukraine kyiv moscow beijing washington samarkand september'
).split(' ');
const NAMES = [
  'Vladimir Putin',
  'Xi Jinping',
  'Olaf Scholz',
  'Andrey Denisov',
  'Mikhail Gorbachev',
  'Ursula von der Leyen',
];
const TAGS = [
  'div',
  'section',
  'span',
  'aside',
  'figure',
  'p',
  'blockquote',
  'ul',
  'table',
  'details',
  'article',
  'main',
];

function sentence(rng: Rng): string {
  const n = rng.int(4, 30);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.06) words.push(rng.pick(NAMES));
    else if (r < 0.09) words.push(rng.pick(ALL_TEXT));
    else if (r < 0.11)
      words.push(`${rng.int(1, 28)} ${rng.pick(['January', 'March', 'Sept.', 'December'])} ${rng.int(1900, 2100)}`);
    else words.push(rng.pick(WORDS));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${rng.pick(['.', '.', '?', '!', '', '…'])}`;
}

function paragraph(rng: Rng): string {
  const sentences = Array.from({ length: rng.int(1, 6) }, () => sentence(rng)).join(' ');
  return rng.chance(0.1)
    ? `<p>${sentences} <a href="${rng.pick(['/a', 'javascript:alert(1)', 'data:text/html,x', '//evil.test/'])}">${sentence(rng)}</a></p>`
    : `<p>${escapeMaybe(rng, sentences)}</p>`;
}

/** Hostile strings go in both escaped (as a real page shows them) and raw (as a broken page injects them). */
const escapeMaybe = (rng: Rng, text: string) => (rng.chance(0.5) ? text.replace(/</g, '&lt;') : text);
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function wrap(rng: Rng, inner: string, depth = 0): string {
  if (depth > 3 || rng.chance(0.5)) return inner;
  const tag = rng.pick(TAGS);
  const cls = rng.pick([
    'content',
    'article-body',
    'ad',
    'share',
    'related',
    'comments',
    'sidebar',
    attr(rng.pick(MARKUP)),
  ]);
  return `<${tag} class="${cls}">${wrap(rng, inner, depth + 1)}</${tag}>`;
}

export function generateDocument(rng: Rng): string {
  const title = rng.chance(0.5) ? sentence(rng) : rng.pick(ALL_TEXT);
  const author = rng.chance(0.7) ? rng.pick(NAMES) : rng.pick(ALL_TEXT);
  const date = rng.pick([
    '2022-09-07T12:26:00-04:00',
    '2022-09-07',
    'yesterday',
    '',
    '9999-99-99',
    'Wed, 07 Sep 2022 16:26:00 GMT',
  ]);
  const jsonLd = rng.chance(0.5)
    ? JSON.stringify({
        '@context': 'https://schema.org',
        '@type': rng.pick(['NewsArticle', 'Article', 'WebPage', 'BlogPosting']),
        headline: title,
        author: { '@type': 'Person', name: author },
        datePublished: date,
      })
    : rng.pick(JSON_LD);
  const head = [
    `<meta charset="${rng.pick(['utf-8', 'windows-1251', 'bogus'])}">`,
    `<title>${escapeMaybe(rng, title)}</title>`,
    rng.chance(0.6)
      ? `<meta property="og:type" content="${rng.pick(['article', 'website', attr(rng.pick(MARKUP))])}">`
      : '',
    rng.chance(0.6) ? `<meta property="og:title" content="${attr(title)}">` : '',
    rng.chance(0.5) ? `<meta name="author" content="${attr(author)}">` : '',
    rng.chance(0.5) ? `<meta property="article:published_time" content="${attr(date)}">` : '',
    rng.chance(0.3)
      ? `<link rel="canonical" href="${rng.pick(['https://news.test/a/b-c-d', 'javascript:alert(1)', '::::', ''])}">`
      : '',
    rng.chance(0.7) ? `<script type="application/ld+json">${jsonLd}</script>` : '',
    rng.chance(0.2) ? '<base href="javascript:alert(1)//">' : '',
  ].join('\n');
  const body = Array.from({ length: rng.int(0, 25) }, () =>
    rng.chance(0.85) ? paragraph(rng) : `<h2>${sentence(rng)}</h2>`,
  ).join('\n');
  const byline = `<div class="byline">By <a rel="author" href="/author">${escapeMaybe(rng, author)}</a></div>`;
  const chrome = rng.chance(0.5)
    ? `<nav>${Array.from({ length: rng.int(1, 30) }, () => `<a href="/s">${rng.pick(WORDS)}</a>`).join(' ')}</nav>`
    : '';
  const article = rng.chance(0.7)
    ? `<article><h1>${escapeMaybe(rng, title)}</h1>${byline}${wrap(rng, body)}</article>`
    : wrap(rng, body);
  return `<!DOCTYPE html><html lang="${rng.pick(['en', 'ru', 'zh', '', 'x-<b>'])}"><head>${head}</head><body>${chrome}${article}<footer>© News</footer></body></html>`;
}
