// Injected (extract-part.ts) only when detection says the page is an article.
import type { Article, ReadCut } from '../shared/types';
import { extractArticle as extract, extractArticleSteps } from '../pipeline/extract';
import { runStepsSliced, type SliceOptions } from '../pipeline/page/steps';
import { fitArticle } from './fit-article';

/** The article as the background will accept it: a hostile page's oversized fields are cut to the protocol's limits. */
export function extractArticle(doc: Document, url: string): Article | null {
  return fitArticle(extract(doc, url));
}

export interface SlicedExtraction {
  article: Article | null;
  /** Set when the page was too large to read whole: the walk stopped at its budget, or the text was cut to fit. */
  readCut: ReadCut | null;
  workMs: number;
  pauses: number;
  longestSliceMs: number;
}

/**
 * The same, in slices between the page's own tasks (no task of ours holds its main thread for long); the walk's time
 * budget counts our work only, and a page too large to read whole is said to be so (`readCut`).
 */
export async function extractArticleSliced(
  doc: Document,
  url: string,
  slices: SliceOptions,
): Promise<SlicedExtraction> {
  const run = await runStepsSliced((clock) => extractArticleSteps(doc, url, { now: clock.now }), slices);
  const report = run.value;
  const article = fitArticle(report.article);
  const cut = !!article && (!report.complete || article.text.length < (report.article?.text.length ?? 0));
  return {
    article,
    readCut: cut ? { keptChars: article.text.length } : null,
    workMs: run.workMs,
    pauses: run.pauses,
    longestSliceMs: run.longestSliceMs,
  };
}
