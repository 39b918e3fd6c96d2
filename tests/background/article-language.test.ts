import { describe, expect, it } from 'vitest';
import { articleLanguageOf } from '../../src/background/article-language';
import type { TabState } from '../../src/shared/tab-state';

const state = (declared: string | null, analysis: unknown) =>
  ({ article: { lang: declared }, analysis }) as unknown as Pick<TabState, 'article' | 'analysis'>;

describe('articleLanguageOf', () => {
  it.each([
    ['en', { entities: [], events: [], lang: 'es' }, 'es'],
    ['de-DE', { entities: [], events: [], lang: 'de-DE' }, 'de-DE'],
    ['fr', { entities: [], events: [] }, 'fr'],
    ['fr', { entities: [], events: [], lang: null }, 'fr'],
    ['fr', { entities: [], events: [], lang: 42 }, 'fr'],
    [null, null, null],
    [null, { entities: [], events: [], lang: 'pl' }, 'pl'],
  ])('declared %j, analysis %j → %j', (declared, analysis, lang) => {
    expect(articleLanguageOf(state(declared, analysis))).toBe(lang);
  });
});
