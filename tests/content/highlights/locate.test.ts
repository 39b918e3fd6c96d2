// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleEndWatch, locateMentions } from '../../../src/content/highlights/locate';
import { extractArticle } from '../../../src/pipeline/extract';
import { recognize } from '../../../src/pipeline/recognize';

const strip = (s: string) => s.replace(/\s+/g, '');

// The window's own document: happy-dom's Range collapses boundaries set in a second document.
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('locateMentions', () => {
  const html = `<nav>Putin Xi</nav><article><h1>Summit</h1>
    <p>Russian President <a href="/p">Vladimir
      Putin</a> met   Xi <b>Jin</b>ping.</p>
    <script>var Putin = 1;</script>
    <p>Xi<br>said <span hidden>Putin</span>little.</p></article>`;
  const text = 'Russian President Vladimir Putin met Xi Jinping.\n\nXi said little.';
  const at = (s: string, from = 0) => text.indexOf(s, from);

  it('maps offsets in the article text to ranges over the page text nodes, across tags and whitespace', () => {
    const doc = page(html);
    const before = doc.body.innerHTML;
    const refs = [
      { start: at('Vladimir Putin'), end: at('Vladimir Putin') + 14, entity: 0 },
      { start: at('Xi Jinping'), end: at('Xi Jinping') + 10, entity: 1 },
      { start: at('Xi said'), end: at('Xi said') + 2, entity: 1 },
    ];
    const found = locateMentions(doc.body, text, refs);
    expect(found.map((f) => strip(f.range.toString()))).toEqual(['VladimirPutin', 'XiJinping', 'Xi']);
    // The first "Putin" in <nav> is not the article's: the range starts inside the paragraph's link.
    expect(found[0]!.range.startContainer.parentElement?.tagName).toBe('A');
    expect(found[1]!.range.endContainer.nodeValue).toBe('ping.');
    expect(doc.body.innerHTML).toBe(before);
  });

  it.each([
    ['a mention across two paragraphs', { start: at('little') - 20, end: at('little') }],
    ['an empty span', { start: 5, end: 5 }],
    ['offsets past the text', { start: text.length + 2, end: text.length + 9 }],
  ])('drops %s', (_label, span) => {
    expect(locateMentions(page(html).body, text, [{ ...span, entity: 0 }])).toHaveLength(0);
  });

  it('finds nothing when the article text is not the page (another page, rewritten text)', () => {
    expect(
      locateMentions(page(html).body, 'Vladimir President Russian met.', [{ start: 0, end: 8, entity: 0 }]),
    ).toHaveLength(0);
  });

  it('skips paragraphs the page no longer has, keeping the rest', () => {
    const doc = page(html);
    const extra = `A paragraph that is not on the page.\n\n${text}`;
    const start = extra.indexOf('Xi said');
    const found = locateMentions(doc.body, extra, [
      { start: 2, end: 11, entity: 0 },
      { start, end: start + 2, entity: 1 },
    ]);
    expect(found.map((f) => f.entity)).toEqual([1]);
  });

  it('finds nearly every recognized mention of the seed article in its page', () => {
    const dir = join(import.meta.dirname, '../../fixtures/pages/seed-fox-putin-xi');
    const parsed = new DOMParser().parseFromString(readFileSync(join(dir, 'source.html'), 'utf8'), 'text/html');
    document.head.innerHTML = parsed.head.innerHTML;
    const doc = page(parsed.body.innerHTML);
    const article = extractArticle(doc, 'https://www.foxnews.com/world/putin-xi-meet-next-week')!;
    const { entities } = recognize(article.text, { title: article.title, publishedAt: article.publishedAt });
    const refs = entities
      .filter((e) => e.type !== 'date')
      .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    expect(refs.length).toBeGreaterThan(20);
    const found = locateMentions(doc.body, article.text, refs);
    expect(found.length / refs.length).toBeGreaterThanOrEqual(0.95);
    for (const f of found) expect(strip(f.range.toString())).toBe(strip(article.text.slice(f.start, f.end)));
  });
});

describe('articleEndWatch: when the rest of the page need not be read', () => {
  it.each([
    ['first, then last, in one segment', ['aaFIRSTbbLASTcc'], true],
    ['first and last split across segments', ['xxFIR', 'STyyLA', 'STzz'], true],
    ['last before first (a teaser): keep reading', ['LASTxxFIRST', 'yy'], false],
    ['last before first, then last again after it', ['LASTxxFIRST', 'yyLAST'], true],
    ['only the first', ['FIRST', 'more', 'more'], false],
    ['neither', ['nothing', 'here'], false],
  ])('%s', (_l, segments, done) => {
    const read = articleEndWatch('FIRST', 'LAST');
    expect(segments.map((seg) => read(seg)).some(Boolean)).toBe(done);
  });

  it('a one-paragraph article is read once its paragraph was seen', () => {
    const read = articleEndWatch('ONLY', 'ONLY');
    expect([read('xxON'), read('LYyy')]).toEqual([false, true]);
  });
});

describe('locateMentions on a page with a long comment section after the article', () => {
  it('still finds every mention when it stops reading after the article', () => {
    const comments = Array.from({ length: 300 }, (_, i) => `<li>Putin comment ${i}</li>`).join('');
    const doc = page(`<article><p>Putin met Xi.</p><p>Then Putin left.</p></article><ol>${comments}</ol>`);
    const text = 'Putin met Xi.\n\nThen Putin left.';
    const refs = [
      { start: 0, end: 5, entity: 0 },
      { start: text.indexOf('Putin left'), end: text.indexOf('Putin left') + 5, entity: 0 },
    ];
    const found = locateMentions(doc.body, text, refs, { yieldEvery: 2 });
    expect(found.map((m) => m.range.toString())).toEqual(['Putin', 'Putin']);
    expect(found.map((m) => m.range.startContainer.parentElement!.tagName)).toEqual(['P', 'P']);
  });
});
