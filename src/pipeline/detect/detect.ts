/**
 * Cheap article detection: runs on every page, so it reads a few selector queries (page/signals.ts) and never walks
 * the DOM itself. Each signal adds or removes points and leaves a reason; the page is a news article when the score
 * reaches `minScore`. The points are a linear model fitted on the development pages (logistic regression, scaled by
 * ten and rounded), then checked by hand for sign and size; `npm run bench:pages` measures them.
 * With `stopWhenCertain` (the content script) the signals are read group by group, cheapest first, and reading stops
 * as soon as the points the unread groups could still add or take away cannot change the verdict.
 */
import { runSteps, type Steps } from '../page/steps';
import type { Detection } from '../../shared/types';
import {
  emptySignals,
  readGroup,
  readSignals,
  SIGNAL_GROUPS,
  type PageSignals,
  type SignalGroup,
  type SignalOptions,
} from './signals';

export interface DetectWeights {
  jsonldArticle: number;
  jsonldNews: number;
  jsonldProduct: number;
  /** A page-level schema.org type that is not an article: search results, collections, forum threads, live blogs. */
  jsonldPageType: number;
  /** A main entity that is not an article (a VideoObject with no article beside it). */
  jsonldOther: number;
  microdataArticle: number;
  ogArticle: number;
  ogWebsite: number;
  ogVideo: number;
  ogProduct: number;
  date: number;
  byline: number;
  someBody: number;
  body: number;
  denseBlock: number;
  veryDenseBlock: number;
  concentrated: number;
  oneArticleElement: number;
  oneH1: number;
  /** The page's <h1> is a headline its <title> repeats: a story page, not a front with a section name. */
  headlineEcho: number;
  manyHeadlineLinks: number;
  veryManyHeadlineLinks: number;
  price: number;
  password: number;
  refresh: number;
  urlDated: number;
  urlSlug: number;
  urlStoryId: number;
  urlSectionRoot: number;
  urlNonArticleKind: number;
  urlProduct: number;
  urlForum: number;
  /** A site whose pages are not news (site-kinds.ts). */
  siteNotNews: number;
  /** The page's <h1> sits just before its densest block of prose: a headline leading a story. */
  headlineLeads: number;
  /** A byline or a date line printed under the headline. */
  textByline: number;
  textDate: number;
  /** Prose written as loose text (between <br>s, no <p>) in a dense block. */
  looseBlock: number;
  /** A prose paragraph near the top opens with a dateline ("WASHINGTON (AP) —"). */
  dateline: number;
  /**
   * A story's shape: the headline leads one concentrated block of prose, with a byline or a date line under it or a
   * dateline opening it. Each part alone is common on fronts and shop pages; together they are rare there.
   */
  storyHeader: number;
}

export interface DetectOptions extends SignalOptions {
  minScore: number;
  /** Prose characters that make "some body text" and "a body". */
  someBodyChars: number;
  bodyChars: number;
  /** Prose characters in one block (the paragraphs of one parent) that make a dense and a very dense block. */
  denseBlockChars: number;
  veryDenseBlockChars: number;
  /** Share of all prose that sits in the densest block for the prose to count as concentrated. */
  concentratedShare: number;
  manyHeadlineLinks: number;
  veryManyHeadlineLinks: number;
  /**
   * Elements whose class names a price that make a shop's page, as a cart does: a shop labels each price it shows
   * (the price, the former one, the unit one, the related products'); a story with a price box or two stays below.
   */
  minPriceLabels: number;
  weights: DetectWeights;
  /**
   * Stop reading signals once the verdict is certain (the content script, where only the verdict matters). The score
   * then counts the signals read so far, and a `note:verdict-certain` reason names the groups left unread.
   */
  stopWhenCertain: boolean;
}

export const DEFAULT_WEIGHTS: DetectWeights = {
  jsonldArticle: 6,
  jsonldNews: 6,
  jsonldProduct: -20,
  jsonldPageType: -20,
  jsonldOther: -10,
  microdataArticle: 6,
  ogArticle: 11,
  ogWebsite: -7,
  ogVideo: -5,
  ogProduct: -8,
  date: 7,
  byline: 5,
  someBody: 5,
  body: 5,
  denseBlock: 8,
  veryDenseBlock: 10,
  concentrated: 6,
  oneArticleElement: 8,
  oneH1: 4,
  headlineEcho: 10,
  manyHeadlineLinks: -6,
  veryManyHeadlineLinks: -2,
  price: -14,
  password: -4,
  refresh: -4,
  urlDated: 19,
  urlSlug: 6,
  urlStoryId: 2,
  urlSectionRoot: -9,
  urlNonArticleKind: -11,
  urlProduct: -8,
  urlForum: -10,
  siteNotNews: -20,
  headlineLeads: 4,
  textByline: 4,
  textDate: 4,
  looseBlock: 6,
  dateline: 4,
  storyHeader: 10,
};

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  minScore: 30,
  minParagraphChars: 80,
  maxParagraphs: 300,
  maxElements: 5_000,
  looseTextBelow: 1_200,
  someBodyChars: 500,
  bodyChars: 1_200,
  denseBlockChars: 800,
  veryDenseBlockChars: 2_000,
  concentratedShare: 0.6,
  manyHeadlineLinks: 10,
  veryManyHeadlineLinks: 25,
  minPriceLabels: 5,
  weights: DEFAULT_WEIGHTS,
  stopWhenCertain: false,
};

/** The weights each group of signals can trigger: what an unread group could still add or take away. */
const GROUP_WEIGHTS: Record<SignalGroup, (keyof DetectWeights)[]> = {
  head: [
    'jsonldArticle',
    'jsonldNews',
    'jsonldProduct',
    'jsonldPageType',
    'jsonldOther',
    'ogArticle',
    'ogWebsite',
    'ogVideo',
    'ogProduct',
    'date',
    'byline',
    'refresh',
    'urlDated',
    'urlSlug',
    'urlStoryId',
    'urlSectionRoot',
    'urlNonArticleKind',
    'urlProduct',
    'urlForum',
    'siteNotNews',
  ],
  headings: ['oneArticleElement', 'oneH1', 'headlineEcho', 'manyHeadlineLinks', 'veryManyHeadlineLinks'],
  forms: ['price', 'password'],
  markup: ['date', 'byline', 'price', 'microdataArticle'],
  byline: ['byline'],
  paragraphs: [
    'someBody',
    'body',
    'denseBlock',
    'veryDenseBlock',
    'concentrated',
    'headlineLeads',
    'textByline',
    'textDate',
    'looseBlock',
    'dateline',
    'storyHeader',
  ],
};

const PAGE_TYPES = new Set([
  'SearchResultsPage',
  'CollectionPage',
  'ProfilePage',
  'QAPage',
  'DiscussionForumPosting',
  'LiveBlogPosting',
  'ImageGallery',
  'MediaGallery',
  'VideoGallery',
  'SocialMediaPosting',
]);
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer']);

export function detectArticle(doc: Document, url: string, options: Partial<DetectOptions> = {}): Detection {
  return runSteps(detectArticleSteps(doc, url, options));
}

/** The same in steps: with `stopWhenCertain` it yields between signal groups (page/steps.ts). */
export function* detectArticleSteps(
  doc: Document,
  url: string,
  options: Partial<DetectOptions> = {},
): Steps<Detection> {
  const opts = { ...DEFAULT_DETECT_OPTIONS, ...options, weights: { ...DEFAULT_WEIGHTS, ...options.weights } };
  try {
    return opts.stopWhenCertain
      ? yield* detectUntilCertain(doc, url, opts)
      : scoreSignals(readSignals(doc, url, opts), opts);
  } catch (error) {
    // A hostile or half-built document: say so rather than guess.
    return {
      isArticle: false,
      score: 0,
      reasons: [`error:${String((error as Error)?.message ?? error).slice(0, 80)}`],
    };
  }
}

function* detectUntilCertain(doc: Document, url: string, opts: DetectOptions): Steps<Detection> {
  const s = emptySignals();
  for (let i = 0; ; i++) {
    if (i) yield;
    readGroup(SIGNAL_GROUPS[i]!, doc, url, s, opts);
    const d = scoreSignals(s, opts);
    if (i === SIGNAL_GROUPS.length - 1) return d;
    const open = openPoints(SIGNAL_GROUPS, s, opts.weights, i + 1);
    if (d.score + open.loss >= opts.minScore || d.score + open.gain < opts.minScore) {
      d.reasons.push(`note:verdict-certain, not read: ${SIGNAL_GROUPS.slice(i + 1).join(' ')}`);
      return d;
    }
  }
}

/**
 * The most points the unread groups (`unread`, from index `from`) could still add (`gain`) and take away (`loss`):
 * each weight they can trigger, counted once, except a signal already raised (it scores once) and microdata when
 * JSON-LD already named an article. Plain loops: it runs on every page with nothing compiled yet.
 */
export function openPoints(
  unread: readonly SignalGroup[],
  s: PageSignals,
  w: DetectWeights,
  from = 0,
): { gain: number; loss: number } {
  const counted: Partial<Record<keyof DetectWeights, boolean>> = {
    date: !!(s.metaDate || s.ldDate),
    byline: s.byline,
    price: s.price,
    password: s.password,
    microdataArticle: !!(s.ldArticle || s.microdataArticle),
  };
  let gain = 0;
  let loss = 0;
  for (let g = from; g < unread.length; g++) {
    const keys = GROUP_WEIGHTS[unread[g]!];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (counted[key]) continue;
      counted[key] = true;
      if (w[key] > 0) gain += w[key];
      else loss += w[key];
    }
  }
  return { gain, loss };
}

/** A weight a page's signals trigger, with the reason it is given under. */
export type Fired = readonly [keyof DetectWeights, string];

/** Points and reasons for a set of signals: pure, so every rule is testable without a DOM. */
export function scoreSignals(s: PageSignals, opts: DetectOptions = DEFAULT_DETECT_OPTIONS): Detection {
  const w = opts.weights;
  const reasons: string[] = [];
  let score = 0;
  for (const [key, reason] of firedSignals(s, opts)) {
    const points = w[key];
    if (!points) continue;
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  }
  // Said, not scored: on a huge page detection read only its first part.
  if (s.truncated) reasons.push('note:budget-reached');
  return { isArticle: score >= opts.minScore, score, reasons };
}

/** The weights a page's signals trigger, each once (the features of the linear model). */
export function firedSignals(s: PageSignals, opts: DetectOptions = DEFAULT_DETECT_OPTIONS): Fired[] {
  const fired: Fired[] = [];
  const add = (key: keyof DetectWeights, reason: string) => fired.push([key, reason]);
  if (s.ldArticle) add('jsonldArticle', `jsonld:${s.ldArticle}`);
  if (s.ldNews) add('jsonldNews', 'jsonld:news');
  if (s.ldOther && PRODUCT_TYPES.has(s.ldOther)) add('jsonldProduct', `jsonld:${s.ldOther}`);
  else if (s.ldOther && PAGE_TYPES.has(s.ldOther)) add('jsonldPageType', `jsonld:${s.ldOther}`);
  else if (s.ldOther && !s.ldArticle) add('jsonldOther', `jsonld:${s.ldOther}`);
  if (s.microdataArticle && !s.ldArticle) add('microdataArticle', 'microdata:article');
  if (s.ogType === 'article' || s.ogType.endsWith(':article')) add('ogArticle', 'og:article');
  else if (s.ogType === 'website') add('ogWebsite', 'og:website');
  else if (s.ogType.startsWith('video')) add('ogVideo', `og:${s.ogType}`);
  else if (/product|^book$|music/.test(s.ogType)) add('ogProduct', `og:${s.ogType}`);
  if (s.metaDate || s.ldDate) add('date', 'date');
  if (s.byline) add('byline', 'byline');
  fireContent(s, opts, add);
  // Labelled prices say "shop" as a cart does: a story about prices prints them in its prose, not in boxes of their own.
  if (s.price) add('price', 'price-or-cart');
  else if (s.priceLabels >= opts.minPriceLabels) add('price', 'price-labels');
  if (s.password) add('password', 'password-field');
  if (s.refresh) add('refresh', 'meta-refresh');
  fireUrl(s.url, add);
  return fired;
}

function fireContent(s: PageSignals, opts: DetectOptions, add: (key: keyof DetectWeights, reason: string) => void) {
  if (s.bodyChars >= opts.someBodyChars) add('someBody', 'some-body-text');
  if (s.bodyChars >= opts.bodyChars) add('body', 'body-text');
  if (s.densestBlock >= opts.denseBlockChars) add('denseBlock', 'dense-block');
  if (s.densestBlock >= opts.veryDenseBlockChars) add('veryDenseBlock', 'very-dense-block');
  const concentrated = s.bodyChars > 0 && s.densestBlock / s.bodyChars >= opts.concentratedShare;
  if (concentrated) add('concentrated', 'concentrated-prose');
  if (s.articleElements === 1) add('oneArticleElement', 'one-article-element');
  if (s.h1 === 1) add('oneH1', 'one-h1');
  if (s.headlineEcho) add('headlineEcho', 'headline-in-title');
  if (s.headlineLinks >= opts.manyHeadlineLinks) add('manyHeadlineLinks', `headline-links:${s.headlineLinks}`);
  if (s.headlineLinks >= opts.veryManyHeadlineLinks) add('veryManyHeadlineLinks', 'very-many-headline-links');
  if (s.headlineLeads) add('headlineLeads', 'headline-leads-prose');
  if (s.textByline) add('textByline', 'byline-line');
  if (s.textDate) add('textDate', 'date-line');
  if (s.dateline) add('dateline', 'dateline');
  if (s.looseDensest >= opts.denseBlockChars) add('looseBlock', 'loose-text-block');
  if (concentrated && s.headlineLeads && (s.textByline || s.textDate || s.dateline)) add('storyHeader', 'story-header');
}

function fireUrl(u: PageSignals['url'], add: (key: keyof DetectWeights, reason: string) => void) {
  if (u.dated) add('urlDated', 'url:dated');
  if (u.slug) add('urlSlug', 'url:slug');
  if (u.storyId) add('urlStoryId', 'url:story-id');
  if (u.sectionRoot) add('urlSectionRoot', 'url:section-root');
  if (u.nonArticleKind) add('urlNonArticleKind', `url:${u.nonArticleKind}`);
  if (u.product) add('urlProduct', 'url:product');
  if (u.forum) add('urlForum', 'url:forum');
  if (u.siteKind) add('siteNotNews', `site:${u.siteKind}`);
}
