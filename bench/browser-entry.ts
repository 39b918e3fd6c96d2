// Bundled into one IIFE for bench/pages-browser.ts: our detector and extractor, exactly as the content script calls
// them, beside Readability, in a real page.
// The score read whole, the peer of detectPage's early-stopping read (the shape check after it is not timed here).
export { detectArticle } from '../src/pipeline/detect/detect';
export { detectPage } from '../src/content/detect-page';
export { extractArticle } from '../src/content/extract-lazy';
export { Readability, isProbablyReaderable } from '@mozilla/readability';
