import { describe, expect, it } from 'vitest';
import {
  firstSentences,
  isSafeUrl,
  normalizeImageInfo,
  normalizeQuery,
  stripTags,
} from '../../../src/pipeline/link/wikipedia-raw';

// action=query&formatversion=2&redirects=1&prop=pageprops|description|pageimages|extracts as the API answers.
const RAW = {
  batchcomplete: true,
  query: {
    normalized: [{ fromencoded: false, from: 'vladimir_putin', to: 'Vladimir putin' }],
    redirects: [
      { from: 'Vladimir putin', to: 'Vladimir Putin' },
      { from: 'USSR', to: 'Soviet Union' },
    ],
    pages: [
      {
        pageid: 32817,
        ns: 0,
        title: 'Vladimir Putin',
        pageprops: { wikibase_item: 'Q7747' },
        description: 'President of Russia since 2012',
        descriptionsource: 'local',
        thumbnail: { source: 'https://upload.wikimedia.org/x/320px-Putin.jpg', width: 320, height: 400 },
        pageimage: 'Putin.jpg',
        extract:
          'Vladimir Vladimirovich Putin ( ; born 7 October 1952) is a Russian politician. He has been President of Russia since 2012. He was in the KGB.',
      },
      { pageid: 2, ns: 0, title: 'Soviet Union', pageprops: { wikibase_item: 'Q15180' } },
      {
        pageid: 3,
        ns: 0,
        title: 'Georgia',
        pageprops: { disambiguation: '' },
        links: [
          { ns: 0, title: 'Georgia (country)' },
          { ns: 14, title: 'Category:X' },
        ],
      },
      { ns: 0, title: 'Nowhere Man Of Nowhere', missing: true },
      { pageid: 4, ns: 0, title: 'Evil', thumbnail: { source: 'javascript:alert(1)', width: 1, height: 1 } },
    ],
  },
};

describe('normalizeQuery', () => {
  const pages = normalizeQuery(RAW, [
    'vladimir_putin',
    'USSR',
    'Georgia',
    'Nowhere Man Of Nowhere',
    'Evil',
    'Unmentioned',
  ]);

  it('follows normalization and redirects back to the requested title', () => {
    expect(pages[0]).toMatchObject({
      requested: 'vladimir_putin',
      title: 'Vladimir Putin',
      qid: 'Q7747',
      missing: false,
      disambiguation: false,
    });
    expect(pages[1]).toMatchObject({ requested: 'USSR', title: 'Soviet Union', qid: 'Q15180' });
  });

  it('cleans the empty pronunciation parentheses out of extracts', () => {
    expect(pages[0]!.extract).toBe(
      'Vladimir Vladimirovich Putin (born 7 October 1952) is a Russian politician. He has been President of Russia since 2012. He was in the KGB.',
    );
    expect(pages[0]!.thumbnail?.source).toBe('https://upload.wikimedia.org/x/320px-Putin.jpg');
  });

  it('recognizes disambiguation pages and keeps their article links only', () => {
    expect(pages[2]).toMatchObject({ disambiguation: true, qid: null, links: ['Georgia (country)'] });
  });

  it('marks missing and unmentioned titles missing, and drops unsafe image URLs', () => {
    expect(pages[3]!.missing).toBe(true);
    expect(pages[5]!.missing).toBe(true);
    expect(pages[4]!.thumbnail).toBeNull();
  });

  it('survives hostile input', () => {
    expect(normalizeQuery('garbage', ['A'])).toEqual([expect.objectContaining({ requested: 'A', missing: true })]);
    expect(normalizeQuery({ query: { pages: [null, 3] } }, ['A'])[0]!.missing).toBe(true);
  });
});

describe('firstSentences', () => {
  it.each([
    ['One. Two. Three. Four.', 3, 'One. Two. Three.'],
    ['The U.S. Senate met. It voted. Then it left. Bye.', 2, 'The U.S. Senate met. It voted.'],
    ['Held on Sept. 15 in Samarkand. Next.', 1, 'Held on Sept. 15 in Samarkand.'],
    ['No full stop at all', 3, 'No full stop at all'],
  ])('%s', (text, count, expected) => {
    expect(firstSentences(text, count)).toBe(expected);
  });
  it('returns null for nothing', () => expect(firstSentences(null)).toBeNull());
});

describe('normalizeImageInfo', () => {
  it('reads thumbnails, licences and authors as text', () => {
    const raw = {
      query: {
        pages: [
          {
            ns: 6,
            title: 'File:Xi Jinping 2019.jpg',
            imagerepository: 'shared',
            imageinfo: [
              {
                thumburl: 'https://upload.wikimedia.org/t/320px-Xi.jpg',
                url: 'https://upload.wikimedia.org/Xi.jpg',
                descriptionurl: 'https://commons.wikimedia.org/wiki/File:Xi_Jinping_2019.jpg',
                extmetadata: {
                  LicenseShortName: { value: 'CC BY 4.0' },
                  LicenseUrl: { value: 'https://creativecommons.org/licenses/by/4.0' },
                  Artist: { value: '<a href="//kremlin.ru">Kremlin.ru</a> &amp; others' },
                },
              },
            ],
          },
          { ns: 6, title: 'File:Missing.jpg', missing: true },
        ],
      },
    };
    expect(normalizeImageInfo(raw)).toEqual([
      {
        file: 'Xi_Jinping_2019.jpg',
        thumbUrl: 'https://upload.wikimedia.org/t/320px-Xi.jpg',
        pageUrl: 'https://commons.wikimedia.org/wiki/File:Xi_Jinping_2019.jpg',
        license: 'CC BY 4.0',
        licenseUrl: 'https://creativecommons.org/licenses/by/4.0',
        artist: 'Kremlin.ru & others',
      },
    ]);
  });
  it.each([
    ['<b>x</b>', 'x'],
    ['', null],
    [null, null],
  ])('stripTags(%s)', (html, text) => expect(stripTags(html)).toBe(text));
  it.each([
    ['https://a.b/c', true],
    ['//upload.wikimedia.org/x', true],
    ['javascript:alert(1)', false],
    ['data:image/png;base64,xx', false],
  ])('isSafeUrl(%s)', (url, ok) => expect(isSafeUrl(url)).toBe(ok));
});
