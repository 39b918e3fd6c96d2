import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmFirstScreenFormats } from '../../src/popup/first-screen-formats';
import { gapText, tickText } from '../../src/popup/ClockAxis';
import { formatArticleDate } from '../../src/popup/format';
import { formatWhen } from '../../src/shared/value-range';

afterEach(() => vi.restoreAllMocks());

describe('warmFirstScreenFormats', () => {
  // First, while nothing is made yet: every build fails.
  it('never throws, even where the engine has no Intl formats', () => {
    for (const kind of ['ListFormat', 'DateTimeFormat', 'NumberFormat', 'PluralRules'] as const)
      vi.spyOn(Intl, kind).mockImplementation(() => {
        throw new RangeError(`no ${kind}`);
      });
    expect(() => warmFirstScreenFormats()).not.toThrow();
  });

  // After the warm-up, the first screen's formats are made: the render builds none of them again. A locale the
  // warm-up did not cover still builds its own (the spies can see a build).
  it.each([
    ['the header date', () => formatArticleDate('2022-09-07'), 0],
    ['a day range', () => formatWhen('2022-09-15/2022-09-16'), 0],
    ['a month range', () => formatWhen('2022-02/2022-03'), 0],
    ['a clock tick in years', () => tickText('1991-12-26', { from: '1991-12-26', to: '2020-01-01' }), 0],
    ['a clock tick in months', () => tickText('2022-02-24', { from: '2022-02-24', to: '2022-03-01' }), 0],
    ['a cut in years and one in months', () => [gapText(3000), gapText(200)], 0],
    ['another locale', () => formatArticleDate('2022-09-07', 'fr-FR'), 1],
  ])('%s', (_name, use, builds) => {
    warmFirstScreenFormats();
    let built = 0;
    for (const kind of ['DateTimeFormat', 'NumberFormat'] as const) {
      const Real = Intl[kind] as new (...args: unknown[]) => object;
      // biome-ignore lint/complexity/useArrowFunction: called with `new`, which an arrow function cannot be
      vi.spyOn(Intl, kind).mockImplementation(function (...args: unknown[]) {
        built++;
        return new Real(...args);
      } as never);
    }
    use();
    expect(built).toBe(builds);
  });
});
