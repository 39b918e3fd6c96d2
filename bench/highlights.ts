/**
 * `npm run bench:highlights`: finding the article's mentions in the live page again (src/content/highlights/
 * locate.ts), ours beside the peer a text-search highlighter uses (mark.js-style: the n-th occurrence of the mention's
 * text among the page's text nodes, n counted in the article text). For every article fixture page, plus the seed
 * page's body repeated 20 times (a long page): mentions located, located in the right paragraph, and milliseconds.
 * "Right paragraph": the range lies in a block element whose text holds the paragraph of the article the mention is in.
 * Runs in happy-dom (Node), so times are relative, not the browser's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { locateMentions, type MentionRef } from '../src/content/highlights/locate';
import { extractArticle } from '../src/pipeline/extract';
import { recognize } from '../src/pipeline/recognize';
import { loadFixturePages } from '../tests/support/fixture-server';

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

function naive(root: Element, text: string, mentions: MentionRef[]): { range: Range; start: number; end: number }[] {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!/^(SCRIPT|STYLE|NOSCRIPT)$/.test(n.parentElement?.tagName ?? '')) nodes.push(n as Text);
  const out: { range: Range; start: number; end: number }[] = [];
  for (const m of mentions) {
    const needle = text.slice(m.start, m.end);
    let nth = 0;
    for (let i = text.indexOf(needle); i >= 0 && i < m.start; i = text.indexOf(needle, i + 1)) nth++;
    let seen = 0;
    found: for (const node of nodes) {
      for (let i = node.data.indexOf(needle); i >= 0; i = node.data.indexOf(needle, i + 1)) {
        if (seen++ < nth) continue;
        const range = doc.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + needle.length);
        out.push({ range, start: m.start, end: m.end });
        break found;
      }
    }
  }
  return out;
}

function rightParagraph(text: string, located: { range: Range; start: number; end: number }[]): number {
  let ok = 0;
  for (const l of located) {
    const from = text.lastIndexOf('\n\n', l.start) + 2;
    const to = text.indexOf('\n\n', l.end);
    const paragraph = ws(text.slice(from < 2 ? 0 : from, to < 0 ? undefined : to));
    let el: Element | null = l.range.startContainer.parentElement;
    while (el && ws(el.textContent ?? '').length < paragraph.length) el = el.parentElement;
    if (
      el &&
      ws(el.textContent ?? '').includes(paragraph) &&
      ws(el.textContent ?? '').length < paragraph.length * 3 + 200
    )
      ok++;
  }
  return ok;
}

interface Row {
  page: string;
  mentions: number;
  ours: [number, number, number];
  peer: [number, number, number];
}
const rows: Row[] = [];

function run(name: string, html: string, url: string) {
  const win = new Window({ url });
  const doc = win.document as unknown as Document;
  doc.write(html);
  const article = extractArticle(doc, url);
  if (!article?.text) return;
  const { entities } = recognize(article.text, { title: article.title, publishedAt: article.publishedAt });
  const mentions = entities
    .filter((e) => e.type !== 'date')
    .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
  if (!mentions.length) return;
  const timed = <T>(f: () => T): [T, number] => {
    const t0 = performance.now();
    const r = f();
    return [r, performance.now() - t0];
  };
  const [ours, oursMs] = timed(() => locateMentions(doc.body, article.text, mentions));
  const [peer, peerMs] = timed(() => naive(doc.body, article.text, mentions));
  rows.push({
    page: name,
    mentions: mentions.length,
    ours: [ours.length, rightParagraph(article.text, ours), oursMs],
    peer: [peer.length, rightParagraph(article.text, peer), peerMs],
  });
  void win.happyDOM.close();
}

for (const page of loadFixturePages()) {
  if ((page.expected as { isArticle?: boolean }).isArticle === false) continue;
  run(page.slug, page.html, `https://news.test${page.path}`);
}
const seed = readFileSync(join(import.meta.dirname, '../tests/fixtures/pages/seed-fox-putin-xi/source.html'), 'utf8');
const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(seed)?.[1] ?? '';
run(
  'seed ×20 (long page)',
  seed.replace(body, Array.from({ length: 20 }, () => body).join('\n')),
  'https://news.test/long/',
);

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
console.log(
  'page                          mentions | ours: found  right-paragraph  ms | peer (text search): found  right-paragraph  ms',
);
const total = { m: 0, o: 0, or: 0, p: 0, pr: 0 };
for (const r of rows) {
  total.m += r.mentions;
  total.o += r.ours[0];
  total.or += r.ours[1];
  total.p += r.peer[0];
  total.pr += r.peer[1];
  console.log(
    `${r.page.padEnd(30)}${String(r.mentions).padStart(8)} | ${pct(r.ours[0], r.mentions).padStart(11)} ${pct(r.ours[1], r.mentions).padStart(16)} ${r.ours[2].toFixed(1).padStart(5)} | ${pct(r.peer[0], r.mentions).padStart(25)} ${pct(r.peer[1], r.mentions).padStart(16)} ${r.peer[2].toFixed(1).padStart(5)}`,
  );
}
console.log(
  `${'all'.padEnd(30)}${String(total.m).padStart(8)} | ${pct(total.o, total.m).padStart(11)} ${pct(total.or, total.m).padStart(16)}       | ${pct(total.p, total.m).padStart(25)} ${pct(total.pr, total.m).padStart(16)}`,
);
