import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../src/shared/intl-format';

describe('intl-format', () => {
  const day = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
  const years = { style: 'unit', unit: 'year', unitDisplay: 'narrow' } as const;

  it.each([
    ['same date options', () => dateFormat('en-US', day), () => dateFormat('en-US', { ...day }), true],
    ['other date options', () => dateFormat('en-US', day), () => dateFormat('en-US', { year: 'numeric' }), false],
    ['other locale', () => dateFormat('en-US', day), () => dateFormat('de-DE', day), false],
    ['same number options', () => numberFormat('en-US', years), () => numberFormat('en-US', { ...years }), true],
    ['other unit', () => numberFormat('en-US', years), () => numberFormat('en-US', { ...years, unit: 'month' }), false],
  ] as const)('%s: one instance is %s', (_name, a, b, same) => {
    expect(a() === (b() as unknown)).toBe(same);
  });

  it('formats like a new formatter would', () => {
    const date = new Date(Date.UTC(2022, 8, 7));
    expect(dateFormat('en-US', day).format(date)).toBe(new Intl.DateTimeFormat('en-US', day).format(date));
    expect(numberFormat('en-US', years).format(28)).toBe(new Intl.NumberFormat('en-US', years).format(28));
  });

  it('a date and a number format with the same options are not confused', () => {
    expect(numberFormat('en-US', {}) as unknown).not.toBe(dateFormat('en-US', {}));
  });
});
