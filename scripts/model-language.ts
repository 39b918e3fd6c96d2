/**
 * The tagger model of the pack an article borrows when its language has none (borrowed-packs.ts), loaded before the
 * analysis as the article's own language's model is; nothing for a language with a pack of its own.
 */
import { packFor } from '../src/languages/all';
import { prepareNerModel } from '../src/languages/pack-model';
import { articleLanguage, packLanguage } from '../src/pipeline/recognize';
import type { Article } from '../src/shared/types';

export async function prepareBorrowedModel(article: Pick<Article, 'text' | 'lang'>): Promise<void> {
  const code = packLanguage(article, (c) => packFor(c)?.code === c);
  if (code && code !== articleLanguage(article).code) await prepareNerModel(code);
}
