import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { take } from '../../../src/pipeline/page/take';

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
