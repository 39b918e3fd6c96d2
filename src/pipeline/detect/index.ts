export { detectArticle } from './detect';
