// @vitest-environment happy-dom
/** Extraction, piece by piece: dates, bylines, titles, JSON-LD normalization, body boilerplate, and hostile input. */
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/analyze-file';
import { parseHtml } from '../../../scripts/dom';
import { extractBody } from '../../../src/pipeline/extract/extract-body';
import { extractArticle, extractArticleReport } from '../../../src/pipeline/extract/extract';
import { extractMetadata } from '../../../src/pipeline/extract/extract-metadata';
import { indexById, namesOf, readJsonLd, resolved, textOf } from '../../../src/pipeline/page/jsonld';
import { cleanAuthorNames } from '../../../src/pipeline/extract/authors';
import { isoDate, visibleDate } from '../../../src/pipeline/extract/dates';
import { pickTitle, stripOutlet } from '../../../src/pipeline/extract/title';
import { boilerplateLines } from '../../../src/languages/boilerplate-lines';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const P = (text: string) => `<p>${text}</p>`;
const STORY = [
  'The council voted on Tuesday to approve the new tram line, ending a debate that has lasted for more than a decade.',
  'Construction is expected to begin next spring, with the first trams running between the station and the hospital in 2027.',
  'Opponents said the cost, estimated at 340 million pounds, would be better spent on buses, but the motion passed by 41 votes to 12.',
];

describe('dates keep the page offset', () => {
  it.each([
    ['2022-09-07T12:26:00-04:00', '2022-09-07T12:26:00-04:00'],
    ['2016-11-28 16:23:00 -0500', '2016-11-28T16:23:00-05:00'],
    ['2018-10-29T10:15-500', '2018-10-29T10:15:00-05:00'],
    ['2016-11-29T10:39:35Z', '2016-11-29T10:39:35Z'],
    ['2016-11-29T10:39:35.918Z', '2016-11-29T10:39:35Z'],
    ['2023-02-03', '2023-02-03'],
    ['20230203', '2023-02-03'],
    ['2016-10-13T12:34:00', '2016-10-13T12:34:00'],
    ['December 16, 2016 4:19 PM ET', '2016-12-16T16:19:00-05:00'],
    ['16 Dec 2016 21:19 GMT', '2016-12-16T21:19:00+00:00'],
    ['Fri, 09 Dec 2016 09:13:00 +0000', '2016-12-09T09:13:00+00:00'],
    ['1481275980', '2016-12-09T09:33:00Z'],
  ])('%s → %s', (raw, iso) => {
    expect(isoDate(raw)).toBe(iso);
  });

  it.each(['0000-00-00T00:00:00Z', '2021-02-30T25:61:00Z', 'yesterday', '', 'not a date', '99999999999999'])(
    'rejects %j',
    (raw) => {
      expect(isoDate(raw)).toBeNull();
    },
  );
});

describe('visible dates give the day', () => {
  it.each([
    ['Published December 12, 2016 7:00 AM', '2016-12-12'],
    ['Updated 16 Dec 2016 21:19 GMT', '2016-12-16T21:19:00+00:00'],
    ['2019年2月27日 12時', '2019-02-27'],
    ['Stand: 14.06.2023, 17.05 Uhr', '2023-06-14'],
    ['2019/04/04 10:00', '2019-04-04'],
    ['Posted by admin', null],
    ['Issue 130', null],
  ])('%s → %s', (text, iso) => {
    expect(visibleDate(text)).toBe(iso);
  });
});

describe('publication date sources, in order', () => {
  it.each([
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-12-16T16:19:00-05:00"}</script><h1>Clinton on Putin</h1>',
      '2016-12-16T16:19:00-05:00',
    ],
    [
      'meta',
      '<meta property="article:published_time" content="2016-12-16T21:19:00Z"><h1>Clinton on Putin</h1>',
      '2016-12-16T21:19:00Z',
    ],
    ['<time>', '<h1>Clinton on Putin</h1><time datetime="2016-12-16T21:19:00Z">Dec 16</time>', '2016-12-16T21:19:00Z'],
    ['a date class', '<h1>Clinton on Putin</h1><p class="published-date">December 12, 2016 7:00 AM</p>', '2016-12-12'],
    [
      'a bare line near the headline',
      '<div><h1>Clinton on Putin explained</h1><div class="xTlfF">December 16, 2016, 4:19 PM</div></div>',
      '2016-12-16',
    ],
    ['the URL', '<h1>Clinton on Putin</h1>', '2016-12-15'],
    ['nothing', '<h1>Clinton on Putin</h1><p>No date here at all, not even 2016.</p>', null],
  ])('%s', (name, html, expected) => {
    const url = name === 'the URL' ? 'https://x.test/2016/12/15/clinton-putin' : 'https://x.test/clinton-putin';
    expect(extractMetadata(parse(`<html><head></head><body>${html}</body></html>`), url).publishedAt).toBe(expected);
  });
});

describe('author names from bylines', () => {
  it.each([
    ['By Caitlin McFall | Fox News', ['Caitlin McFall']],
    ['JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', ['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']],
    ['By Samuel Okafor, Transport Correspondent', ['Samuel Okafor']],
    ['Sam Stein Senior Politics Editor, The Huffington Post', ['Sam Stein']],
    ['Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET', ['Julia Horowitz']],
    ['Von Katharina Vogel und Jonas Albrecht', ['Katharina Vogel', 'Jonas Albrecht']],
    ['Valentina Palladino - Aug 10, 2016 11:15 am UTC', ['Valentina Palladino']],
    ['By Brenda Goodman, MA', ['Brenda Goodman']],
    ['著者：後藤大地', ['後藤大地']],
    ['ByTravis Haney', ['Travis Haney']],
    ['Byron Smith', ['Byron Smith']],
  ])('%s → %j', (byline, names) => {
    expect(cleanAuthorNames(byline, 'The Huffington Post')).toEqual(names);
  });

  it.each(['https://www.facebook.com/asahicom/', 'Share', 'Menu', '2016', '', 'Fox News'])(
    'no name in %j',
    (byline) => {
      expect(cleanAuthorNames(byline, 'Fox News')).toEqual([]);
    },
  );
});

describe('titles without the outlet', () => {
  it.each([
    ['Putin, Xi to meet next week | Fox News', 'Fox News', 'Putin, Xi to meet next week'],
    [
      'Wildfire forces evacuation of two canyon towns - Valley Sentinel',
      'Valley Sentinel',
      'Wildfire forces evacuation of two canyon towns',
    ],
    [
      'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル',
      '朝日新聞デジタル',
      'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞',
    ],
    ['Ahmad Khan Rahami Is Arrested (Published 2016)', null, 'Ahmad Khan Rahami Is Arrested'],
    [
      'Breaking: Houston hires Major Applewhite as head coach',
      '247Sports',
      'Breaking: Houston hires Major Applewhite as head coach',
    ],
    [
      'How we designed Dropbox’s ATF - an async task framework',
      'Dropbox',
      'How we designed Dropbox’s ATF - an async task framework',
    ],
    ['Mike Pence - the interview', null, 'Mike Pence - the interview'],
  ])('%s → %s', (title, publisher, expected) => {
    expect(stripOutlet(title, publisher)).toBe(expected);
  });

  it('prefers the headline over a declared title that only names the site', () => {
    expect(
      pickTitle({
        declared: ['Metro Daily'],
        docTitle: 'Metro Daily | Home',
        headings: ['Night buses return to six routes'],
        publisher: 'Metro Daily',
        host: 'www.metrodaily.co.uk',
      }),
    ).toBe('Night buses return to six routes');
  });

  it('uses the heading the document title repeats', () => {
    expect(
      pickTitle({
        declared: [],
        docTitle: 'Steam survey numbers for May - Phoronix',
        headings: ['MENU', 'Steam survey numbers for May'],
        publisher: null,
        host: 'www.phoronix.com',
      }),
    ).toBe('Steam survey numbers for May');
  });
});

describe('JSON-LD normalization (raw JSON in, plain values out)', () => {
  const raw =
    '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":["  Two  ", "x"],"author":[{"@id":"#p1"},{"@type":"Person","name":"Ann Lee"},"Bo Chan",{"url":"https://x.test/a"}],"publisher":{"@id":"#org"}},{"@type":"Person","@id":"#p1","name":"Dev Rao"},{"@type":"Organization","@id":"#org","name":"The Ledger"}]}';

  it('reads @graph, resolves @id references, flattens names and lists', () => {
    const nodes = readJsonLd(parse(`<script type="application/ld+json">${raw}</script>`));
    expect(nodes.map((n) => n['@type'])).toEqual([undefined, 'NewsArticle', 'Person', 'Organization']);
    const art = nodes[1]!;
    const ids = indexById(nodes);
    expect(textOf(art.headline)).toBe('Two');
    expect(namesOf(resolved(art.author, ids))).toEqual(['Dev Rao', 'Ann Lee', 'Bo Chan', 'https://x.test/a']);
    expect(textOf(resolved(art.publisher, ids))).toBe('The Ledger');
  });

  it('metadata drops URL "names" and resolves the publisher', () => {
    const doc = parse(
      `<html><head><script type="application/ld+json">${raw}</script></head><body><p>x</p></body></html>`,
    );
    const meta = extractMetadata(doc, 'https://ledger.test/2023/01/02/two');
    expect(meta.authors).toEqual(['Dev Rao', 'Ann Lee', 'Bo Chan']);
    expect(meta.publisher).toBe('The Ledger');
    expect(meta.title).toBe('Two');
  });

  it('reads a block with raw newlines inside its strings', () => {
    const doc = parse('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Two\nlines"}</script>');
    expect(readJsonLd(doc).map((n) => n.headline)).toEqual(['Two lines']);
  });

  it.each([
    ['<![CDATA[ {"@type":"NewsArticle"} ]]>'],
    ['//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>'],
    ['<!-- {"@type":"NewsArticle"} -->'],
  ])('unwraps %s', (block) => {
    expect(readJsonLd(parse(`<script type="application/ld+json">${block}</script>`)).map((n) => n['@type'])).toEqual([
      'NewsArticle',
    ]);
  });

  it('skips blocks that are broken, HTML-commented or enormous', () => {
    const doc = parse(
      '<script type="application/ld+json">{"@type":</script>' +
        '<script type="application/ld+json"><!-- {"@type":"BlogPosting"} --></script>' +
        `<script type="application/ld+json">{"@type":"Article","x":"${'y'.repeat(600_000)}"}</script>`,
    );
    expect(readJsonLd(doc).map((n) => n['@type'])).toEqual(['BlogPosting']);
  });
});

describe('body', () => {
  it('keeps story paragraphs and drops prompts, captions, share bars, ads and related blocks', () => {
    const doc = parse(`<body><nav><a href="/">Home</a></nav><article><h1>Tram line approved</h1>
      <div class="share-bar"><a href="#">Share on Facebook</a></div>
      <div class="article-body">${P('NEW You can now listen to Ledger articles!')}${P(STORY[0]!)}
      <figure><img src="a.jpg"><figcaption>The new tram depot. Photo: Ledger</figcaption></figure>
      <p><a href="/2023/01/01/bus-fares-rise">BUS FARES TO RISE BY 5% FROM APRIL, OPERATOR SAYS</a></p>
      ${P(STORY[1]!)}<div class="ad-slot">${P('Advertisement')}</div>${P('CLICK HERE TO GET THE LEDGER APP')}${P(STORY[2]!)}
      <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another story about trams in the city</a></li></ul></div>
      </div></article><footer>${P('© 2023 The Ledger. All rights reserved.')}</footer></body>`);
    const body = extractBody(doc, {}, 'https://ledger.test/2023/01/02/tram');
    expect(body.paragraphs).toEqual(STORY);
    expect(body.relatedLinks).toEqual([
      {
        text: 'BUS FARES TO RISE BY 5% FROM APRIL, OPERATOR SAYS',
        url: 'https://ledger.test/2023/01/01/bus-fares-rise',
      },
    ]);
    expect(body.complete).toBe(true);
  });

  it.each([
    ['a reading time', P('5 Min Read')],
    ['a reading time in lower case', P('12 min read')],
    [
      'an affiliate disclosure',
      P('This article contains affiliate links to products selected by our editors. We may receive a commission.'),
    ],
    [
      'a dateline that is a <time>',
      '<p><time datetime="2016-12-13T18:06:00Z">Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC</time></p>',
    ],
    [
      'a dateline as loose text beside icons',
      '<div><div class="save"><svg></svg></div><time datetime="2016-12-13">Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC</time><div>Filed under: Money</div></div>',
    ],
  ])('drops %s before the story', (_what, line) => {
    const doc = parse(`<body><div class="article-body">${line}${STORY.map(P).join('')}</div></body>`);
    expect(extractBody(doc, {}, 'https://ledger.test/a').paragraphs).toEqual(STORY);
  });

  it.each([
    [
      'a paragraph that mentions a time among other words',
      `<p>The vote, set for <time datetime="2024-05-02">May 2</time>, was postponed.</p>`,
      'The vote, set for May 2, was postponed.',
    ],
    [
      'a sentence about reading minutes',
      P('Readers spent 5 min reading the notice before the council met.'),
      'Readers spent 5 min reading the notice before the council met.',
    ],
  ])('keeps %s', (_what, line, text) => {
    const doc = parse(`<body><div class="article-body">${line}${STORY.map(P).join('')}</div></body>`);
    expect(extractBody(doc, {}, 'https://ledger.test/a').paragraphs).toEqual([text, ...STORY]);
  });

  it('keeps text out of scripts and styles inside paragraphs, and splits <br><br> runs', () => {
    const doc = parse(
      `<body><div class="story">${STORY[0]}<script>var ad = "never";</script><br><br>${STORY[1]}<style>.x{}</style><br><br>${STORY[2]}</div></body>`,
    );
    const body = extractBody(doc, {}, 'https://ledger.test/a');
    expect(body.paragraphs).toEqual(STORY);
  });

  it('joins a story split across columns under an article-body element, and drops camelCase caption blocks', () => {
    const doc =
      parse(`<body><section class="col-md-8 article-body"><div class="row"><div class="col-md-12">${P(STORY[0]!)}</div></div>
      <div class="InlineImage-imageEmbedCaption"><div>The tram depot, photographed on Monday.</div><div>Natalie Naccache | Bloomberg | Getty Images</div></div>
      <div class="row"><div class="col-lg-7 col-md-12">${P(STORY[1]!)}${P(STORY[2]!)}${P(STORY[0]!.replace('Tuesday', 'Monday'))}</div></div></section></body>`);
    const body = extractBody(doc, {}, 'https://x.test/a');
    expect(body.paragraphs.slice(0, 3)).toEqual(STORY.slice(0, 1).concat(STORY.slice(1, 3)));
    expect(body.paragraphs.join(' ')).not.toContain('Getty Images');
    expect(body.paragraphs.join(' ')).not.toContain('photographed on Monday');
  });

  it('keeps the story container even when its class says paywall', () => {
    const doc = parse(
      `<body><div class="pmc-paywall">${STORY.map(P).join('')}</div><div class="paywall-prompt">${P('Subscribe now to keep reading this story and more.')}</div></body>`,
    );
    expect(extractBody(doc, {}, 'https://x.test/a').paragraphs).toEqual(STORY);
  });

  it('reads the page behind a server warning printed before <!DOCTYPE> (several top-level elements in front of <html>)', () => {
    const warning =
      '<br> <b>Warning</b>: session_start(): open(/tmp/sess_1, O_RDWR) failed: Disk quota exceeded (122) in ' +
      '<b>/home/site/public_html/wp-content/plugins/x/inc/class-lib.php</b> on line <b>145</b><br>';
    const page =
      `${warning}${warning}<!DOCTYPE html><html lang="en"><head><title>Tram line approved</title></head>` +
      `<body><article>${STORY.map(P).join('')}</article></body></html>`;
    const body = extractBody(parseHtml(page, 'https://ledger.test/a'), {}, 'https://ledger.test/a');
    expect(body.paragraphs).toEqual(STORY);
  });

  it('reads loose text in a <form> wrapper (ASP.NET pages) as body', () => {
    const doc = parse(`<body><form id="aspnetForm"><div id="article">${STORY.map(P).join('')}</div></form></body>`);
    expect(extractBody(doc, {}, 'https://x.test/a').paragraphs).toEqual(STORY);
  });
});

describe('bad input never throws, stays bounded and leaves the page alone', () => {
  it.each([
    ['empty', ''],
    ['no body', '<html><head><title>t</title></head></html>'],
    ['unclosed tags', '<div><p>One paragraph that never closes <b>bold <i>and italic'],
    ['only scripts', '<script>document.write("x")</script>'],
    ['deep nesting', `${'<div>'.repeat(1_000)}deep text${'</div>'.repeat(1_000)}`],
  ])('%s', (_, html) => {
    const doc = parse(html);
    const before = doc.documentElement?.outerHTML;
    expect(() => extractArticle(doc, 'https://x.test/a')).not.toThrow();
    expect(doc.documentElement?.outerHTML).toBe(before);
  });

  it('gives up cleanly past its element budget on a 100k-node page, and says so', () => {
    const html = `<body><div>${`<div><span>cell</span><p>${STORY[0]}</p></div>`.repeat(34_000)}</div></body>`;
    const doc = parseHtml(html, 'https://x.test/a');
    const report = extractArticleReport(doc, 'https://x.test/a', { maxElements: 20_000 });
    expect(report.complete).toBe(false);
    expect(report.problems.join(' ')).toContain('budget');
    expect(report.article).not.toBeNull();
  });

  it('stops at its time budget', () => {
    let t = 0;
    const doc = parseHtml(`<body>${`<p>${STORY[1]}</p>`.repeat(5_000)}</body>`, 'https://x.test/a');
    // The clock advances one "millisecond" per look at it; the walk looks every 256 elements.
    const body = extractBody(doc, { now: () => (t += 1), maxMs: 5 }, 'https://x.test/a');
    expect(body.complete).toBe(false);
  });

  it('reads a 10 MB page without throwing', () => {
    const html = `<body><article>${`<p>${STORY[2]}</p>`.repeat(80_000)}</article></body>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const report = extractArticleReport(parseHtml(html, 'https://x.test/a'), 'https://x.test/a');
    expect(report.article?.text.length).toBeGreaterThan(0);
  });

  it('decodes non-UTF-8 pages by their declared charset, and UTF-8 bytes as UTF-8', () => {
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><p>Caf\xe9 cr\xe8me</p>', 'latin1');
    expect(decodeHtml(latin1)).toContain('Café crème');
    const sjisDeclaredButUtf8 = Buffer.from('<meta charset="Shift_JIS"><p>東京</p>', 'utf8');
    expect(decodeHtml(sjisDeclaredButUtf8)).toContain('東京');
  });
});

describe('boilerplate paragraph patterns', () => {
  // extract-body.ts tests them as one alternation, which matches exactly when one of them does only while each is
  // anchored at the start and none refers back to a numbered group.
  it.each(boilerplateLines.map((p) => p.source))('%s is anchored and has no back-reference', (pattern) => {
    expect(pattern.startsWith('^')).toBe(true);
    expect(pattern).not.toMatch(/\\[1-9]/);
    expect(() => new RegExp(pattern, 'i')).not.toThrow();
  });

  it.each([
    ['Advertisement', true],
    ['By Jane Doe', true],
    ['Getty Images', true],
    // An image's file name and a bare "(Photographer/Outlet)" credit left beside a photo.
    ['skimming scheme seized cash and cards.jpg', true],
    ['IMG_2041.JPEG', true],
    ['(Mike Cason/mcason@example.com)', true],
    ['(AP Photo/Evan Vucci)', true],
    ['The council voted by 41 votes to 12 on Tuesday, ending a decade of debate.', false],
    ['The leaked file, budget-2024.png, showed the council had planned the cuts since spring.', false],
    ['Fares rise by a third (from $2/ride to $3/ride) on the night buses, the authority said.', false],
    ['Read more about the tram line in our earlier report, which set out the costs.', false],
  ])('%s is a prompt or credit, not body: %s', (text, dropped) => {
    const doc = parse(`<body><div class="story">${STORY.map(P).join('')}${P(text)}</div></body>`);
    expect(extractBody(doc, {}, 'https://ledger.test/a').paragraphs.includes(text)).toBe(!dropped);
  });
});

describe('captions and credits under an image', () => {
  const IMG = '<img src="/a.jpg" alt="">';
  it.each([
    ['a label under an image', `${IMG}${P('The ridge above Pine Hollow at dusk')}`, false],
    ['a credit under an image', `${IMG}${P('Photograph courtesy of the county')}`, false],
    ['a label under an image in its own wrapper', `<div class="pic">${IMG}</div>${P('Sandy Creek bridge')}`, false],
    ['a sentence under an image', `${IMG}${P('Crews inspected the bridge on Friday.')}`, true],
    ['a sentence with its credit', `${IMG}${P('Crews inspected the bridge on Friday. (J. Roe/Courier)')}`, true],
    ['a line that introduces what follows', `${IMG}${P('The repairs at a glance:')}`, true],
    ['a short line not under an image', P('The ridge above Pine Hollow at dusk'), true],
    [
      'a long line under an image',
      `${IMG}${P('Engineers found cracks in two of the steel beams under the bridge during an inspection last month and the county')}`,
      true,
    ],
  ])('%s', (_, lines, kept) => {
    const body = extractBody(
      parse(`<html><body><article>${P(STORY[0]!)}${lines}${P(STORY[1]!)}${P(STORY[2]!)}</article></body></html>`),
    );
    const caption = lines.replace(/<[^>]+>/g, '');
    expect(body.paragraphs.includes(caption)).toBe(kept);
    expect(body.paragraphs).toContain(STORY[1]);
  });
});
