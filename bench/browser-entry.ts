// Bundled into one IIFE for bench/pages-browser.ts: our detector and extractor beside Readability, in a real page.
export { detectArticle } from '../src/pipeline/detect';
export { extractArticle } from '../src/pipeline/extract';
export { Readability, isProbablyReaderable } from '@mozilla/readability';
