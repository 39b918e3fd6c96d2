import { describe, expect, it } from 'vitest';
import { injectPart, type ScriptingLike } from '../../src/background/inject-part';

const FILES = { extract: 'src/content/extract-part.js', highlights: 'src/content/highlights-part.js' };

function fakeScripting(fail?: string) {
  const calls: unknown[] = [];
  const scripting: ScriptingLike = {
    executeScript: async (injection) => {
      calls.push(injection);
      if (fail) throw new Error(fail);
      return [];
    },
  };
  return { scripting, calls };
}

describe('injectPart', () => {
  it.each([
    ['extract', FILES.extract],
    ['highlights', FILES.highlights],
  ] as const)('injects the %s file into the asking frame only', async (part, file) => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(scripting, FILES, { tabId: 7, frameId: 0 }, part)).toEqual({ ok: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: [file] }]);
  });

  it('targets the asking document where the browser names it, so a page the tab left gets nothing', async () => {
    const { scripting, calls } = fakeScripting();
    await injectPart(scripting, FILES, { tabId: 7, frameId: 0, documentId: 'D1' }, 'extract');
    expect(calls).toEqual([{ target: { tabId: 7, documentIds: ['D1'] }, files: [FILES.extract] }]);
  });

  it("answers the browser's refusal instead of throwing", async () => {
    const { scripting } = fakeScripting('Cannot access contents of the page.');
    expect(await injectPart(scripting, FILES, { tabId: 7, frameId: 0 }, 'extract')).toEqual({
      ok: false,
      error: 'Cannot access contents of the page.',
    });
  });

  it('answers plainly where the browser has no scripting API', async () => {
    expect(await injectPart(undefined, FILES, { tabId: 7, frameId: 0 }, 'extract')).toMatchObject({ ok: false });
  });
});
