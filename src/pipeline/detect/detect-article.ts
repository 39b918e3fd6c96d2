/**
 * Detection whole: the score (detect.ts), then, on a page it accepts, the shape check (not-article-shapes.ts) that can
 * turn it down. The content script runs the two apart: the score on every page, the shape check in the part it loads
 * for accepted pages, so the script every page gets carries only the score.
 */
import type { Detection } from '../../shared/types';
import type { Steps } from '../page/steps';
import { runSteps } from '../page/steps';
import { detectArticleSteps as scoreSteps, type DetectOptions } from './detect';
import { DEFAULT_SHAPE_OPTIONS, vetoNotArticleShapes, type ShapeOptions } from './not-article-shapes';

export interface ArticleOptions extends DetectOptions {
  /** The page shapes that turn an accepted page down; `false` scores alone. */
  shapes: ShapeOptions | false;
}

export function detectArticle(doc: Document, url: string, options: Partial<ArticleOptions> = {}): Detection {
  return runSteps(detectArticleSteps(doc, url, options));
}

/** The same in steps: the score's steps, then the shape check as one more. */
export function* detectArticleSteps(
  doc: Document,
  url: string,
  options: Partial<ArticleOptions> = {},
): Steps<Detection> {
  const { shapes = DEFAULT_SHAPE_OPTIONS, ...scoreOptions } = options;
  const d = yield* scoreSteps(doc, url, scoreOptions);
  if (!d.isArticle || !shapes) return d;
  yield;
  try {
    return vetoNotArticleShapes(doc, d, shapes);
  } catch {
    // A hostile document that breaks the shape check keeps the score's verdict.
    return d;
  }
}
