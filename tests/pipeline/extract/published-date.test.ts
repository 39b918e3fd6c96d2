// @vitest-environment happy-dom
/** Choosing the publication date among the sources a page declares, when they contradict each other. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../../../src/pipeline/page/article-types';
import { readJsonLd, typesOf } from '../../../src/pipeline/page/jsonld';
import { readMetaTags } from '../../../src/pipeline/page/meta-tags';
import { modifiedAt, publishedAt } from '../../../src/pipeline/extract/published-date';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const H1 = '<h1>Council approves the new tram line</h1>';
/** As extractMetadata calls it: the article node, the meta tags, every JSON-LD node. */
function dates(head: string, body: string, url = 'https://news.test/tram-line') {
  const doc = parse(`<html><head>${head}</head><body>${body}</body></html>`);
  const ld = readJsonLd(doc);
  const art = ld.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? {};
  const tags = readMetaTags(doc);
  return { publishedAt: publishedAt(doc, art, tags, url, ld), modifiedAt: modifiedAt(doc, art, tags) };
}
const published = (head: string, body: string, url?: string) => dates(head, body, url).publishedAt;

describe('a local time labelled UTC, or UTC labelled with the local offset', () => {
  it.each([
    [
      '"Z" on the local clock, the <time> has the offset',
      meta('article:published_time', '2019-04-19T20:00:00.000Z'),
      `<article>${H1}<time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time></article>`,
      '2019-04-19T20:00:00+09:00',
    ],
    [
      'the UTC clock with the local offset, the other meta has the local clock',
      meta('article:published_time', '2022-10-11T19:11:05-04:00') +
        '<meta name="datePublished" content="2022-10-11T15:11:05-04:00">',
      H1,
      '2022-10-11T15:11:05-04:00',
    ],
    // false cases: the sources agree, or differ by something else than a label
    [
      'same instant in two offsets',
      meta('article:published_time', '2019-04-19T11:00:00Z'),
      `<article>${H1}<time datetime="2019-04-19T20:00:00+09:00">20:00</time></article>`,
      '2019-04-19T11:00:00Z',
    ],
    [
      'unrelated wall clocks',
      meta('article:published_time', '2019-04-19T20:00:00Z'),
      `<article>${H1}<time datetime="2019-04-19T21:00:00+09:00">21:00</time></article>`,
      '2019-04-19T20:00:00Z',
    ],
    [
      'same offset, not the UTC clock',
      meta('article:published_time', '2022-10-11T19:11:05-04:00') +
        '<meta name="datePublished" content="2022-10-11T16:11:05-04:00">',
      H1,
      '2022-10-11T19:11:05-04:00',
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(published(head, body)).toBe(expected);
  });
});

describe('the modification time written into the published field', () => {
  const modified = meta('article:modified_time', '2016-12-20T13:00:00Z');
  it.each([
    [
      'an earlier declared publication time wins',
      meta('article:published_time', '2016-12-20T13:00:00Z') +
        modified +
        '<meta name="datePublished" content="2016-12-20T12:44:32Z">',
      H1,
      '2016-12-20T12:44:32Z',
    ],
    // false cases
    [
      'published and modified equal, nothing earlier',
      meta('article:published_time', '2016-12-20T13:00:00Z') + modified,
      H1,
      '2016-12-20T13:00:00Z',
    ],
    [
      'the earlier one is the same clock in another zone',
      meta('article:published_time', '2016-12-20T13:00:00Z') + modified,
      `<article>${H1}<time itemprop="datePublished" datetime="2016-12-20T07:00:00-05:00">7 AM</time></article>`,
      '2016-12-20T13:00:00Z',
    ],
    [
      'the earlier one is another story in a list',
      meta('article:published_time', '2016-12-20T13:00:00Z') + modified,
      `<article>${H1}</article><ul><li><time datetime="2016-12-20T11:20:00Z">2 hours ago</time></li></ul>`,
      '2016-12-20T13:00:00Z',
    ],
    [
      'published is seconds before the modification',
      meta('article:published_time', '2016-12-20T12:59:57Z') +
        modified +
        '<meta name="datePublished" content="2016-12-20T12:44:32Z">',
      H1,
      '2016-12-20T12:59:57Z',
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(published(head, body)).toBe(expected);
  });
});

describe('a time without an offset', () => {
  it.each([
    [
      'the zone written beside it',
      '',
      `${H1}<time datetime="2022-10-17 16:01:26">10/17/2022 04:01 PM EDT</time>`,
      '2022-10-17T16:01:26-04:00',
    ],
    [
      'another source with the same clock and an offset',
      '<meta name="DC.date.issued" content="2016-11-29T03:33:08">' +
        meta('article:modified_time', '2016-11-29T03:33:08-05:00'),
      H1,
      '2016-11-29T03:33:08-05:00',
    ],
    [
      'a dateline with that clock and a generic US zone in summer',
      '<meta name="DC.date.issued" content="2016-07-29T03:33:08">',
      `${H1}<span class="cnnDateStamp">First published July 29, 2016: 3:33 AM ET</span>`,
      '2016-07-29T03:33:08-04:00',
    ],
    // false cases: a zone beside another clock says nothing about this one; with no zone only the day is certain
    [
      'a zone beside a different clock',
      '',
      `${H1}<time datetime="2022-10-17 16:01:26">Updated 10/17/2022 05:30 PM EDT</time>`,
      '2022-10-17',
    ],
    ['no zone anywhere', '<meta name="DC.date.issued" content="2016-11-29T03:33:08">', H1, '2016-11-29'],
  ])('%s', (_name, head, body, expected) => {
    expect(published(head, body)).toBe(expected);
  });

  it('keeps a precise time of the same day over a bare day', () => {
    expect(
      published(
        meta('article:published_time', '2016-12-16') + meta('og:updated_time', '2016-12-16T16:19:00-05:00'),
        H1,
      ),
    ).toBe('2016-12-16T16:19:00-05:00');
    expect(
      published(
        meta('article:published_time', '2016-12-16') + meta('og:updated_time', '2016-12-17T16:19:00-05:00'),
        H1,
      ),
    ).toBe('2016-12-16');
  });

  it('gives modifiedAt an offset the same way', () => {
    expect(
      dates(
        meta('article:modified_time', '2022-10-17 17:30:00'),
        `${H1}<p class="updated">Updated 10/17/2022 5:30 PM EDT</p>`,
      ).modifiedAt,
    ).toBe('2022-10-17T17:30:00-04:00');
    expect(dates(meta('article:modified_time', '2022-10-17 17:30:00'), H1).modifiedAt).toBe('2022-10-17');
  });
});

describe('where the page declares the date', () => {
  const ld = (node: object) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
  it.each([
    [
      'a social post node',
      ld({ '@type': 'SocialMediaPosting', datePublished: '2014-09-02T08:35:27-04:00' }),
      H1,
      '2014-09-02T08:35:27-04:00',
    ],
    [
      'a Java-style date in a meta tag',
      meta('article:published_time', 'Mon Aug 03 12:45:00 EDT 2015'),
      H1,
      '2015-08-03T12:45:00-04:00',
    ],
    // false case: an embedded video's date is not the article's
    ['a video node', ld({ '@type': 'VideoObject', datePublished: '2014-09-02T08:35:27-04:00' }), H1, null],
  ])('%s', (_name, head, body, expected) => {
    expect(published(head, body)).toBe(expected);
  });
});

describe('visible datelines', () => {
  it.each([
    [
      'a meta column (aside) inside the article',
      `<article>${H1}<aside><ul><li class="meta__date">19.07.2022</li></ul></aside></article>`,
      '2022-07-19',
    ],
    [
      'a line after the headline with a link in it',
      `<div>${H1}<p><a href="/topics">Cloud topics</a> 2019年3月15日 09:43</p>` +
        '<p><a href="/other">Another story (2020年07月16日)</a></p></div>',
      '2019-03-15',
    ],
    [
      'a long "written by … on …" line',
      `<article>${H1}<div class="author">Written by <a href="/a">Ann Lee</a> in ` +
        '<a href="/c">Linux</a> on 1 June 2019 at 08:34 PM EDT. <a href="#c">51 Comments</a></div></article>',
      '2019-06-01T20:34:00-04:00',
    ],
    [
      'a lone date in a layout table',
      `<table><tr><td><h2>New keyboard</h2><p>Light keys.</p></td></tr><tr><td><p>2019.03.05</p></td></tr></table>`,
      '2019-03-05',
    ],
    [
      "a dateline with a clock time over a quoted statement's date",
      `<article><header>${H1}<p class="statement">Ann Lee on ` +
        'Sunday, October 13th, 2019 in a newspaper</p><p><span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p></header></article>',
      '2019-11-18',
    ],
    [
      'a date line without a clock when it is the only one',
      `<article><header>${H1}<p>Ann Lee on Sunday, October 13th, 2019</p></header></article>`,
      '2019-10-13',
    ],
    [
      'the same day with a clock and a zone after a bare day',
      `<article>${H1}<span class="date">Oct 9, 2019</span>` +
        '<div class="byline">TNN / Updated: Oct 9, 2019, 11:05 IST</div></article>',
      '2019-10-09T11:05:00+05:30',
    ],
    [
      'a bare day, not another day with a clock',
      `<article>${H1}<span class="date">Oct 9, 2019</span>` +
        '<div class="byline">Updated: Oct 10, 2019, 11:05 IST</div></article>',
      '2019-10-09',
    ],
    // false cases
    [
      'a sidebar outside the article',
      `<article>${H1}<p>Text.</p></article><aside><span class="date">19.07.2022</span></aside>`,
      null,
    ],
    [
      'only dates of other stories, inside links',
      `<div>${H1}<p><a href="/other">Another story (2020年07月16日)</a></p></div>`,
      null,
    ],
    ['two different lone dates', '<table><tr><td><p>2019.03.05</p></td><td><p>2019.04.01</p></td></tr></table>', null],
  ])('%s', (_name, body, expected) => {
    expect(published('', body)).toBe(expected);
  });
});
