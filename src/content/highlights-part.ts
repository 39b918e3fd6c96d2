/** The highlights as a file the background injects into a page when there is something to draw (parts.ts). */
import { apply } from './highlights/index';
import { providePart } from './parts';

providePart('highlights', { apply });
