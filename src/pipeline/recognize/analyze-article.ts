/**
 * Recognition over an extracted article: the call the background makes, and the one `npm run analyze` reports. The
 * article's language is read from its declaration and its text; the caller hands over that language's pack (the
 * background loads it lazily, Node tools have them all), English when there is none.
 */
import { english } from '../../languages/en';
import type { LanguagePack } from '../../languages/types';
import type { Analysis, Article, Entity } from '../../shared/types';
import { type DetectedLanguage, detectLanguage } from './language/detect-language';
import { recognize, recognizeInSteps } from './recognize';

/** What the analysis found, and the article's language as the text confirmed it. */
export interface ArticleAnalysis extends Analysis {
  /** BCP 47 tag: the page's own when the text agrees with it, else the text's language; null when neither says. */
  lang: string | null;
}

/** The loaded pack for a language code, or none. */
export type PackFor = (code: string) => LanguagePack | null | undefined;

/** The language an article is in: its declaration, confirmed (or overruled) by its text. */
export function articleLanguage(article: Pick<Article, 'text' | 'lang'>): DetectedLanguage {
  return detectLanguage(article.text, article.lang);
}

/** NLP over an extracted article: the same call the background makes. */
export function analyzeArticle(article: Article, packFor: PackFor = () => null): ArticleAnalysis {
  const detected = articleLanguage(article);
  const pack = packFor(detected.code) ?? english;
  return { ...recognize(article.text, contextOf(article, detected), { pack }), lang: langOf(article, detected) };
}

/** The same in two steps (see recognizeInSteps): the background looks the names up while dates and events are found. */
export async function analyzeArticleInSteps(
  article: Article,
  onNamed: (named: Entity[]) => unknown,
  packFor: PackFor = () => null,
): Promise<ArticleAnalysis> {
  const detected = articleLanguage(article);
  const pack = packFor(detected.code) ?? english;
  const analysis = await recognizeInSteps(article.text, contextOf(article, detected), { pack }, onNamed);
  return { ...analysis, lang: langOf(article, detected) };
}

const langOf = (article: Article, detected: DetectedLanguage) =>
  detected.source === 'text' ? detected.code : article.lang;

const contextOf = (article: Article, detected: DetectedLanguage) => ({
  title: article.title,
  publishedAt: article.publishedAt,
  authors: article.authors,
  // English runs on a page only when it reads as English; an undeclared page is still judged by its words.
  lang: detected.source === 'default' ? article.lang : detected.code,
});
