import { describe, expect, it } from 'vitest';
import { firstPaintPending, type PaintTiming } from '../../src/popup/after-paint';

const timing = (types: string[], painted: string[]): PaintTiming => ({
  supportedEntryTypes: types,
  paintEntries: () => painted.map((name) => ({ name })),
});

describe('firstPaintPending', () => {
  it.each([
    ['nothing painted yet', timing(['paint', 'element'], []), true],
    ['only the first (not contentful) paint', timing(['paint'], ['first-paint']), true],
    ['the first contentful paint reported', timing(['paint'], ['first-paint', 'first-contentful-paint']), false],
    ['no paint entries in this browser', timing(['navigation', 'mark'], []), false],
    ['no PerformanceObserver at all', timing([], []), false],
  ])('%s → %j', (_name, given, expected) => expect(firstPaintPending(given)).toBe(expected));
});
