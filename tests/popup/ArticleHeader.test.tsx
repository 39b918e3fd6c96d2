// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../src/popup/ArticleHeader';
import type { Article } from '../../src/shared/types';

afterEach(cleanup);

const article: Article = {
  title: 'Ferry fares rise again as the harbour board votes',
  byline: 'By Ana Ruiz',
  authors: ['Ana Ruiz'],
  publisher: 'Harbour Times',
  publishedAt: '2024-03-04T09:00:00Z',
  lang: 'en',
  url: 'https://harbour.test/news/ferry-fares',
  text: 'The harbour board voted on Monday to raise ferry fares for the second time this year.',
  relatedLinks: [],
};

describe('ArticleHeader', () => {
  it.each([
    ['a shared title that differs: shown under the headline', 'Fares up again on the harbour ferries', true],
    ['no shared title (null): no line', null, false],
    ['no shared title (absent): no line', undefined, false],
    ['an empty shared title: no line', '', false],
  ])('%s', (_label, sharedTitle, shown) => {
    const { container } = render(<ArticleHeader article={{ ...article, sharedTitle }} />);
    expect(container.querySelector('h1')!.textContent).toBe(article.title);
    const line = container.querySelector('.shared-title');
    expect(!!line).toBe(shown);
    if (shown) expect(line!.textContent).toBe(`Shared as “${sharedTitle}”`);
  });

  it('keeps the shared title out of the headline, which stays the visible one', () => {
    const { container } = render(<ArticleHeader article={{ ...article, sharedTitle: 'Another title' }} />);
    expect(container.querySelector('h1')!.textContent).not.toContain('Another title');
  });
});
