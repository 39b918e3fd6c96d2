/**
 * Cheap article detection: runs on every page, so it reads a few selector queries (page/signals.ts) and never walks
 * the DOM itself. Each signal adds or removes points and leaves a reason; the page is a news article when the score
 * reaches `minScore`. The points are a linear model fitted on the development pages (logistic regression, scaled by
 * ten and rounded), then checked by hand for sign and size; `npm run bench:pages` measures them.
 * With `stopWhenCertain` (the content script) the signals are read group by group, cheapest first, and reading stops
 * as soon as the points the unread groups could still add or take away cannot change the verdict.
 */
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
};

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  minScore: 26,
  minParagraphChars: 80,
  maxParagraphs: 300,
  maxElements: 5_000,
  someBodyChars: 500,
  bodyChars: 1_200,
  denseBlockChars: 800,
  veryDenseBlockChars: 2_000,
  concentratedShare: 0.6,
  manyHeadlineLinks: 10,
  veryManyHeadlineLinks: 25,
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
  paragraphs: ['someBody', 'body', 'denseBlock', 'veryDenseBlock', 'concentrated'],
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
  const opts = { ...DEFAULT_DETECT_OPTIONS, ...options, weights: { ...DEFAULT_WEIGHTS, ...options.weights } };
  try {
    return opts.stopWhenCertain ? detectUntilCertain(doc, url, opts) : scoreSignals(readSignals(doc, url, opts), opts);
  } catch (error) {
    // A hostile or half-built document: say so rather than guess.
    return {
      isArticle: false,
      score: 0,
      reasons: [`error:${String((error as Error)?.message ?? error).slice(0, 80)}`],
    };
  }
}

function detectUntilCertain(doc: Document, url: string, opts: DetectOptions): Detection {
  const s = emptySignals();
  for (let i = 0; ; i++) {
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

/** Points and reasons for a set of signals: pure, so every rule is testable without a DOM. */
export function scoreSignals(s: PageSignals, opts: DetectOptions = DEFAULT_DETECT_OPTIONS): Detection {
  const w = opts.weights;
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    if (!points) return;
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };

  if (s.ldArticle) add(w.jsonldArticle, `jsonld:${s.ldArticle}`);
  if (s.ldNews) add(w.jsonldNews, 'jsonld:news');
  if (s.ldOther && PRODUCT_TYPES.has(s.ldOther)) add(w.jsonldProduct, `jsonld:${s.ldOther}`);
  else if (s.ldOther && PAGE_TYPES.has(s.ldOther)) add(w.jsonldPageType, `jsonld:${s.ldOther}`);
  else if (s.ldOther && !s.ldArticle) add(w.jsonldOther, `jsonld:${s.ldOther}`);
  if (s.microdataArticle && !s.ldArticle) add(w.microdataArticle, 'microdata:article');

  if (s.ogType === 'article' || s.ogType.endsWith(':article')) add(w.ogArticle, 'og:article');
  else if (s.ogType === 'website') add(w.ogWebsite, 'og:website');
  else if (s.ogType.startsWith('video')) add(w.ogVideo, `og:${s.ogType}`);
  else if (/product|^book$|music/.test(s.ogType)) add(w.ogProduct, `og:${s.ogType}`);
  if (s.metaDate || s.ldDate) add(w.date, 'date');
  if (s.byline) add(w.byline, 'byline');

  if (s.bodyChars >= opts.someBodyChars) add(w.someBody, 'some-body-text');
  if (s.bodyChars >= opts.bodyChars) add(w.body, 'body-text');
  if (s.densestBlock >= opts.denseBlockChars) add(w.denseBlock, 'dense-block');
  if (s.densestBlock >= opts.veryDenseBlockChars) add(w.veryDenseBlock, 'very-dense-block');
  if (s.bodyChars > 0 && s.densestBlock / s.bodyChars >= opts.concentratedShare)
    add(w.concentrated, 'concentrated-prose');
  if (s.articleElements === 1) add(w.oneArticleElement, 'one-article-element');
  if (s.h1 === 1) add(w.oneH1, 'one-h1');
  if (s.headlineEcho) add(w.headlineEcho, 'headline-in-title');
  if (s.headlineLinks >= opts.manyHeadlineLinks) add(w.manyHeadlineLinks, `headline-links:${s.headlineLinks}`);
  if (s.headlineLinks >= opts.veryManyHeadlineLinks) add(w.veryManyHeadlineLinks, 'very-many-headline-links');
  if (s.price) add(w.price, 'price-or-cart');
  if (s.password) add(w.password, 'password-field');
  if (s.refresh) add(w.refresh, 'meta-refresh');

  const u = s.url;
  if (u.dated) add(w.urlDated, 'url:dated');
  if (u.slug) add(w.urlSlug, 'url:slug');
  if (u.storyId) add(w.urlStoryId, 'url:story-id');
  if (u.sectionRoot) add(w.urlSectionRoot, 'url:section-root');
  if (u.nonArticleKind) add(w.urlNonArticleKind, `url:${u.nonArticleKind}`);
  if (u.product) add(w.urlProduct, 'url:product');
  if (u.forum) add(w.urlForum, 'url:forum');
  if (u.siteKind) add(w.siteNotNews, `site:${u.siteKind}`);

  // Said, not scored: on a huge page detection read only its first part.
  if (s.truncated) reasons.push('note:budget-reached');
  return { isArticle: score >= opts.minScore, score, reasons };
}
