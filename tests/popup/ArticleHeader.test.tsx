// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../src/popup/ArticleHeader';
import type { Article } from '../../src/shared/types';

afterEach(cleanup);

const article: Article = {
  title: 'G7 finance ministers meet in Niigata',
  byline: null,
  authors: [],
  publisher: 'Nikkei Asia',
  publishedAt: '2023-05-12T08:00:00Z',
  lang: 'en',
  url: 'https://asia.nikkei.test/g7',
  text: 'The finance ministers met.',
  relatedLinks: [],
};

describe('ArticleHeader on a page too large to read whole', () => {
  it.each([
    ['cut: the reader is told, with the count', { keptChars: 12_345 }, /very large.*12,345 characters/],
    ['not cut: no note', null, null],
    ['no word of a cut: no note', undefined, null],
  ])('%s', (_l, readCut, want) => {
    const { container } = render(<ArticleHeader article={article} readCut={readCut} />);
    const note = container.querySelector('.read-cut');
    if (want) expect(note?.textContent).toMatch(want);
    else expect(note).toBeNull();
  });
});
