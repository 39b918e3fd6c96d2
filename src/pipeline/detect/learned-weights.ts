/**
 * Detection's points as a logistic regression fitted them (npm run train:detect): 466 tuning-part pages, each as it is
 * and stripped of its metadata, L2 penalty 0.01 chosen by cross-validation over sites, points = 10 × weight.
 * Generated; bench:pages compares it with the hand weights (detect.ts DEFAULT_WEIGHTS) on the validation part.
 */
import type { DetectWeights } from './detect';

export const LEARNED_WEIGHTS: DetectWeights = {
  jsonldArticle: 0,
  jsonldNews: 1,
  jsonldProduct: -2,
  jsonldPageType: 0,
  jsonldOther: 0,
  microdataArticle: 2,
  ogArticle: 8,
  ogWebsite: -4,
  ogVideo: 1,
  ogProduct: -3,
  date: 7,
  byline: 7,
  someBody: 2,
  body: 3,
  denseBlock: 7,
  veryDenseBlock: 5,
  concentrated: 5,
  oneArticleElement: 7,
  oneH1: 0,
  headlineEcho: 4,
  manyHeadlineLinks: -6,
  veryManyHeadlineLinks: -4,
  price: -10,
  password: 0,
  refresh: -4,
  urlDated: 13,
  urlSlug: 6,
  urlStoryId: -2,
  urlSectionRoot: -9,
  urlNonArticleKind: -4,
  urlProduct: -8,
  urlForum: -1,
  siteNotNews: -5,
  headlineLeads: 7,
  textByline: 5,
  textDate: 8,
  looseBlock: -1,
  dateline: -1,
  storyHeader: 9,
};

export const LEARNED_MIN_SCORE = 29;
