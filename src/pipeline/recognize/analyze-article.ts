/** Recognition over an extracted article: the call the background makes, and the one `npm run analyze` reports. */
import type { Analysis, Article, Entity } from '../../shared/types';
import { recognize, recognizeInSteps } from './recognize';

/** NLP over an extracted article: the same call the background makes. */
export function analyzeArticle(article: Article): Analysis {
  return recognize(article.text, contextOf(article));
}

/** The same in two steps (see recognizeInSteps): the background looks the names up while dates and events are found. */
export function analyzeArticleInSteps(article: Article, onNamed: (named: Entity[]) => unknown): Promise<Analysis> {
  return recognizeInSteps(article.text, contextOf(article), {}, onNamed);
}

const contextOf = (article: Article) => ({
  title: article.title,
  publishedAt: article.publishedAt,
  lang: article.lang,
});
