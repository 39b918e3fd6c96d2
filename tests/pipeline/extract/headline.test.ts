// @vitest-environment happy-dom
/** The headline the reader sees: which heading of a page is the article's own, in a browser DOM and in linkedom. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { visibleHeadline, type HeadlineOptions } from '../../../src/pipeline/extract/headline';
import { siteNameTest } from '../../../src/pipeline/extract/title';

const URL_ = 'https://www.harbourgazette.test/city/2024/05/02/ferry-fares';
const OPTIONS: HeadlineOptions = { isSite: siteNameTest('Harbour Gazette', 'www.harbourgazette.test'), url: URL_ };

const page = (body: string, bodyClass = '') =>
  `<html><head><title>t</title></head><body class="${bodyClass}">${body}</body></html>`;

// [case, body, hints, expected headline (null: none is the article's)]
const CASES: [string, string, string[], string | null][] = [
  [
    'the <h1> inside the article, not the one in the nav',
    '<nav><h1>Sections of this website today</h1></nav><article><h1>Ferry fares rise for the third time this year</h1></article>',
    [],
    'Ferry fares rise for the third time this year',
  ],
  [
    'microdata headline over an <h1> marked as the alternative headline',
    '<h1 itemprop="alternativeHeadline">Ferry fare rises</h1><h2 itemprop="headline">Ferry fares rise for the third time this year</h2>',
    [],
    'Ferry fares rise for the third time this year',
  ],
  [
    'among several <h1>s, the one a declared title repeats',
    '<article><h1>Notes from the harbour desk</h1><h1>Ferry fares rise again</h1></article>',
    ['Ferry fares rise again'],
    'Ferry fares rise again',
  ],
  [
    'a "logo" class on <body> says nothing about the heading',
    '<main><h1>Ferry fares rise for the third time this year</h1></main>',
    [],
    'Ferry fares rise for the third time this year',
  ],
  [
    'a two-word headline in the article header',
    '<header class="article-header"><h1>Broken Promise</h1></header><p>Text.</p>',
    [],
    'Broken Promise',
  ],
  [
    "the article header's <h2> when every <h1> names the site",
    '<h1>Harbour Gazette</h1><article><header><h2>Ferry fares rise for the third time</h2></header></article>',
    [],
    'Ferry fares rise for the third time',
  ],
  [
    'a lone <h1> outside the article that shares words with the declared title',
    '<div class="top"><h1>Ferry fares rise for the third time this year</h1></div>',
    ['Ferry fares rise again, third time this year'],
    'Ferry fares rise for the third time this year',
  ],
  [
    'not the masthead: an <h1> that is one link to the home page',
    '<h1><a href="https://www.harbourgazette.test/">Harbour Gazette Logo Home</a></h1>',
    [],
    null,
  ],
  [
    "not a breadcrumb's last item",
    '<ol class="crumbs"><li><a href="/city">City</a></li><li><h1>Ferry fares rise for the third time</h1></li></ol>',
    [],
    null,
  ],
  [
    "not the roll-up bar's repeat: the article header's headline instead",
    '<header class="roll-up"><h1>Ferry fares rise for the third time this year</h1></header>' +
      '<header class="article-header"><h1>Fare Shock</h1></header>',
    ['Ferry fares rise for the third time this year'],
    'Fare Shock',
  ],
  [
    'not a lone section banner that shares no word with the declared title',
    '<div id="hdr"><h1>Travel Advice Centre</h1></div><div><p>Text.</p></div>',
    ['Ferry fares rise for the third time this year'],
    null,
  ],
  ['not a two-word heading outside the article header', '<div><h1>Latest Stories</h1></div>', [], null],
  [
    'a heading that shows whole the declared title cut short',
    '<div id="hdr"><h1>Events and seminars</h1></div><div id="main"><h2>Harbour Forum 2024<br> Ferries, fares and the future</h2></div>',
    ['Harbour Forum 2024 Ferries'],
    'Harbour Forum 2024 Ferries, fares and the future',
  ],
  [
    'not a heading that only repeats the declared title, nor one that merely shares its first words',
    '<div><h2>Harbour Forum 2024</h2><h2>Harbour Forum 2023 report</h2></div>',
    ['Harbour Forum 2024'],
    null,
  ],
  [
    'not a heading that goes on from a title that only names the site',
    '<div><h2>Harbour Gazette newsletter: sign up today</h2></div>',
    ['Harbour Gazette'],
    null,
  ],
  ['not the site name', '<article><h1>Harbour Gazette</h1></article>', [], null],
];

describe("an <h1> that names the page's section", () => {
  it.each([
    ['Harbour and Coast News', 'harbour and coast news', null],
    ['Harbour & Coast News', 'Harbour&Coast News', null],
    ['Ferry fares rise for the third time', 'Harbour and Coast News', 'Ferry fares rise for the third time'],
    ['Ferry fares rise for the third time', null, 'Ferry fares rise for the third time'],
  ])('%j with section %j → %j', (h1, section, expected) => {
    const doc = parseHtml(page(`<main><h1>${h1}</h1><p>Text.</p></main>`), URL_);
    expect(visibleHeadline(doc, { ...OPTIONS, section })).toBe(expected);
  });
});

describe('visible headline', () => {
  it.each(CASES)('%s (browser DOM)', (_name, body, hints, expected) => {
    const doc = new DOMParser().parseFromString(page(body, 'site-logo-left'), 'text/html');
    expect(visibleHeadline(doc, { ...OPTIONS, hints })).toBe(expected);
  });

  it.each(CASES)('%s (linkedom)', (_name, body, hints, expected) => {
    const doc = parseHtml(page(body, 'site-logo-left'), URL_);
    expect(visibleHeadline(doc, { ...OPTIONS, hints })).toBe(expected);
  });

  it('reads at most maxHeadings <h1>s', () => {
    const doc = parseHtml(
      page('<div><h1>Two words</h1></div><div><h1>Ferry fares rise for the third time</h1></div>'),
      URL_,
    );
    expect(visibleHeadline(doc, { ...OPTIONS, maxHeadings: 1 })).toBeNull();
    expect(visibleHeadline(doc, OPTIONS)).toBe('Ferry fares rise for the third time');
  });

  it('never throws on a page without a body or with a broken link', () => {
    expect(visibleHeadline(parseHtml('<title>x</title>', URL_), OPTIONS)).toBeNull();
    const doc = parseHtml(page('<h1><a href="http://[bad">Ferry fares rise for the third time</a></h1>'), URL_);
    expect(visibleHeadline(doc, OPTIONS)).toBe('Ferry fares rise for the third time');
  });
});
