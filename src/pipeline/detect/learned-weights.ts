/**
 * Detection's points as a logistic regression fitted them (npm run train:detect): 466 tuning-part pages, each as it is
 * and stripped of its metadata, L2 penalty 0.003 chosen by cross-validation over sites, points = 10 × weight.
 * Generated; bench:pages compares it with the hand weights (detect.ts DEFAULT_WEIGHTS) on the validation part.
 */
import type { DetectWeights } from './detect';

export const LEARNED_WEIGHTS: DetectWeights = {
  jsonldArticle: -2,
  jsonldNews: 2,
  jsonldProduct: -3,
  jsonldPageType: 1,
  jsonldOther: 0,
  microdataArticle: 3,
  ogArticle: 14,
  ogWebsite: -6,
  ogVideo: 4,
  ogProduct: -5,
  date: 8,
  byline: 8,
  someBody: 6,
  body: 7,
  denseBlock: 5,
  veryDenseBlock: 6,
  concentrated: 6,
  oneArticleElement: 10,
  oneH1: 3,
  headlineEcho: 4,
  manyHeadlineLinks: -8,
  veryManyHeadlineLinks: -6,
  price: -17,
  password: 1,
  refresh: -9,
  urlDated: 20,
  urlSlug: 7,
  urlStoryId: -2,
  urlSectionRoot: -13,
  urlNonArticleKind: -7,
  urlProduct: -18,
  urlForum: -1,
  siteNotNews: -11,
  headlineLeads: 11,
  textByline: 7,
  textDate: 8,
  looseBlock: 2,
  dateline: -2,
};

export const LEARNED_MIN_SCORE = 33;
