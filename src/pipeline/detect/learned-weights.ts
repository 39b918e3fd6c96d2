/**
 * Detection's points as a logistic regression fitted them (npm run train:detect): 466 tuning-part pages, each as it is
 * and stripped of its metadata, L2 penalty 0.03 chosen by cross-validation over sites, points = 10 × weight.
 * Generated; bench:pages compares it with the hand weights (detect.ts DEFAULT_WEIGHTS) on the validation part.
 */
import type { DetectWeights } from './detect';

export const LEARNED_WEIGHTS: DetectWeights = {
  jsonldArticle: 0,
  jsonldNews: 1,
  jsonldProduct: -1,
  jsonldPageType: 0,
  jsonldOther: 0,
  microdataArticle: 1,
  ogArticle: 6,
  ogWebsite: -2,
  ogVideo: 0,
  ogProduct: -2,
  date: 5,
  byline: 5,
  someBody: 2,
  body: 2,
  denseBlock: 4,
  veryDenseBlock: 4,
  concentrated: 4,
  oneArticleElement: 5,
  oneH1: 1,
  headlineEcho: 4,
  manyHeadlineLinks: -4,
  veryManyHeadlineLinks: -3,
  price: -5,
  password: 1,
  refresh: -2,
  urlDated: 8,
  urlSlug: 5,
  urlStoryId: -1,
  urlSectionRoot: -6,
  urlNonArticleKind: -2,
  urlProduct: -5,
  urlForum: 0,
  siteNotNews: -3,
  headlineLeads: 5,
  textByline: 3,
  textDate: 5,
  looseBlock: -1,
  dateline: 0,
  proseRun: 5,
  oneParagraphBlock: -4,
};

export const LEARNED_MIN_SCORE = 22;
