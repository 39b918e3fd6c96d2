import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fitArticle } from '../../src/content/fit-article';
import { ArticleSchema } from '../../src/shared/protocol';
import type { Article } from '../../src/shared/types';

const normal: Article = {
  title: 'Putin, Xi to meet next week',
  byline: 'By Caitlin McFall',
  authors: ['Caitlin McFall'],
  publisher: 'Fox News',
  publishedAt: '2022-09-07T12:26:00-04:00',
  modifiedAt: null,
  lang: 'en-US',
  url: 'https://www.foxnews.com/world/putin-xi',
  section: 'World',
  image: 'https://a57.foxnews.com/putin-xi.jpg',
  text: 'Russian President Vladimir Putin and his Chinese counterpart will meet.\n\nThe meeting is in Samarkand.',
  relatedLinks: [{ text: 'PUTIN TO ATTEND WAR GAMES', url: 'https://www.foxnews.com/world/war-games' }],
};

const huge = (n: number) => 'x'.repeat(n);
const hostile: [string, Partial<Article>][] = [
  ['an unclosed <title> swallowing the page', { title: huge(83_151) }],
  [
    'a byline and authors from a comment thread',
    { byline: huge(5_000), authors: Array.from({ length: 400 }, () => huge(900)) },
  ],
  [
    'a publisher, date, language and section as essays',
    { publisher: huge(900), publishedAt: huge(300), modifiedAt: huge(300), lang: huge(80), section: huge(700) },
  ],
  [
    'a canonical URL and image of megabytes',
    { url: `https://x.test/${huge(100_000)}`, image: `https://x.test/${huge(20_000)}` },
  ],
  ['10 MB of body text', { text: `${'Putin met Xi. '.repeat(200_000)}\n\n${huge(8_000_000)}` }],
  [
    'thousands of related links with huge texts and URLs',
    {
      relatedLinks: Array.from({ length: 3_000 }, (_, i) => ({
        text: huge(i % 2 ? 3_000 : 10),
        url: i % 3 ? 'https://x.test/a' : `https://x.test/${huge(70_000)}`,
      })),
    },
  ],
];

describe('fitArticle', () => {
  it.each(hostile)('makes %s acceptable to the protocol', (_, fields) => {
    const raw = { ...normal, ...fields };
    expect(v.safeParse(ArticleSchema, raw).success).toBe(false);
    const fitted = fitArticle(raw)!;
    const parsed = v.safeParse(ArticleSchema, fitted);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    expect(fitted.text.length).toBeGreaterThan(0);
    expect(fitted.title.length).toBeGreaterThan(0);
  });

  it('leaves an ordinary article exactly as it was', () => {
    expect(v.safeParse(ArticleSchema, normal).success).toBe(true);
    expect(fitArticle(normal)).toEqual(normal);
  });

  it('cuts long text at a paragraph boundary and keeps null as null', () => {
    const text = `${'a'.repeat(499_000)}\n\n${'b'.repeat(50_000)}`;
    expect(fitArticle({ ...normal, text })!.text).toBe('a'.repeat(499_000));
    expect(fitArticle(null)).toBeNull();
  });
});
