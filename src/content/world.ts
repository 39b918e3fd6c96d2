/**
 * What the content script's files share inside the extension's isolated world: the extension API captured at
 * start-up and the parts the background injects later (extraction, highlights). Each file is a bundle of its own,
 * so they meet on the world's global object, under a symbol: no page markup can name a symbol (a named element
 * only stands in for string-keyed lookups), and the page's own world never sees this global.
 */
import type { RuntimeLike } from './ext';

export interface Parts {
  extract: Pick<typeof import('./extract-lazy'), 'extractArticleSliced'> &
    Pick<typeof import('../pipeline/detect/not-article-shapes'), 'vetoNotArticleShapes'>;
  highlights: Pick<typeof import('./highlights/index'), 'apply'>;
}
export type PartName = keyof Parts;

export interface World {
  /** undefined until captured; null when this world has no usable extension API. */
  runtime?: RuntimeLike | null;
  parts: Partial<Parts>;
}

const KEY = Symbol.for('backstory.content-world');

/** This world's shared state, created by the first file that asks. */
export function world(): World {
  const scope = globalThis as unknown as Record<symbol, World | undefined>;
  scope[KEY] ??= { parts: {} };
  return scope[KEY];
}
