import type { Article } from '../shared/types';
import { extractBody, type BodyOptions } from './extract-body';
import { extractMetadata } from './extract-metadata';

/** The article on a page: metadata, body paragraphs (joined by blank lines) and in-body related links. */
export function extractArticle(doc: Document, url: string, options: Partial<BodyOptions> = {}): Article | null {
  const metadata = extractMetadata(doc, url);
  const body = extractBody(doc, options);
  if (!body.paragraphs.length && !metadata.title) return null;
  return { ...metadata, text: body.paragraphs.join('\n\n'), relatedLinks: body.relatedLinks };
}
