import { describe, expect, it } from 'vitest';
import { isPromotion, withoutReadAlso } from '../../../src/pipeline/extract/promo-links';

describe('isPromotion', () => {
  it.each([
    ['Click here to get the Daily Courier app', true],
    ['Subscribe to our newsletter', true],
    ['Sign up for breaking news alerts', true],
    ['S’inscrire gratuitement', true],
    ["S'abonner pour 1 €", true],
    ['Download the app for the latest updates', true],
    ['PUTIN TO ATTEND WAR GAMES WITH CHINA AND OTHER ALLIED NATIONS', false],
    ['Senate passes spending bill after late-night vote', false],
    ['App stores face new rules in the EU', false],
  ])('%s → %s', (text, want) => {
    expect(isPromotion(text)).toBe(want);
  });
});

describe('withoutReadAlso', () => {
  it.each([
    ['Lire aussi : Le budget 2025 adopté', 'Le budget 2025 adopté'],
    ['Read more: Senate passes bill', 'Senate passes bill'],
    ['Lesen Sie auch: Neue Regeln', 'Neue Regeln'],
    ['Aussi : un titre', 'Aussi : un titre'],
  ])('%s → %s', (text, want) => {
    expect(withoutReadAlso(text)).toBe(want);
  });
});
