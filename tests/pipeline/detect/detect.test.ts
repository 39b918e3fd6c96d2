// @vitest-environment happy-dom
/** Detection, one signal at a time: tables of pages or URLs that must and must not raise each signal. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DETECT_OPTIONS,
  DEFAULT_WEIGHTS,
  detectArticle,
  openPoints,
  scoreSignals,
} from '../../../src/pipeline/detect/detect';
import { proseLength } from '../../../src/pipeline/page/prose';
import { emptySignals, readSignals, type PageSignals } from '../../../src/pipeline/detect/signals';
import { urlShape } from '../../../src/pipeline/detect/url-shape';

const doc = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const prose = (
  n: number,
  words = 'The council voted on Tuesday to approve the plan, which had been debated for years.',
) => Array.from({ length: n }, () => `<p>${words} ${words}</p>`).join('');

describe('url shape', () => {
  it.each([
    ['https://www.cnn.com/2019/05/03/asia/elderly-couple-meth-haul/index.html', 'dated', true],
    ['https://www.example.com/news/20230314-tram-line-approved', 'dated', true],
    ['https://www.example.com/world', 'dated', false],
    ['https://www.example.com/entertainment/2014-12/zenon-and-other-films-we-miss', 'dated', true],
    ['http://arabic.example.com/2013/middle_east/8/3/syria.clashes/index.html', 'dated', true],
    ['https://www.example.com/archive/2014-12/', 'dated', false],
    ['https://www.example.com/archive/2014-13/not-a-month', 'dated', false],
    ['https://www.example.com/sport/2014-2015/season-review', 'dated', false],
    ['https://www.example.com/2013/middle_east/8/3/', 'dated', false],
    ['https://www.example.com/2013/world/report/3/summary', 'dated', false],
    ['https://www.example.com/2013/world/8/40/summary', 'dated', false],
    ['https://www.example.com/world/putin-xi-meet-next-week-first-talks', 'slug', true],
    ['https://www.example.com/world/', 'slug', false],
    ['https://abcnews.go.com/Politics/story?id=63254875', 'storyId', true],
    ['https://japan.cnet.com/article/35135610/', 'storyId', true],
    ['https://www.example.com/about', 'storyId', false],
    ['https://www.example.com/', 'sectionRoot', true],
    ['https://blog.example.com/?p=482', 'sectionRoot', false],
    ['https://www.example.com/?utm_source=newsletter&utm_campaign=spring-2024-weekly', 'sectionRoot', true],
    ['https://www.example.com/world', 'sectionRoot', true],
    ['https://www.example.com/news/politics/', 'sectionRoot', true],
    ['https://www.asahi.com/articles/ASM2Q5HKNM2QUCVL02D.html', 'sectionRoot', false],
    ['https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers', 'sectionRoot', false],
    ['https://www.example.com/world/putin-xi-meet-next-week', 'sectionRoot', false],
    ['https://www.foxnews.com/tech.html', 'sectionRoot', true],
    ['file:///tmp/page.html', 'sectionRoot', false],
  ] as const)('%s → %s = %s', (url, key, value) => {
    expect(urlShape(url)[key]).toBe(value);
  });

  it.each([
    ['https://www.cbsnews.com/video/using-our-data-to-become-more-human/', 'video'],
    ['https://www.example.com/gallery/2023/may/22/chelsea-in-pictures', 'gallery'],
    ['https://www.example.com/live/2024/nov/05/election-night', 'live'],
    ['https://www.example.com/search?q=climate', 'search'],
    ['https://www.example.com/tag/wildfire', 'tag'],
    ['https://www.example.com/account/login', 'account'],
    ['https://www.example.com/world/video-game-sales-rise-again', null],
    ['https://www.example.com/news/live-music-venues-close', null],
  ] as const)('%s names a non-article kind: %s', (url, kind) => {
    expect(urlShape(url).nonArticleKind).toBe(kind);
  });

  it.each([
    ['https://www.amazon.com/dp/B07FW264WL', true],
    ['https://shop.example.com/products/trailblazer-28l', true],
    ['https://www.example.com/item/12345', true],
    ['https://www.example.com/technology/new-phone-review', false],
    // Query keys, read as URLSearchParams reads them: a key alone or with a value, never a "?pid=" inside a value.
    ['https://shop.example.com/view?sku=A-1234', true],
    ['https://shop.example.com/view?color=red&pid', true],
    ['https://www.example.com/photo/regist?purl=https://www.example.com/articles/3178894?pid=0', false],
    ['https://www.example.com/news/story?spid=12', false],
    ['https://www.amazon.com/Some-Book-Title/B07FW264WL/ref=x', true],
    ['https://www.example.com/B07FW264WL-is-lower/b07fw264wl', false],
    ['https://www.amazon.com/gp/product/B07FW264WL', true],
  ] as const)('%s is a product URL: %s', (url, product) => {
    expect(urlShape(url).product).toBe(product);
  });

  it.each([
    ['https://en.wikipedia.org/wiki/Mozilla', 'reference'],
    ['https://github.com/mozilla/readability', 'code'],
    ['https://www.reddit.com/r/news/comments/abc/some_title/', 'forum'],
    ['https://www.youtube.com/watch?v=x', 'video'],
    ['https://www.linkedin.com/in/someone', 'social'],
    ['https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook', null],
    ['https://www.wikipediafan.com/wiki/x', null],
    ['https://www.theguardian.com/world/2022/jun/28/dutch-farmers', null],
  ] as const)('%s is on a site that is not news: %s', (url, kind) => {
    expect(urlShape(url).siteKind).toBe(kind);
  });

  it('never throws on a malformed URL', () => {
    expect(urlShape('not a url').http).toBe(false);
    expect(urlShape('').sectionRoot).toBe(false);
  });
});

describe('page signals', () => {
  it.each([
    ['NewsArticle at top level', ld('{"@type":"NewsArticle","headline":"x"}'), 'NewsArticle', true],
    [
      'ReportageNewsArticle inside @graph',
      ld('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"ReportageNewsArticle"}]}'),
      'ReportageNewsArticle',
      true,
    ],
    [
      'AnalysisNewsArticle in a top-level array',
      ld('[{"@type":"BreadcrumbList"},{"@type":"AnalysisNewsArticle"}]'),
      'AnalysisNewsArticle',
      true,
    ],
    ['BlogPosting with a full type URL', ld('{"@type":"https://schema.org/BlogPosting"}'), 'BlogPosting', false],
    ['a type list', ld('{"@type":["Article","CreativeWork"]}'), 'Article', false],
    ['WebPage only', ld('{"@type":"WebPage"}'), null, false],
    ['broken JSON', ld('{"@type":"NewsArticle",'), null, false],
    ['no JSON-LD', '', null, false],
  ])('JSON-LD: %s', (_, head, type, news) => {
    const s = readSignals(doc(head), 'https://example.com/a');
    expect(s.ldArticle).toBe(type);
    expect(s.ldNews).toBe(news);
  });

  it.each([
    ['Product', ld('{"@type":"Product","offers":{"@type":"Offer"}}'), 'Product'],
    ['VideoObject', ld('{"@type":"VideoObject"}'), 'VideoObject'],
    ['LiveBlogPosting', ld('{"@type":"LiveBlogPosting"}'), 'LiveBlogPosting'],
    ['an article', ld('{"@type":"NewsArticle"}'), null],
  ])('JSON-LD other type: %s', (_, head, other) => {
    expect(readSignals(doc(head), 'https://example.com/a').ldOther).toBe(other);
  });

  it.each([
    ['<meta property="og:type" content="article">', 'article'],
    ['<meta property="og:type" content="VIDEO.other">', 'video.other'],
    ['<meta property="og:type" value="article">', 'article'],
    ['<meta name="description" content="article">', ''],
  ])('Open Graph type from %s', (head, type) => {
    expect(readSignals(doc(head), 'https://example.com/a').ogType).toBe(type);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2023-01-01T10:00:00Z">', '', true],
    ['<time datetime>', '', '<time datetime="2023-01-01">1 Jan</time>', true],
    ['itemprop=datePublished', '', '<span itemprop="datePublished" content="2023-01-01">1 Jan</span>', true],
    ['a bare <time>', '', '<time>yesterday</time>', false],
    ['nothing', '', '<p>text</p>', false],
  ])('date: %s', (_, head, body, expected) => {
    expect(readSignals(doc(head, body), 'https://example.com/a').metaDate).toBe(expected);
  });

  it.each([
    ['meta author', '<meta name="author" content="Jane Doe">', '', true],
    ['.byline', '', '<div class="byline">By Jane Doe</div>', true],
    ['rel=author', '', '<a rel="author" href="/jane">Jane</a>', true],
    ['itemprop=author', '', '<span itemprop="author">Jane</span>', true],
    ['none', '', '<div class="author-box-wrapper"></div>', false],
  ])('byline: %s', (_, head, body, expected) => {
    expect(readSignals(doc(head, body), 'https://example.com/a').byline).toBe(expected);
  });

  it('measures prose in one block versus scattered teasers', () => {
    const together = readSignals(doc('', `<div>${prose(6)}</div>`), 'https://example.com/a');
    const scattered = readSignals(
      // A teaser is a headline and its blurb (a paragraph alone in a wrapper is a story's, grouped with its neighbours).
      doc(
        '',
        Array.from({ length: 6 }, (_, i) => `<div><h3><a href="/s${i}">Story ${i}</a></h3>${prose(1)}</div>`).join(''),
      ),
      'https://example.com/a',
    );
    expect(together.bodyChars).toBe(scattered.bodyChars);
    expect(together.densestBlock).toBe(together.bodyChars);
    expect(scattered.densestBlock).toBeLessThan(scattered.bodyChars / 4);
  });

  it.each([
    [
      'an ad loader',
      '(function(w, d) { w.ads = w.ads || []; w.ads.push({ id: 1, slot: "top" }); })(window, document);',
      0,
    ],
    ['inline style', '.story { margin: 0; padding: 0 } .story p { font-size: 18px; line-height: 1.5; color: #222 }', 0],
    [
      'a sentence with one brace',
      'The council voted {unanimously} on Tuesday to approve the plan; it had been debated for years.',
      1,
    ],
    ['prose', 'The council voted on Tuesday to approve the plan, which had been debated for many years.', 1],
  ])('script text in a <p> is not prose: %s', (_, text, paragraphs) => {
    expect(readSignals(doc('', `<div><p>${text}</p></div>`), 'https://example.com/a').longParagraphs).toBe(paragraphs);
  });

  it('counts headline links, <article> elements, h1, price, password, refresh and microdata', () => {
    const s = readSignals(
      doc(
        '<meta http-equiv="refresh" content="300">',
        '<h1>A</h1><article><h2><a href="/a">A story</a></h2></article><article><h3><a href="/b">B</a></h3></article>' +
          '<div itemscope itemtype="https://schema.org/NewsArticle"></div><span itemprop="price">$3</span><input type="password">',
      ),
      'https://example.com/a',
    );
    expect(s).toMatchObject({
      headlineLinks: 2,
      articleElements: 2,
      h1: 1,
      price: true,
      password: true,
      refresh: true,
      microdataArticle: true,
    });
    const none = readSignals(doc('', '<h2>Plain heading</h2><p>text</p>'), 'https://example.com/a');
    expect(none).toMatchObject({
      headlineLinks: 0,
      articleElements: 0,
      h1: 0,
      price: false,
      password: false,
      refresh: false,
      microdataArticle: false,
    });
  });

  it.each([
    ['a link inside', '<h2><a href="/a">A story</a></h2>', 1],
    ['inside a link', '<a href="/a"><div><h3>A story</h3></div></a>', 1],
    ['a link without an address', '<h2><a name="top">A story</a></h2>', 0],
    ['inside an anchor without an address', '<a name="x"><h3>A story</h3></a>', 0],
    ['a heading level that does not count', '<h4><a href="/a">A story</a></h4>', 0],
  ])('headline links: %s', (_name, body, n) => {
    expect(readSignals(doc('', body), 'https://example.com/a').headlineLinks).toBe(n);
  });

  it.each([
    ['a form with an action to a cart', '<form action="/cart/add"><input name="qty"></form>', true],
    ['a cart button', '<button>Add to cart</button>', true],
    ['a form without an action, cart in no attribute', '<form><input name="q"></form>', false],
    ['a cart-like class on an element that is no control', '<div class="add-to-cart">x</div>', false],
    ['a quantity picker', '<select name="quantity"><option>1</option></select>', true],
    ['a quantity field by its class', '<input type="number" class="form-control quantityInput" value="1">', true],
    ['a field named qty', '<input name="qty" value="1">', true],
    ['a newsletter sign-up', '<form><input type="email" name="email"><button>Sign up</button></form>', false],
    ['a search box', '<form><input name="query" type="search"><select name="section"></select></form>', false],
    ['a word merely containing qty', '<input name="qtyx" class="liquidity">', false],
  ])('price or cart from form controls: %s', (_name, body, price) => {
    expect(readSignals(doc('', body), 'https://example.com/a').price).toBe(price);
  });

  it.each([
    ['five labelled prices', '<span class="price">9</span><s class="old-price">12</s>'.repeat(3), 6],
    ['camel-cased labels', '<b class="productPrice">9</b><i class="unitPrice">1</i>', 2],
    ['no price label', '<span class="prize-draw">x</span><span class="PRICE">x</span>', 0],
  ])('price labels in class names: %s', (_name, body, n) => {
    expect(readSignals(doc('', body), 'https://example.com/a').priceLabels).toBe(n);
  });

  it('reads JSON-LD and no other script', () => {
    const s = readSignals(
      doc(
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="application/json">{"@type":"Product"}</script>',
      ),
      'https://example.com/a',
    );
    expect(s.ldArticle).toBe('NewsArticle');
    expect(s.ldOther).toBeNull();
  });

  it('stops reading headings and controls past its element budget, and says so', () => {
    const many = '<h2><a href="/a">x</a></h2>'.repeat(30) + '<input type="password">'.repeat(5);
    const s = readSignals(doc('', many), 'https://example.com/a', { maxElements: 10 });
    expect(s.truncated).toBe(true);
    expect(s.headlineLinks).toBe(10);
    expect(s.password).toBe(true);
  });

  it.each([
    ['<title>Night buses return to six routes | Metro</title>', '<h1>Night buses return to six routes</h1>', true],
    [
      '<title>メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル</title>',
      '<h1>メディア芸術祭賞、「チコちゃんに叱られる！」が受賞</h1>',
      true,
    ],
    ['<title>World News | Latest International News | Fox News</title>', '<h1>World</h1>', false],
    ['<title>Metro Daily | Home</title>', '<h1>Night buses return to six routes</h1>', false],
    ['<title>Night buses return</title>', '', false],
  ])('headline in title: %s / %s', (head, body, expected) => {
    expect(readSignals(doc(head, body), 'https://example.com/a').headlineEcho).toBe(expected);
  });

  it('weighs CJK characters as more text than Latin ones', () => {
    expect(proseLength('東京都は火曜日に新しい計画を発表した')).toBeGreaterThan(
      '東京都は火曜日に新しい計画を発表した'.length * 2,
    );
    expect(proseLength('The plan was announced on Tuesday')).toBe('The plan was announced on Tuesday'.length);
  });
});

describe('scoring', () => {
  const base: PageSignals = { ...emptySignals(), url: urlShape('https://example.com/a') };
  const article: PageSignals = {
    ...base,
    ldArticle: 'NewsArticle',
    ldNews: true,
    ogType: 'article',
    metaDate: true,
    byline: true,
    bodyChars: 3000,
    longParagraphs: 10,
    densestBlock: 2800,
    h1: 1,
    articleElements: 1,
    url: urlShape('https://example.com/2023/01/02/council-approves-the-plan'),
  };

  it('an article with every signal is an article, and says why', () => {
    const d = scoreSignals(article);
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toEqual(expect.arrayContaining(['+6 jsonld:NewsArticle', '+11 og:article', '+19 url:dated']));
    expect(d.score).toBe(d.reasons.reduce((sum, r) => sum + Number(r.split(' ')[0]), 0));
  });

  it.each([
    [
      'a product',
      {
        ldOther: 'Product',
        price: true,
        ogType: 'product',
        ldArticle: null,
        ldNews: false,
        metaDate: false,
        byline: false,
        url: urlShape('https://shop.example.com/products/trailblazer-28l-backpack'),
      },
    ],
    [
      'a video page',
      {
        ldOther: 'VideoObject',
        ogType: 'video.other',
        ldArticle: null,
        ldNews: false,
        bodyChars: 200,
        densestBlock: 200,
        url: urlShape('https://example.com/video/123456'),
      },
    ],
    [
      'a section front',
      {
        ldArticle: null,
        ldNews: false,
        ogType: 'website',
        bodyChars: 300,
        densestBlock: 120,
        headlineLinks: 40,
        articleElements: 30,
        url: urlShape('https://example.com/world'),
      },
    ],
    [
      'a live blog',
      {
        ldArticle: null,
        ldNews: false,
        ldOther: 'LiveBlogPosting',
        articleElements: 12,
        densestBlock: 400,
        url: urlShape('https://example.com/live/2024/nov/05/election'),
      },
    ],
  ])('%s is not an article even with some article signals', (_, overrides) => {
    expect(scoreSignals({ ...article, ...overrides } as PageSignals).isArticle).toBe(false);
  });

  it.each([
    ['a headline, a date line, one block of prose', { headlineLeads: true, textDate: true }, true],
    ['a headline, a byline line, one block of prose', { headlineLeads: true, textByline: true }, true],
    ['a headline and a wire dateline', { headlineLeads: true, dateline: true }, true],
    [
      'a headline and a date line, the prose scattered',
      { headlineLeads: true, textDate: true, densestBlock: 300 },
      false,
    ],
    ['a date line with no headline leading', { textDate: true, textByline: true }, false],
    ['a headline leading bare prose', { headlineLeads: true }, false],
  ])('story header: %s', (_, overrides, expected) => {
    const s = { ...emptySignals(), bodyChars: 900, densestBlock: 900, ...overrides };
    expect(scoreSignals(s).reasons.includes(`+${DEFAULT_WEIGHTS.storyHeader} story-header`)).toBe(expected);
  });

  it.each([
    ['five price labels', { priceLabels: 5 }, 'price-labels'],
    ['a price box or two in a story', { priceLabels: 2 }, null],
    ['a cart and labels', { price: true, priceLabels: 9 }, 'price-or-cart'],
  ])('price labels count as a price: %s', (_, overrides, reason) => {
    const d = scoreSignals({ ...emptySignals(), ...overrides });
    const fired = d.reasons.filter((r) => r.startsWith(`${DEFAULT_WEIGHTS.price} price`));
    expect(fired).toEqual(reason ? [`${DEFAULT_WEIGHTS.price} ${reason}`] : []);
  });

  it('the threshold is an option', () => {
    const d = scoreSignals(article);
    expect(scoreSignals(article, { ...DEFAULT_DETECT_OPTIONS, minScore: d.score + 1 }).isArticle).toBe(false);
    expect(detectArticle(doc(''), 'https://example.com/', { minScore: -1000 }).isArticle).toBe(true);
  });

  it('a page with no signals at all is not an article', () => {
    expect(scoreSignals(base).isArticle).toBe(false);
  });
});

describe('hostile pages', () => {
  it('never throws: no <body>, no <html>, broken JSON-LD, __proto__ keys, lying meta', () => {
    const pages = [
      '',
      '<title>only a title</title>',
      '<html><head><script type="application/ld+json">{"@type":</script></head></html>',
      '<script type="application/ld+json">{"__proto__":{"@type":"NewsArticle"},"@graph":{"@graph":{"@graph":[null,1,"x"]}}}</script>',
      '<meta property="og:type" content="article"><meta property="article:published_time" content="not a date"><p>hi',
      '<div><p><span><a><b>unclosed',
    ];
    for (const html of pages) {
      const page = new DOMParser().parseFromString(html, 'text/html');
      const d = detectArticle(page, 'https://example.com/x');
      expect(d.isArticle).toBe(false);
      expect(Array.isArray(d.reasons)).toBe(true);
    }
  });

  it('does not trust a __proto__ key in JSON-LD', () => {
    const d = readSignals(doc(ld('{"__proto__":{"@type":"NewsArticle"}}')), 'https://example.com/a');
    expect(d.ldArticle).toBeNull();
    expect(({} as Record<string, unknown>)['@type']).toBeUndefined();
  });

  it('reads a bounded number of paragraphs on a huge page', () => {
    const body = `<p>${'word '.repeat(30)}</p>`;
    const page = doc('', body.repeat(2_000));
    const s = readSignals(page, 'https://example.com/a', { maxParagraphs: 50 });
    expect(s.longParagraphs).toBe(50);
    expect(s.truncated).toBe(true);
    expect(detectArticle(page, 'https://example.com/a', { maxParagraphs: 50 }).reasons).toContain(
      'note:budget-reached',
    );
    expect(readSignals(doc('', body), 'https://example.com/a').truncated).toBe(false);
  });
});

describe('stopping once the verdict is certain', () => {
  const strong = doc(
    ld('{"@type":"NewsArticle","datePublished":"2023-01-02"}') +
      '<meta property="og:type" content="article"><meta name="author" content="Jane Doe"><title>Council approves the new tram line | Ledger</title>',
    `<h1>Council approves the new tram line</h1><article>${prose(8)}</article>`,
  );
  const front = doc(
    '<meta property="og:type" content="website"><title>Ledger | Home</title>',
    Array.from(
      { length: 30 },
      (_, i) => `<h2><a href="/story-${i}">Story number ${i} of the day</a></h2><p>A teaser.</p>`,
    ).join(''),
  );
  const strongUrl = 'https://ledger.test/2023/01/02/council-approves-the-new-tram-line';

  it('nothing read scores nothing, so unread groups add no points', () => {
    expect(scoreSignals(emptySignals())).toEqual({ isArticle: false, score: 0, reasons: [] });
  });

  it('stops early on a strong article, says what it left unread, and keeps the verdict', () => {
    const lazy = detectArticle(strong, strongUrl, { stopWhenCertain: true });
    const full = detectArticle(strong, strongUrl);
    expect(lazy.isArticle).toBe(true);
    expect(full.isArticle).toBe(true);
    expect(lazy.reasons.at(-1)).toMatch(/^note:verdict-certain, not read: .*paragraphs$/);
    expect(lazy.reasons).not.toContain('+5 body-text');
    expect(full.reasons).toContain('+5 body-text');
    // The reasons it gives are the full evaluation's, and its score is their sum.
    for (const r of lazy.reasons.slice(0, -1)) expect(full.reasons).toContain(r);
    expect(lazy.score).toBe(lazy.reasons.slice(0, -1).reduce((sum, r) => sum + Number(r.split(' ')[0]), 0));
    expect(lazy.score).toBeLessThanOrEqual(full.score);
  });

  it('reads everything on a page whose verdict stays open until the end', () => {
    const borderline = doc('<title>Notes</title>', `<div>${prose(3)}</div>`);
    const lazy = detectArticle(borderline, 'https://example.com/notes/some-thoughts-on-trams-today', {
      stopWhenCertain: true,
    });
    expect(lazy).toEqual(detectArticle(borderline, 'https://example.com/notes/some-thoughts-on-trams-today'));
    expect(lazy.reasons.some((r) => r.startsWith('note:verdict-certain'))).toBe(false);
  });

  it.each([
    ['a strong article', strong, strongUrl, true],
    ['a front page', front, 'https://ledger.test/', false],
    [
      'a product page',
      doc(
        `${ld('{"@type":"Product"}')}<meta property="og:type" content="product">`,
        '<button>Add to cart</button><span itemprop="price">3</span>',
      ),
      'https://shop.test/products/tram-model-kit',
      false,
    ],
    [
      'an article without metadata',
      doc(
        '<title>Council approves the new tram line</title>',
        `<h1>Council approves the new tram line</h1><div>${prose(10)}</div>`,
      ),
      'https://ledger.test/news/council-approves-the-new-tram-line',
      true,
    ],
  ])('%s: the same verdict either way', (_, page, url, expected) => {
    expect(detectArticle(page, url, { stopWhenCertain: true }).isArticle).toBe(expected);
    expect(detectArticle(page, url).isArticle).toBe(expected);
  });

  it("gives the full evaluation's verdict on generated pages mixing every signal", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const heads = [
      '',
      ld('{"@type":"NewsArticle","datePublished":"2023-01-02"}'),
      ld('{"@type":"Product"}'),
      ld('{"@type":"CollectionPage"}'),
      '<meta property="og:type" content="article">',
      '<meta property="og:type" content="website">',
      '<meta name="author" content="A B">',
      '<meta property="article:published_time" content="2023-01-02">',
      '<meta http-equiv="refresh" content="60">',
    ];
    const bodies = [
      '',
      prose(1),
      `<div>${prose(6)}</div>`,
      `<div>${prose(12)}</div>`,
      '<h1>Council approves the new tram line today</h1>',
      '<article>x</article>',
      '<article>x</article><article>y</article>',
      '<input type="password">',
      '<button>Add to cart</button>',
      '<span itemprop="price">3</span>',
      '<div itemscope itemtype="https://schema.org/NewsArticle"></div>',
      '<time datetime="2023-01-02">x</time>',
      '<div class="byline">By A B</div>',
      '<a rel="author" href="/a">A</a>',
      Array.from({ length: 12 }, (_, i) => `<h2><a href="/s${i}">Story ${i}</a></h2>`).join(''),
      Array.from({ length: 30 }, (_, i) => `<h3><a href="/t${i}">Teaser ${i}</a></h3>`).join(''),
    ];
    const urls = [
      'https://ledger.test/',
      'https://ledger.test/world',
      'https://ledger.test/2023/01/02/council-approves-the-new-tram-line',
      'https://ledger.test/news/council-approves-the-new-tram-line',
      'https://ledger.test/video/123456',
      'https://shop.test/products/kit-1',
    ];
    let early = 0;
    let articles = 0;
    for (let n = 0; n < 300; n++) {
      const head =
        Array.from({ length: Math.floor(rnd() * 4) }, () => pick(heads)).join('') +
        '<title>Council approves the new tram line today | Ledger</title>';
      const body = Array.from({ length: Math.floor(rnd() * 6) }, () => pick(bodies)).join('');
      const page = doc(head, body);
      const url = pick(urls);
      const full = detectArticle(page, url);
      const lazy = detectArticle(page, url, { stopWhenCertain: true });
      expect(lazy.isArticle, `${url}\n${head}\n${body}`).toBe(full.isArticle);
      if (lazy.reasons.at(-1)?.startsWith('note:verdict-certain')) early++;
      if (full.isArticle) articles++;
    }
    // The generated pages cover both verdicts and both ways of reaching them.
    expect(early).toBeGreaterThan(30);
    expect(early).toBeLessThan(300);
    expect(articles).toBeGreaterThan(30);
    expect(articles).toBeLessThan(270);
  });

  it('bounds what unread groups can still add or take away, counting a raised signal once', () => {
    const w = DEFAULT_WEIGHTS;
    expect(openPoints(['paragraphs'], emptySignals(), w)).toEqual({
      gain:
        w.someBody +
        w.body +
        w.denseBlock +
        w.veryDenseBlock +
        w.concentrated +
        w.headlineLeads +
        w.textByline +
        w.textDate +
        w.looseBlock +
        w.dateline +
        w.storyHeader,
      loss: 0,
    });
    expect(openPoints(['forms', 'markup'], emptySignals(), w)).toEqual({
      gain: w.date + w.byline + w.microdataArticle,
      loss: w.price + w.password,
    });
    const raised = { ...emptySignals(), price: true, metaDate: true, ldArticle: 'NewsArticle' };
    expect(openPoints(['forms', 'markup'], raised, w)).toEqual({ gain: w.byline, loss: w.password });
    // Reading from an index of the full list is the same as passing the unread tail.
    expect(openPoints(['head', 'headings', 'forms', 'markup'], raised, w, 2)).toEqual(
      openPoints(['forms', 'markup'], raised, w),
    );
    expect(openPoints(['forms', 'markup'], raised, w, 2)).toEqual({ gain: 0, loss: 0 });
    // Whatever the weights' signs, a group's points land on the side they push.
    const flipped = { ...w, oneH1: -4, manyHeadlineLinks: 6 };
    expect(openPoints(['headings'], emptySignals(), flipped)).toEqual({
      gain: w.oneArticleElement + w.headlineEcho + 6,
      loss: -4 + w.veryManyHeadlineLinks,
    });
  });
});
