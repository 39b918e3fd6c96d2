/** The whole on-device pipeline for one page, as the measurement contract reports it (used by `npm run analyze`). */
import type { Analysis, Article, Detection } from '../src/shared/types';
import { detectArticle } from '../src/pipeline/detect';
import { extractArticle } from '../src/pipeline/extract';
import { packFor } from '../src/languages/all';
import { prepareNerModel } from '../src/languages/pack-model';
import { prepareNodeSegmenter } from './segmenter-wasm';
import { analyzeArticle, articleLanguage } from '../src/pipeline/recognize';

export interface DocumentReport {
  isArticle: boolean;
  score: number;
  detection: Detection;
  article: Article | null;
  entities: Analysis['entities'];
  events: Analysis['events'];
  /** Names the recognizer held back as unsure (no type), when there are any. */
  alsoMentioned?: string[];
  timings: { detect_ms: number; extract_ms: number; nlp_ms: number };
}

export interface AnalyzeOptions {
  /** Publication date to use when the page gives none (YYYY-MM-DD). */
  date?: string;
  now?: () => number;
}

export async function analyzeDocument(
  doc: Document,
  url: string,
  options: AnalyzeOptions = {},
): Promise<DocumentReport> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const detection = detectArticle(doc, url);
  const t1 = now();
  const article = extractArticle(doc, url);
  if (article && !article.publishedAt && options.date) article.publishedAt = options.date;
  const t2 = now();
  // The article's language's own tagger model, loaded the first time a page in that language comes.
  if (article) await prepareLanguage(articleLanguage(article).code);
  const analysis = article ? analyzeArticle(article, packFor) : { entities: [], events: [], lang: null };
  // The language the text is in, which may overrule the page's declaration.
  if (article) article.lang = analysis.lang;
  const t3 = now();
  return {
    isArticle: detection.isArticle,
    score: detection.score,
    detection,
    article,
    entities: analysis.entities,
    events: analysis.events,
    ...alsoMentioned(analysis),
    timings: { detect_ms: round(t1 - t0), extract_ms: round(t2 - t1), nlp_ms: round(t3 - t2) },
  };
}

/** The names recognize() held back, by name only: offline nothing confirms their type. */
export const alsoMentioned = (analysis: Pick<Analysis, 'unsure'>): { alsoMentioned?: string[] } =>
  analysis.unsure?.length ? { alsoMentioned: analysis.unsure.map((e) => e.name) } : {};

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** The language's tagger model, and its segmenter where it has one (Japanese, Chinese): loaded on first need. */
export async function prepareLanguage(code: string): Promise<void> {
  await prepareNerModel(code);
  await prepareNodeSegmenter(code);
}
