/** Detection, the pipeline's first stage: is this page an article? A score and its reasons, cheap on every page. */
export { detectArticle, detectArticleSteps } from './detect-article';
