/** The extraction as a file the background injects into article pages (parts.ts). */
import { extractArticleSliced } from './extract-lazy';
import { providePart } from './parts';

providePart('extract', { extractArticleSliced });
