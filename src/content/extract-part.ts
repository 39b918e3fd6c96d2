/**
 * The extraction as a file the background injects into pages the score accepts (parts.ts), with the shape check that
 * may still turn such a page down: only those pages pay for its code.
 */
import { vetoNotArticleShapes } from '../pipeline/detect/not-article-shapes';
import { extractArticleSliced } from './extract-lazy';
import { providePart } from './parts';

providePart('extract', { extractArticleSliced, vetoNotArticleShapes });
