import type { Article } from '../../shared/types';
import { extractBody, type BodyOptions } from './extract-body';
import { extractMetadata } from './extract-metadata';
import { withoutHeaderLines } from './header-lines';

export interface ExtractionReport {
  article: Article | null;
  /** False when the body walk stopped at its budget (huge or hostile page): the text may be cut short. */
  complete: boolean;
  /** Why there is no article or why it may be partial, for logs and the analyze CLI. */
  problems: string[];
}

/** The article on a page: metadata, body paragraphs (joined by blank lines) and in-body related links. */
export function extractArticle(doc: Document, url: string, options: Partial<BodyOptions> = {}): Article | null {
  return extractArticleReport(doc, url, options).article;
}

/** The same, saying whether the extraction finished within its budget; never throws on hostile input. */
export function extractArticleReport(doc: Document, url: string, options: Partial<BodyOptions> = {}): ExtractionReport {
  try {
    const metadata = extractMetadata(doc, url);
    const body = extractBody(doc, options, url);
    const problems = body.complete ? [] : ['budget-exceeded: body walk stopped early'];
    if (!body.paragraphs.length && !metadata.title)
      return { article: null, complete: body.complete, problems: [...problems, 'no-content'] };
    const paragraphs = withoutHeaderLines(body.paragraphs, metadata);
    const article = { ...metadata, text: paragraphs.join('\n\n'), relatedLinks: body.relatedLinks };
    return { article, complete: body.complete, problems };
  } catch (error) {
    return {
      article: null,
      complete: false,
      problems: [`error: ${String((error as Error)?.message ?? error).slice(0, 200)}`],
    };
  }
}
