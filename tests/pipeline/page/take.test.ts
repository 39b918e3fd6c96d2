import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { firstElements, take } from '../../../src/pipeline/page/take';

describe('take', () => {
  const doc = parseHtml('<html><body><p>a</p><p>b</p><p>c</p></body></html>', 'https://example.test/');
  it.each([
    [0, []],
    [2, ['a', 'b']],
    [3, ['a', 'b', 'c']],
    [10, ['a', 'b', 'c']],
  ] as const)('the first %i paragraphs, in document order', (n, texts) => {
    expect(take(doc.querySelectorAll('p'), n).map((p) => p.textContent)).toEqual(texts);
  });
  it('works on any array-like and returns a real array', () => {
    const out = take({ length: 2, 0: 'x', 1: 'y' }, 5);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toEqual(['x', 'y']);
  });
});

/** firstElements: the same elements, in the same order, as the first n of a tag selector query. */
describe('firstElements', () => {
  const PAGE =
    '<html><body><div id=a><p id=b>x<span id=c>y</span></p><ul><li id=d><span id=e></span></li></ul></div>' +
    '<section><p id=f></p><div id=g><div id=h></div></div></section><span id=i></span></body></html>';
  it.each([
    ['every match, nested and after a climb', 'div, p, span', 100],
    ['cut at n', 'div, p, span', 3],
    ['a tag that is not there', 'address', 10],
    ['one tag', 'span', 10],
  ] as const)('%s: like querySelectorAll (%s, %i)', (_l, selector, n) => {
    const doc = parseHtml(PAGE, 'https://example.test/');
    const tags = new Set(selector.split(', '));
    for (const scope of [doc, doc.body, doc.getElementById('a')!, doc.getElementById('g')!]) {
      const want = take(scope.querySelectorAll(selector), n).map((e) => e.id);
      expect(firstElements(scope, tags, n).map((e) => e.id)).toEqual(want);
    }
  });

  it('never lists the scope itself or anything after it', () => {
    const doc = parseHtml(PAGE, 'https://example.test/');
    expect(firstElements(doc.getElementById('g')!, new Set(['div', 'span']), 10).map((e) => e.id)).toEqual(['h']);
  });
});
