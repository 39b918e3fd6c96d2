/** The language whose tagger model an article needs: its own, or the pack it borrows (borrowed-packs.ts). */
import { packFor } from '../src/languages/all';
import { articleLanguage, packLanguage } from '../src/pipeline/recognize';
import type { Article } from '../src/shared/types';

export const modelLanguage = (article: Pick<Article, 'text' | 'lang'>): string =>
  packLanguage(article, (code) => packFor(code)?.code === code) ?? articleLanguage(article).code;
