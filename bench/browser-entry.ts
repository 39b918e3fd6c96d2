// Bundled into one IIFE for bench/pages-browser.ts: our detector and extractor, exactly as the content script calls
// them, beside Readability, in a real page.
export { detectArticle } from '../src/pipeline/detect';
export { detectPage } from '../src/content/detect-page';
export { extractArticle } from '../src/content/extract-lazy';
export { Readability, isProbablyReaderable } from '@mozilla/readability';
