/** The benchmark's old-style copy: what it takes away from a modern page, and what it leaves. */
import { describe, expect, it } from 'vitest';
import { makeOldStyle } from '../../bench/old-style';
import { parseHtml } from '../../scripts/dom';

const MODERN = `<!DOCTYPE html><html><head><title>Mill road closes | Courier</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
<body><nav class="site-nav">Home</nav><main id="main-content"><article class="story-body big" itemscope itemtype="https://schema.org/NewsArticle">
<header><h1 class="headline" itemprop="headline">Mill road closes</h1><a rel="author" href="/jane">Jane Roe</a>
<time datetime="2008-03-04" pubdate>March 4, 2008</time></header><figure><img src="a.jpg"><figcaption>The bridge</figcaption></figure>
<p class="lead">The county board voted.</p></article><aside id="sidebar">More</aside></main></body></html>`;

const copy = (options = {}) => {
  const doc = parseHtml(MODERN, 'https://courier.example/2008/03/04/mill-road');
  makeOldStyle(doc, options);
  return doc;
};

describe('old-style copy', () => {
  it.each([
    ['HTML5 sectioning and semantic elements', 'article, main, header, nav, aside, figure, figcaption, time', 0],
    ['metadata', 'meta[property^="og:"], script[type*="ld+json"], [itemscope], [itemprop]', 0],
    ['attributes naming a story part', '[datetime], [pubdate], [rel~="author"]', 0],
    ['class and id names naming a story part', '.headline, .story-body, #main-content', 0],
    ['class names naming nothing', '.big, .site-nav', 2],
    ['paragraphs', 'p', 1],
    ['the layout table', 'body > table > tr > td, body > table > tbody > tr > td', 1],
  ])('%s (%s): %i left', (_, selector, left) => {
    expect(copy().querySelectorAll(selector).length).toBe(left);
  });

  it('keeps the text and prints the headline as a large bold <font>', () => {
    const doc = copy();
    expect(doc.querySelectorAll('h1').length).toBe(0);
    expect(doc.querySelector('font[size="5"] > b')?.textContent).toBe('Mill road closes');
    expect(doc.body.textContent).toContain('March 4, 2008');
    expect(doc.querySelector('span')?.textContent).toBe('March 4, 2008');
  });

  it.each([
    [{ fontHeadlines: false }, 'h1', 1],
    [{ brParagraphs: true }, 'p', 0],
    [{ brParagraphs: true }, 'br', 2],
    [{ layoutTable: false }, 'table', 0],
  ])('options %o: %s × %i', (options, selector, n) => {
    expect(copy(options).querySelectorAll(selector).length).toBe(n);
  });
});
