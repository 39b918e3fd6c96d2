/**
 * The language a tab's article is in, for the lookups that follow it (cards, coverage): the one the analysis
 * confirmed from the text (a page that says lang="en" but is written in Spanish is Spanish), else the page's own.
 */
import type { TabState } from '../shared/tab-state';
import type { Article } from '../shared/types';

/** The analysis may carry the language its text was read in; older stored states do not. */
const confirmedLanguage = (analysis: unknown): string | null => {
  const lang = analysis && typeof analysis === 'object' ? (analysis as { lang?: unknown }).lang : undefined;
  return typeof lang === 'string' && lang ? lang : null;
};

export function articleLanguageOf(state: Pick<TabState, 'article' | 'analysis'>): string | null {
  return confirmedLanguage(state.analysis) ?? state.article?.lang ?? null;
}

/** The tab's article with its language as confirmed. */
export function articleIn(state: Pick<TabState, 'article' | 'analysis'> & { article: Article }): Article {
  return { ...state.article, lang: articleLanguageOf(state) };
}
