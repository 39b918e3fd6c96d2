/**
 * The pack the service worker loads for an article in a language without one: the related language's it borrows
 * (borrowed-packs.ts), which the analysis then reads as borrowed. Null when the article's own language has a pack,
 * or no pack reads its script.
 */
import { LANGUAGE_CODES } from '../languages';
import { articleLanguage, packLanguage } from '../pipeline/recognize';
import type { Article } from '../shared/types';

export function borrowedPackCode(article: Pick<Article, 'text' | 'lang'>): string | null {
  const code = packLanguage(article, (c) => LANGUAGE_CODES.includes(c));
  return code === articleLanguage(article).code ? null : code;
}
