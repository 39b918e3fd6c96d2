/**
 * The content script's parts: asked of the background once, read from the world's shared state once injected, and
 * a clear rejection (never a throw into the page) when the background could not inject them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeLike } from '../../src/content/ext';
import { loadPart, providePart } from '../../src/content/parts';
import { world } from '../../src/content/world';
import type { Detection } from '../../src/shared/types';

const sliced = { article: null, readCut: null, workMs: 0, pauses: 0, longestSliceMs: 0 };
const extractPart = {
  extractArticleSliced: async () => sliced,
  vetoNotArticleShapes: (_: Document, d: Detection) => d,
};

/** A runtime whose background "injects" the part (or not) when asked, and counts the asks. */
function fakeRuntime(inject: boolean, reply: unknown = { ok: inject }) {
  const asked: unknown[] = [];
  const api: RuntimeLike = {
    id: 'ext',
    onMessage: { addListener: () => {} },
    sendMessage: async (message) => {
      asked.push(message);
      if (inject) providePart('extract', extractPart);
      return reply;
    },
  };
  return { api, asked };
}

beforeEach(() => {
  world().parts = {};
});

describe('loadPart', () => {
  it('asks the background to inject the part once, however many callers wait for it', async () => {
    const { api, asked } = fakeRuntime(true);
    const [a, b] = await Promise.all([loadPart(api, 'extract'), loadPart(api, 'extract')]);
    expect(a).toBe(b);
    expect(typeof a.extractArticleSliced).toBe('function');
    expect(asked).toEqual([{ type: 'content/load-part', payload: { part: 'extract' } }]);
    await loadPart(api, 'extract');
    expect(asked).toHaveLength(1);
  });

  it("rejects with the background's reason when nothing was injected, and asks again next time", async () => {
    const refused = fakeRuntime(false, { ok: false, error: 'Cannot access contents of the page.' });
    await expect(loadPart(refused.api, 'extract')).rejects.toThrow(/extract code: Cannot access contents/);
    const { api, asked } = fakeRuntime(true);
    await expect(loadPart(api, 'extract')).resolves.toHaveProperty('extractArticleSliced');
    expect(asked).toHaveLength(1);
  });

  it('takes a part already provided without asking', async () => {
    providePart('extract', extractPart);
    const { api, asked } = fakeRuntime(false);
    await loadPart(api, 'extract');
    expect(asked).toEqual([]);
  });
});

describe('the world state', () => {
  it('is one object for every file of the world, under a symbol no markup can name', () => {
    const key = Symbol.for('backstory.content-world');
    expect(world()).toBe((globalThis as unknown as Record<symbol, unknown>)[key]);
    expect(Object.getOwnPropertyNames(globalThis).some((n) => /backstory/i.test(n))).toBe(false);
  });
});
