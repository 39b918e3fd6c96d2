import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { bylineFromMarkup, textUpTo } from '../../../src/pipeline/extract/authors';

describe('textUpTo', () => {
  const doc = parseHtml('<div id=a>By <b>Jane</b> Doe</div><div id=b>x</div>', 'https://news.test/a');
  it.each([
    ['a short element, under the limit', 'a', 100, 'By Jane Doe'],
    ['the same element, one character over', 'a', 10, null],
    ['exactly at the limit', 'a', 11, 'By Jane Doe'],
  ])('%s', (_what, id, max, expected) => {
    expect(textUpTo(doc.getElementById(id)!, max)).toBe(expected);
  });
});

describe('a byline beside a story held in one enormous text node', () => {
  it('is still found, and the enormous container is skipped unread', () => {
    const huge = 'word '.repeat(400_000);
    const html = `<main><div><h1>Headline</h1><p>By Jane Doe</p><div>${huge}</div></div></main>`;
    const doc = parseHtml(html, 'https://news.test/a');
    expect(bylineFromMarkup(doc, null)).toEqual({ names: ['Jane Doe'], text: 'By Jane Doe' });
    // False case: no byline at all, only the huge text.
    const bare = parseHtml(`<main><div><h1>Headline</h1><div>${huge}</div></div></main>`, 'https://news.test/a');
    expect(bylineFromMarkup(bare, null)).toEqual({ names: [], text: null });
  });
});
