export { extractArticle } from './extract';
