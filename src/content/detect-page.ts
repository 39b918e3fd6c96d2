// The score alone: the shape check that may turn an accepted page down comes with the extract part (index.ts).
import { detectArticleSteps } from '../pipeline/detect/detect';
import { runSteps, type Steps } from '../pipeline/page/steps';
import type { Detection } from '../shared/types';

/**
 * Detection as the content script runs it on every page: only the verdict matters there, so signal reading stops as
 * soon as it is certain. bench/pages-browser.ts times this very function.
 */
export function detectPage(doc: Document, url: string): Detection {
  return runSteps(detectPageSteps(doc, url));
}

/** The same in steps, for the content script's sliced run (pipeline/page/steps.ts). */
export const detectPageSteps = (doc: Document, url: string): Steps<Detection> =>
  detectArticleSteps(doc, url, { stopWhenCertain: true });
