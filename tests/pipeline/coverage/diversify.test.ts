import { describe, expect, it } from 'vitest';
import { diversify } from '../../../src/pipeline/coverage/diversify';

const item = (id: string, family: string, country: string | null, score: number) => ({ id, family, country, score });

describe('diversify', () => {
  it('interleaves outlets and countries instead of listing one outlet first', () => {
    const items = [
      item('a1', 'a', 'US', 0.9),
      item('a2', 'a', 'US', 0.89),
      item('a3', 'a', 'US', 0.88),
      item('b1', 'b', 'US', 0.7),
      item('c1', 'c', 'RU', 0.6),
      item('d1', 'd', 'CN', 0.5),
    ];
    // b1 (0.7, a second US item: ×0.75) still beats d1 (0.5); a2 pays for its outlet and country twice over.
    expect(diversify(items).map((i) => i.id)).toEqual(['a1', 'c1', 'b1', 'd1', 'a2']);
  });

  it('respects the limit and the per-outlet cap', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`x${i}`, 'x', null, 1 - i / 100));
    expect(diversify(items, { limit: 5 })).toHaveLength(2);
    expect(diversify(items, { limit: 5, maxPerOutlet: 10 })).toHaveLength(5);
  });

  it('keeps score order when every item is from a different outlet and country', () => {
    const items = [item('a', 'a', 'A', 0.5), item('b', 'b', 'B', 0.9), item('c', 'c', 'C', 0.7)];
    expect(diversify(items).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('handles an empty list', () => {
    expect(diversify([])).toEqual([]);
  });
});
