/**
 * Recognition over an extracted article: the call the background makes, and the one `npm run analyze` reports. The
 * article's language is read from its declaration and its text; the caller hands over that language's pack (the
 * background loads it lazily, Node tools have them all), English when there is none.
 */
import { english } from '../../languages/en';
import type { LanguagePack } from '../../languages/types';
import type { Analysis, Article, Entity } from '../../shared/types';
import { type DetectedLanguage, detectLanguage, primaryLanguage } from './language/detect-language';
import { BORROWED_PACKS, borrowedPack, borrowedPackFor } from '../../languages/borrowed-packs';
import { isEnglish } from './ner/language';
import { recognize, recognizeInSteps, type RecognizeOptions } from './recognize';

/** What the analysis found, and the article's language as the text confirmed it. */
export interface ArticleAnalysis extends Analysis {
  /** BCP 47 tag: the page's own when the text agrees with it, else the text's language; null when neither says. */
  lang: string | null;
}

/** The loaded pack for a language code, or none. */
export type PackFor = (code: string) => LanguagePack | null | undefined;

/**
 * The language an article is in: its declaration, confirmed (or overruled) by its text. A language without a pack
 * that declares itself keeps its declaration against the pack languages its function words resemble (Ukrainian's
 * "в", "на" are Russian's, Romanian's "de", "la" Spanish's): the page knows better than a vote that cannot see it.
 * English still overrules it (an English article on a site whose template says "sv").
 */
export function articleLanguage(article: Pick<Article, 'text' | 'lang'>): DetectedLanguage {
  const detected = detectLanguage(article.text, article.lang);
  const said = primaryLanguage(article.lang);
  if (detected.source === 'text' && said && BORROWED_PACKS[said] && detected.code !== 'en')
    return { code: said, source: 'declared' };
  return detected;
}

/** NLP over an extracted article: the same call the background makes. */
export function analyzeArticle(article: Article, packFor: PackFor = () => null): ArticleAnalysis {
  const detected = articleLanguage(article);
  const options = packOptions(article, detected, packFor);
  return { ...recognize(article.text, contextOf(article, detected), options), lang: langOf(article, detected) };
}

/** The same in two steps (see recognizeInSteps): the background looks the names up while dates and events are found. */
export async function analyzeArticleInSteps(
  article: Article,
  onNamed: (named: Entity[]) => unknown,
  packFor: PackFor = () => null,
): Promise<ArticleAnalysis> {
  const detected = articleLanguage(article);
  const options = packOptions(article, detected, packFor);
  const analysis = await recognizeInSteps(article.text, contextOf(article, detected), options, onNamed);
  return { ...analysis, lang: langOf(article, detected) };
}

/**
 * The code of the pack an article is read with: its language's own, else the one it borrows (borrowed-packs.ts);
 * null when neither fits (a script no pack reads). A page that declares nothing and reads as no language with a
 * pack, English included, borrows by its script.
 */
export function packLanguage(
  article: Pick<Article, 'text' | 'lang'>,
  hasPack: (code: string) => boolean,
  detected: DetectedLanguage = articleLanguage(article),
): string | null {
  const undeclared = detected.source === 'default';
  if (undeclared ? isEnglish(article.text, null) : hasPack(detected.code)) return detected.code;
  return borrowedPackFor(undeclared ? 'und' : detected.code, article.text);
}

/** The pack to read the article with, and whether it is borrowed; English's (which reads only English) when none. */
function packOptions(article: Article, detected: DetectedLanguage, packFor: PackFor): RecognizeOptions {
  const code = packLanguage(article, (c) => packFor(c)?.code === c, detected);
  const pack = code ? packFor(code) : null;
  if (!pack || pack.code !== code) return { pack: packFor(detected.code) ?? english };
  const own = code === detected.code && (detected.source !== 'default' || isEnglish(article.text, null));
  return { pack: own ? pack : borrowedPack(pack) };
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
