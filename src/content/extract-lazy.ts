// Injected (extract-part.ts) only when detection says the page is an article.
import type { Article } from '../shared/types';
import { extractArticle as extract } from '../pipeline/extract';
import { fitArticle } from './fit-article';

/** The article as the background will accept it: a hostile page's oversized fields are cut to the protocol's limits. */
export function extractArticle(doc: Document, url: string): Article | null {
  return fitArticle(extract(doc, url));
}
