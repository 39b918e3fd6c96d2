// @vitest-environment happy-dom
/**
 * Which title wins: structured data, the visible headline, social titles and the document title, true and false cases.
 */
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/pipeline/extract/extract-metadata';
import { echoes, pickTitle, sharedTitleOf, type TitleInput } from '../../../src/pipeline/extract/title';

const base: TitleInput = {
  declared: [],
  docTitle: '',
  headings: [],
  publisher: 'Harbour Gazette',
  host: 'www.harbourgazette.test',
};

// [case, input, expected]
const PICKS: [string, Partial<TitleInput>, string][] = [
  [
    'the visible headline over a social title rewritten for sharing',
    {
      declared: ['You will not believe what ferries cost now'],
      docTitle: 'Ferry fares rise again | Harbour Gazette',
      headline: 'Ferry fares rise for the third time this year',
    },
    'Ferry fares rise for the third time this year',
  ],
  [
    'the social title when the page shows no headline',
    { declared: ['Ferry fares rise again'], docTitle: 'Harbour Gazette' },
    'Ferry fares rise again',
  ],
  [
    'with no declared title, the <title> over a differing lone <h1>',
    { docTitle: 'Ferry fares rise for the third time this year', headline: 'Travel fares and tickets explained' },
    'Ferry fares rise for the third time this year',
  ],
  [
    'not fuller: a declared title after a colon that does not start with the visible headline',
    { declared: ['Low Tide: Songs From the Pier'], headline: 'Low Tide Collective live at the pier' },
    'Low Tide Collective live at the pier',
  ],
  [
    '"Artist: Album" declared under an <h1> of the artist',
    { declared: ['The Low Tide Collective: Songs From the Pier'], headline: 'The Low Tide Collective' },
    'The Low Tide Collective: Songs From the Pier',
  ],
  [
    'a spaced colon starts a section suffix, not a subtitle',
    { declared: ['Ferry fares rise for the third time : City'], headline: 'Ferry fares rise for the third time' },
    'Ferry fares rise for the third time',
  ],
  [
    'the structured name the <title> confirms over a headline that is a description (Wikipedia)',
    {
      structured: ['island country in the South Pacific', 'New Caledonia'],
      docTitle: 'New Caledonia - Wikipedia',
      headline: 'New Caledonia',
      publisher: 'Wikimedia Foundation, Inc.',
      host: 'en.wikipedia.org',
    },
    'New Caledonia',
  ],
  [
    'the visible headline over a structured headline that says something else',
    {
      structured: ['Ferry fares rise for the third time this year'],
      declared: ['Ferry fares up'],
      headline: 'Fares up again on the harbour ferries',
      docTitle: 'Harbour Gazette',
    },
    'Fares up again on the harbour ferries',
  ],
  [
    'the structured headline when no heading reads as the headline',
    {
      structured: ['Ferry fares rise for the third time this year'],
      declared: ['Ferry fares up'],
      docTitle: 'Harbour Gazette',
    },
    'Ferry fares rise for the third time this year',
  ],
  [
    'the visible headline, even where the <title> repeats the structured one',
    {
      structured: ['Ferry fares rise for the third time this year'],
      headline: 'Fares up again on the harbour ferries',
      docTitle: 'Ferry fares rise for the third time this year - Harbour Gazette',
    },
    'Fares up again on the harbour ferries',
  ],
  [
    'the structured headline the <title> confirms, over its description-like name',
    {
      structured: ['A city on the Danube', 'Ferry fares rise for the third time this year'],
      docTitle: 'Ferry fares rise for the third time this year - Harbour Gazette',
    },
    'Ferry fares rise for the third time this year',
  ],
  [
    'a blog whose <h1> is its name, first in the <title>: the post title',
    {
      docTitle: 'Notes of a harbour pilot - Why the night ferry was late on Tuesday',
      headline: 'Notes of a harbour pilot',
      headings: ['Notes of a harbour pilot'],
      publisher: null,
      host: 'pilotnotes.test',
    },
    'Why the night ferry was late on Tuesday',
  ],
  [
    "a blog's name as its <h1>, last in the <title>: the post title",
    {
      docTitle: "Three tomatoes that beat the June heat | Mira's Garden Notes",
      headings: ["Mira's Garden Notes"],
      publisher: null,
      host: 'miragarden.test',
    },
    'Three tomatoes that beat the June heat',
  ],
  [
    'not a site name: a headline last in a <title> after the outlet',
    {
      docTitle: 'Harbour Gazette | Ferry fares rise again this spring',
      headings: ['Ferry fares rise again this spring'],
      publisher: null,
      host: 'gazette.test',
    },
    'Ferry fares rise again this spring',
  ],
  [
    "not a site name: a headline first in a <title> whose long rest is the outlet's name and slogan",
    {
      declared: ['Fares up again on the ferries'],
      docTitle: "Ferry fares rise - Harbour Gazette, the city's paper since 1851",
      headline: 'Ferry fares rise',
      headings: ['Ferry fares rise'],
    },
    'Ferry fares rise',
  ],
  [
    'not a site name: a headline that a declared title repeats stays, even first in the <title>',
    {
      declared: ['Ferry fares rise'],
      docTitle: 'Ferry fares rise - Harbour Gazette city news and travel',
      headline: 'Ferry fares rise',
    },
    'Ferry fares rise',
  ],
  [
    "a page without <h1>: the story header's headline over a <title> naming only the paper",
    {
      docTitle: 'The Harlan County Ledger - Online Edition',
      storyHeadline: 'Flood waters close Route 9 for second day',
    },
    'Flood waters close Route 9 for second day',
  ],
  [
    "the story header's headline over a social title rewritten for sharing",
    {
      declared: ['You will not believe this flood'],
      docTitle: 'The Harlan County Ledger',
      storyHeadline: 'Flood waters close Route 9 for second day',
    },
    'Flood waters close Route 9 for second day',
  ],
  [
    'not a headline: a story header line that only names the site',
    { docTitle: 'Ferry fares rise for the third time | Harbour Gazette', storyHeadline: 'Harbour Gazette' },
    'Ferry fares rise for the third time',
  ],
  [
    "the <h1>'s headline, when there is one, over the story header's line",
    { docTitle: 'Harbour Gazette', headline: 'Ferry fares rise again', storyHeadline: 'Ferries and fares' },
    'Harbour Gazette',
  ],
];

describe('pickTitle', () => {
  it.each(PICKS)('%s', (_name, input, expected) => {
    expect(pickTitle({ ...base, ...input })).toBe(expected);
  });
});

describe('echoes', () => {
  it.each([
    ['Ferry fares rise | Harbour Gazette', 'Ferry fares rise', true],
    ['Ferry fares rise', 'Ferry fares rise', true],
    ['Ferry fares rise (Published 2024)', 'Ferry fares rise', true],
    ['Ferry fares rise again', 'Ferry fares rise', false],
    ['Harbour Gazette | Ferry fares rise', 'Ferry fares rise', false],
    ['Ferry', 'Ferry fares rise', false],
  ])('%j echoes %j: %s', (docTitle, title, expected) => {
    expect(echoes(docTitle, title)).toBe(expected);
  });
});

describe('titles from a whole page', () => {
  const doc = (head: string, body: string) =>
    new DOMParser().parseFromString(
      `<html><head>${head}</head><body class="has-logo">${body}</body></html>`,
      'text/html',
    );

  it("takes the article's <h1> over og:title and <title>", () => {
    const meta = extractMetadata(
      doc(
        '<title>Ferry fares up | Harbour Gazette</title><meta property="og:title" content="Ferry fares up">' +
          '<meta property="og:site_name" content="Harbour Gazette">',
        '<header><h1><a href="/">Harbour Gazette</a></h1></header><article><h1>Ferry fares rise for the third time this year</h1><p>Text.</p></article>',
      ),
      'https://www.harbourgazette.test/city/ferry-fares',
    );
    expect(meta.title).toBe('Ferry fares rise for the third time this year');
  });

  it('keeps og:title when the only <h1> is the masthead link', () => {
    const meta = extractMetadata(
      doc(
        '<title>Ferry fares up | Harbour Gazette</title><meta property="og:title" content="Ferry fares rise again">',
        '<h1><a href="https://www.harbourgazette.test/">Harbour Gazette daily edition logo</a></h1><article><p>Text.</p></article>',
      ),
      'https://www.harbourgazette.test/city/ferry-fares',
    );
    expect(meta.title).toBe('Ferry fares rise again');
  });
});

describe('declared titles as text', () => {
  it.each([
    ['<meta property="og:title" content="Galena is a B&amp;amp;B kind of town">', 'Galena is a B&B kind of town'],
    [
      '<meta property="og:title" content="Actor &amp;amp;#039;proposes&amp;amp;#039; on stage">',
      "Actor 'proposes' on stage",
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fish &amp;amp; chips shop reopens"}</script>',
      'Fish & chips shop reopens',
    ],
    ['<meta property="og:title" content="AT&amp;T and T-Mobile settle">', 'AT&T and T-Mobile settle'],
    ['<meta property="og:title" content="Why 3 &lt; 4 in the new fare table">', 'Why 3 < 4 in the new fare table'],
  ])('%s → %s', (head, expected) => {
    const doc = new DOMParser().parseFromString(
      `<html><head>${head}</head><body><p>Text.</p></body></html>`,
      'text/html',
    );
    expect(extractMetadata(doc, 'https://www.harbourgazette.test/a').title).toBe(expected);
  });
});

describe('sharedTitleOf', () => {
  const page = { publisher: 'Harbour Gazette', host: 'www.harbourgazette.test' };
  it.each([
    [
      'a structured headline with other words',
      ['Ferry fares rise again'],
      ['Ferry fares up'],
      'Ferry fares rise again',
    ],
    ['the same words, case and punctuation aside', ['Fares Up Again on the Harbour Ferries!'], [], null],
    [
      'a social title with the outlet after it',
      [],
      ['Ferry fares rise again | Harbour Gazette'],
      'Ferry fares rise again',
    ],
    ['a social title that only adds the outlet', [], ['Fares up again on the harbour ferries - Harbour Gazette'], null],
    ['the site name alone is no title', [], ['Harbour Gazette', 'Ferry fares rise again'], 'Ferry fares rise again'],
    [
      'past a structured headline equal to the headline, a differing og:title',
      ['Fares up again on the harbour ferries'],
      ['Ferry fares rise again'],
      'Ferry fares rise again',
    ],
    ['nothing declared', [], [], null],
    ['a social title that is a part of the headline', [], ['Harbour ferries'], null],
  ])('%s', (_, structured, declared, expected) => {
    expect(sharedTitleOf('Fares up again on the harbour ferries', { ...page, structured, declared })).toBe(expected);
  });
});
