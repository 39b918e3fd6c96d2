/**
 * Runs one HTML document through the pipeline as the extension does (detect → extract → recognize) and checks
 * what must hold on any input: no exception, a payload the background's protocol accepts, mention offsets that
 * index the text, no prototype pollution, and time within a budget that grows with the page's size.
 */
import { parseHtml } from '../../scripts/dom';
import { packFor } from '../../src/languages/all';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { detectArticle } from '../../src/pipeline/detect';
import { extractArticle } from '../../src/content/extract-lazy';
import { parseMessage } from '../../src/shared/protocol';

export interface CheckOptions {
  /** Milliseconds a 100 KB page may take through the whole pipeline... */
  baseBudgetMs: number;
  /** ...plus this much per further KB (10 MB pages get proportionally more)... */
  budgetMsPerKb: number;
  /** ...plus this much per character the recognizer reads (it reads at most 200,000). */
  budgetMsPerChar: number;
  /** Skip the time check (unit tests: timing belongs in benchmarks). */
  checkTime: boolean;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  baseBudgetMs: 3_000,
  budgetMsPerKb: 2,
  budgetMsPerChar: 0.1,
  checkTime: true,
};

export interface CheckResult {
  ok: boolean;
  /** The first stage that failed and why. */
  failure?: {
    stage: 'detect' | 'extract' | 'protocol' | 'recognize' | 'offsets' | 'prototype' | 'time';
    message: string;
  };
  /** Pipeline time (detect + extract + recognize); parsing HTML is the browser's work, timed apart. */
  ms: number;
  budgetMs: number;
  stages: { parse_ms: number; detect_ms: number; extract_ms: number; nlp_ms: number };
  isArticle: boolean;
  entities: number;
  /**
   * Node's HTML parser (linkedom) failed: the page never reached the pipeline. Not a pipeline failure (in the
   * extension the browser builds the DOM), but counted and reported.
   */
  parserError?: string;
}

const PROTO_KEYS = () =>
  Object.getOwnPropertyNames(Object.prototype).concat(Object.getOwnPropertyNames(Array.prototype)).join(',');

const NLP_MAX_CHARS = 200_000; // recognize()'s own cap

export function budgetFor(html: string, analyzedChars: number, options: CheckOptions = DEFAULT_CHECK_OPTIONS): number {
  return (
    options.baseBudgetMs +
    Math.max(0, html.length / 1024 - 100) * options.budgetMsPerKb +
    Math.min(analyzedChars, NLP_MAX_CHARS) * options.budgetMsPerChar
  );
}

export function checkDocument(
  html: string,
  url = 'https://news.example/world/2022/09/07/fuzzed-story',
  partial: Partial<CheckOptions> = {},
): CheckResult {
  const options = { ...DEFAULT_CHECK_OPTIONS, ...partial };
  let budgetMs = budgetFor(html, 0, options);
  const protoBefore = PROTO_KEYS();
  const stages = { parse_ms: 0, detect_ms: 0, extract_ms: 0, nlp_ms: 0 };
  let mark = performance.now();
  const lap = (stage: keyof typeof stages) => {
    const now = performance.now();
    stages[stage] = Math.round(now - mark);
    mark = now;
  };
  const result = (failure: CheckResult['failure'], isArticle = false, entities = 0): CheckResult => ({
    ok: !failure,
    ...(failure ? { failure } : {}),
    ms: stages.detect_ms + stages.extract_ms + stages.nlp_ms,
    budgetMs: Math.round(budgetMs),
    stages,
    isArticle,
    entities,
  });
  const fail = (stage: NonNullable<CheckResult['failure']>['stage'], error: unknown) =>
    result({ stage, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });

  let doc: Document;
  try {
    doc = parseHtml(html, url);
    lap('parse_ms');
  } catch (error) {
    return {
      ...result(undefined),
      parserError: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
  let detection: ReturnType<typeof detectArticle>;
  try {
    detection = detectArticle(doc, url);
    lap('detect_ms');
    if (!Number.isFinite(detection.score)) return fail('detect', `score is ${detection.score}`);
  } catch (error) {
    return fail('detect', error);
  }
  // Extraction runs whatever detection said: "Analyze this page anyway" does the same.
  let article: ReturnType<typeof extractArticle>;
  try {
    article = extractArticle(doc, url);
    lap('extract_ms');
  } catch (error) {
    return fail('extract', error);
  }
  const message = { type: 'page/scanned', payload: { url, detection, article, forced: true } };
  if (!parseMessage(JSON.parse(JSON.stringify(message))))
    return fail('protocol', 'the background would reject the page/scanned message');
  let entities = 0;
  if (article) {
    budgetMs = budgetFor(html, article.text.length, options);
    let analysis: ReturnType<typeof analyzeArticle>;
    try {
      analysis = analyzeArticle(article, packFor);
      lap('nlp_ms');
    } catch (error) {
      return fail('recognize', error);
    }
    entities = analysis.entities.length;
    for (const mention of [...analysis.entities, ...analysis.events].flatMap((e) => e.mentions)) {
      const { start, end, text } = mention;
      if (
        !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= article.text.length)
      ) {
        return fail(
          'offsets',
          `mention ${JSON.stringify(mention).slice(0, 200)} out of bounds of a ${article.text.length}-char text`,
        );
      }
      if (article.text.slice(start, end) !== text)
        return fail(
          'offsets',
          `mention ${JSON.stringify(text).slice(0, 100)} ≠ text[${start}, ${end}) ${JSON.stringify(article.text.slice(start, end)).slice(0, 100)}`,
        );
    }
  }
  if (PROTO_KEYS() !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined)
    return fail('prototype', 'Object or Array prototype changed');
  const done = result(undefined, detection.isArticle, entities);
  if (options.checkTime && done.ms > budgetMs)
    return {
      ...done,
      ok: false,
      failure: {
        stage: 'time',
        message: `${done.ms} ms > budget ${Math.round(budgetMs)} ms (${JSON.stringify(stages)})`,
      },
    };
  return done;
}
