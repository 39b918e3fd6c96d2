import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import {
  compileSelector,
  hasFastSelectors,
  installFastSelectors,
  selectorsSeen,
  setFastSelectors,
} from '../../scripts/fast-selectors';
import { detectArticle } from '../../src/pipeline/detect';
import { extractArticle } from '../../src/pipeline/extract';

afterEach(() => setFastSelectors(true));

/** Runs `read` with linkedom's own engine and with the fast path, on the same document. */
function both<T>(read: () => T): { linkedom: T; fast: T } {
  setFastSelectors(false);
  const linkedom = read();
  setFastSelectors(true);
  return { linkedom, fast: read() };
}

function elementsOf(root: Document | Element): Element[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1);
  const out: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/** Every way the pipeline asks a selector, fast path against linkedom's answer, over a document's elements. */
function expectSameAnswers(doc: Document, selector: string, maxElements = 400): void {
  const all = both(() => [...doc.querySelectorAll(selector)]);
  expect(all.fast, selector).toEqual(all.linkedom);
  expect(all.fast.length === all.linkedom.length && all.fast.every((el, i) => el === all.linkedom[i]), selector).toBe(
    true,
  );
  expect(both(() => doc.querySelector(selector)).fast, selector).toBe(both(() => doc.querySelector(selector)).linkedom);
  const elements = elementsOf(doc).slice(0, maxElements);
  for (const el of elements) {
    const m = both(() => el.matches(selector));
    if (m.fast !== m.linkedom)
      expect(`${selector} matches ${el.outerHTML.slice(0, 80)}: ${m.fast}`).toBe(`... ${m.linkedom}`);
    const c = both(() => el.closest(selector));
    if (c.fast !== c.linkedom) expect(`${selector} closest from ${el.outerHTML.slice(0, 80)}`).toBe('the same element');
  }
  for (const root of elements.filter((el) => ['body', 'article', 'main', 'div'].includes(el.localName)).slice(0, 20)) {
    const under = both(() => [...root.querySelectorAll(selector)]);
    expect(under.fast.length, `${selector} under <${root.localName}>`).toBe(under.linkedom.length);
    expect(under.fast.every((el, i) => el === under.linkedom[i])).toBe(true);
  }
}

const PAGE = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta property="og:type" content="article"><meta http-equiv="Refresh" content="30">
<script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script type="text/javascript">var x = 1;</script>
<link rel="Canonical Author" href="/a"></head><body>
<header><nav class="menu top-Menu"><a href="/">Home</a><a>No link</a></nav></header>
<main><article id="story" class="story  main-story" data-price="" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline" class="headline">A headline</h1><p class="byline">By <a rel="author" href="/x">X</a></p>
<time datetime="2024-01-01">Jan 1</time><time pubdate>then</time><time>no date</time>
<div lang="en-US"><p>One</p><div><p>Two <span class="comment-count">3</span></p></div></div><br>
<h2><a href="/r">Related</a></h2><h3 class="TITLE">Caps</h3><a href="/w"><h3>Wrapped</h3></a>
<template><p class="byline">inside a template</p><h2>template heading</h2></template>
<form action="/s"><input type="PASSWORD" name="pw"><button>Add to cart</button></form>
<li><p>in a list</p></li><div><br><br></div>
</article><aside class="Related-links"><h2>More</h2></aside></main>
<footer><p class="comments">c</p></footer></body></html>`;

describe('fast selectors: the same answers as linkedom', () => {
  // Each row: a selector the fast path must answer itself (compiles), with linkedom's answer as the expectation.
  const supported = [
    'p',
    'P',
    'h1, h2, h3',
    'article, h1, h2, h3',
    '*',
    'input, button, form[action]',
    '[itemprop], [itemtype], [data-price], [rel~="author" i], time[datetime], time[pubdate]',
    'script[type="application/ld+json"]',
    'script[type="application/ld+json" i]',
    'meta[http-equiv="refresh"]',
    'link[rel="canonical" i]',
    'link[rel~="canonical"]',
    'link[rel~="Author"]',
    '[class*="byline"], [class*="Byline"]',
    '[class*="comment" i]',
    '[class*="COMMENT" i]',
    '[class*="comment" s]',
    '[class~="story"]',
    '[class~="Story"]',
    '[class~="main story"]',
    '[class~=""]',
    '[class*=""]',
    '[class^="sto"]',
    '[class^="STO" i]',
    '[class$="story"]',
    '[class$="STORY" i]',
    '[class^=""]',
    '[lang|="en"]',
    '[lang|="EN"]',
    '[data-price=""]',
    '[data-price]',
    '.story',
    '.Story',
    '#story',
    'article#story.main-story',
    'article h1, main h1',
    'article p',
    'main article h3',
    'div > br',
    'article > time',
    'li p',
    'nav, footer, aside, [class*="comment" i], [class*="related" i], [class*="menu" i]',
    '[DATA-PRICE]',
    '[ItemProp], TIME[DateTime]',
    'a[href]',
    'h3[class*="title"]',
    'h3[class*="title" i]',
    '[aria-hidden="true"], [hidden], [style]',
    'time',
  ];
  it.each(supported)('%s', (selector) => {
    expect(compileSelector(selector), `${selector} takes the fast path`).not.toBeNull();
    expectSameAnswers(parseHtml(PAGE, 'https://example.com/a'), selector);
  });

  // Rows the fast path hands back: linkedom answers them, through the patched methods.
  const handedBack = ['p:first-child', 'h2 + p', 'h2 ~ p', 'p:not(.byline)', '[class!="x"]', 'p:empty', 'a:is(h3 a)'];
  it.each(handedBack)('%s goes to linkedom', (selector) => {
    expect(compileSelector(selector)).toBeNull();
    expectSameAnswers(parseHtml(PAGE, 'https://example.com/a'), selector);
  });

  it("a malformed selector raises linkedom's error", () => {
    const doc = parseHtml(PAGE, 'https://example.com/a');
    expect(() => doc.querySelectorAll('[')).toThrow();
    expect(() => doc.body.closest('a[')).toThrow();
  });

  it("a <template>'s content is not searched, as in linkedom and browsers", () => {
    const doc = parseHtml(PAGE, 'https://example.com/a');
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Related', 'More']);
  });

  it('a document with several top-level elements (markup without <html>) is searched whole', () => {
    const doc = new DOMParser().parseFromString(
      '<p class="a">one</p><div><p>two</p></div><p>three</p>',
      'text/html',
    ) as unknown as Document;
    installFastSelectors(doc);
    expect(doc.children.length).toBeGreaterThan(1);
    const found = both(() => [...doc.querySelectorAll('p')].map((p) => p.textContent));
    expect(found.fast).toEqual(['one', 'two', 'three']);
    expect(found.fast).toEqual(found.linkedom);
  });

  it('answers for the document as it is now, after changes', () => {
    const doc = parseHtml(PAGE, 'https://example.com/a');
    expect(doc.querySelectorAll('[data-x]').length).toBe(0);
    const p = doc.querySelector('article p')!;
    p.setAttribute('data-x', '1');
    const added = doc.createElement('p');
    added.setAttribute('data-x', '2');
    doc.body.appendChild(added);
    expect([...doc.querySelectorAll('[data-x]')].map((el) => el.getAttribute('data-x'))).toEqual(['1', '2']);
    p.remove();
    expect(added.matches('body > p[data-x="2"]')).toBe(true);
    expectSameAnswers(doc, '[data-x], p');
  });

  it('the Node DOM (scripts/dom.ts) has it', () => {
    expect(hasFastSelectors(parseHtml(PAGE, 'https://example.com/a'))).toBe(true);
  });

  it('installing twice wraps each method once', () => {
    const doc = parseHtml(PAGE, 'https://example.com/a');
    const before = Object.getPrototypeOf(doc).querySelectorAll;
    installFastSelectors(doc);
    installFastSelectors(parseHtml('<html><p>x</p></html>', 'https://example.com/'));
    expect(Object.getPrototypeOf(doc).querySelectorAll).toBe(before);
  });
});

describe('fast selectors: every query the pipeline makes on the fixture pages', () => {
  const root = join(__dirname, '../fixtures/pages');
  const slugs = readdirSync(root);
  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(root, slug, 'source.html'), 'utf8');
    const url = `https://example.com/${slug}`;
    const doc = parseHtml(html, url);
    selectorsSeen({ reset: true });
    // Same verdict and article either way, and then the same answer to every selector the pipeline asked.
    const run = both(() => JSON.stringify([detectArticle(doc, url), extractArticle(doc, url)]));
    expect(run.fast).toBe(run.linkedom);
    const asked = selectorsSeen({ reset: true });
    expect(asked.length).toBeGreaterThan(5);
    for (const selector of asked) expectSameAnswers(doc, selector, 120);
  });
});
