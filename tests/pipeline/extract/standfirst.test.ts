import { describe, expect, it } from 'vitest';
import { pickStandfirst } from '../../../src/pipeline/extract/standfirst';

const title = 'Chancellor sets out budget as growth forecast is cut';

describe('pickStandfirst', () => {
  it.each([
    [
      'the first real summary',
      [null, 'The fiscal watchdog says the economy will grow more slowly than it thought in the spring.'],
      'The fiscal watchdog says the economy will grow more slowly than it thought in the spring.',
    ],
    ['the title again is no standfirst', [title, 'Too short.'], null],
    ['a stub is no standfirst', ['Budget news'], null],
    ['a site slogan is no standfirst', ['The latest news and analysis from Daily Courier'], null],
  ])('%s', (_l, candidates, want) => {
    expect(pickStandfirst(candidates, title, 'Daily Courier')).toBe(want);
  });

  it('cuts a long description at a word', () => {
    const long = `${'The watchdog said growth would slow. '.repeat(12)}`;
    const got = pickStandfirst([long], title, null, { maxChars: 100 })!;
    expect(got.length).toBeLessThanOrEqual(100);
    expect(got.endsWith('…')).toBe(true);
  });
});
