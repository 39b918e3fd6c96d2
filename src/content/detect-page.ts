import { detectArticle } from '../pipeline/detect';
import type { Detection } from '../shared/types';

/**
 * Detection as the content script runs it on every page: only the verdict matters there, so signal reading stops as
 * soon as it is certain. bench/pages-browser.ts times this very function.
 */
export function detectPage(doc: Document, url: string): Detection {
  return detectArticle(doc, url, { stopWhenCertain: true });
}
