// Loaded on demand (dynamic import) only when detection says the page is an article.
export { extractArticle } from '../pipeline/extract';
