import type { Article } from '../../shared/types';
import { extractBodySteps, type BodyOptions } from './extract-body';
import { extractMetadataSteps, type Metadata } from './extract-metadata';
import { runSteps, type Steps } from '../page/steps';
import { withoutHeaderLines } from './header-lines';
import { trueCase, trueCaseName } from '../page/true-case';
import { storyHeaderLines } from '../detect/signals';

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
  return runSteps(extractArticleSteps(doc, url, options));
}

/**
 * The report in steps, for a run sliced between the page's tasks (page/steps.ts); pass the run's work clock as
 * `options.now` so the walk's time budget counts only our own work.
 */
export function* extractArticleSteps(
  doc: Document,
  url: string,
  options: Partial<BodyOptions> = {},
): Steps<ExtractionReport> {
  try {
    const story = storyHeaderLines(doc);
    const metadata = yield* extractMetadataSteps(doc, url, story);
    yield;
    const body = yield* extractBodySteps(doc, options, url);
    yield;
    const problems = body.complete ? [] : ['budget-exceeded: body walk stopped early'];
    if (!body.paragraphs.length && !metadata.title)
      return { article: null, complete: body.complete, problems: [...problems, 'no-content'] };
    const lines = story ? [story.headline, story.byline, story.date] : [];
    const paragraphs = withoutHeaderLines(body.paragraphs, { ...metadata, lines });
    const text = paragraphs.join('\n\n');
    const article = { ...casedMetadata(metadata, text), text, relatedLinks: body.relatedLinks };
    return { article, complete: body.complete, problems };
  } catch (error) {
    return {
      article: null,
      complete: false,
      problems: [`error: ${String((error as Error)?.message ?? error).slice(0, 200)}`],
    };
  }
}

/** A headline or byline set in capitals ("By STEVE PEOPLES, THOMAS BEAUMONT") in the casing the article uses. */
function casedMetadata(metadata: Metadata, text: string): Metadata {
  const sources = { text };
  const capsRun = /\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*)*/gu;
  return {
    ...metadata,
    title: trueCase(metadata.title, sources),
    authors: metadata.authors.map((a) => trueCaseName(a, sources)),
    byline: metadata.byline?.replace(capsRun, (run) => trueCaseName(run, sources)) ?? null,
  };
}
