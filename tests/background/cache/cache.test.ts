import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCache, idbEntryStore, memoryEntryStore } from '../../../src/background/cache/cache';
import { createChoices, idbChoiceStore } from '../../../src/background/cache/choices';
import { DB_VERSION, openCardsDb } from '../../../src/background/cache/db';

let dbCounter = 0;
const freshDb = () => openCardsDb(`test-cards-${++dbCounter}`);
const DAY = 86_400_000;

function counter<T>(answer: (id: string) => T | undefined) {
  const asked: string[][] = [];
  return {
    asked,
    fetch: async (ids: string[]) => {
      asked.push(ids);
      return new Map(ids.filter((id) => answer(id) !== undefined).map((id) => [id, answer(id)!]));
    },
  };
}

describe('the IndexedDB schema', () => {
  it('opens at the current version with both stores', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['choices', 'entries']);
  });
});

describe('createCache', () => {
  it('fetches what is missing in one batch, then serves it fresh without asking again', async () => {
    let now = 1_000 * DAY;
    const cache = createCache(idbEntryStore(freshDb()), { now: () => now });
    const source = counter((id) => (id === 'Nowhere' ? undefined : `value of ${id}`));
    const first = await cache.many('ns', ['A', 'B', 'Nowhere', 'A'], source.fetch);
    expect(source.asked).toEqual([['A', 'B', 'Nowhere']]);
    expect(first.values.get('A')).toBe('value of A');
    expect(first.values.get('Nowhere')).toBeNull();
    now += DAY / 2;
    const second = await cache.many('ns', ['A', 'Nowhere'], source.fetch);
    expect(source.asked).toHaveLength(1);
    expect([...second.freshness.values()]).toEqual(['fresh', 'fresh']);
  });

  it('serves stale entries at once and revalidates them in the background', async () => {
    let now = 1_000 * DAY;
    let version = 1;
    const cache = createCache(idbEntryStore(freshDb()), { now: () => now, ttlMs: DAY, maxStaleMs: 30 * DAY });
    const source = counter((id) => `${id} v${version}`);
    await cache.many('ns', ['A'], source.fetch);
    now += 2 * DAY;
    version = 2;
    const stale = await cache.many('ns', ['A'], source.fetch);
    expect(stale.values.get('A')).toBe('A v1');
    expect(stale.freshness.get('A')).toBe('stale');
    await cache.idle();
    expect((await cache.many('ns', ['A'], source.fetch)).values.get('A')).toBe('A v2');
  });

  it('refetches entries older than the stale limit before use', async () => {
    let now = 1_000 * DAY;
    const cache = createCache(memoryEntryStore(), { now: () => now, ttlMs: DAY, maxStaleMs: 10 * DAY });
    const source = counter((id) => `${id}@${now}`);
    await cache.many('ns', ['A'], source.fetch);
    now += 11 * DAY;
    expect((await cache.many('ns', ['A'], source.fetch)).values.get('A')).toBe(`A@${now}`);
  });

  it('trusts "nothing found" for a shorter time', async () => {
    let now = 1_000 * DAY;
    const cache = createCache(memoryEntryStore(), { now: () => now, ttlMs: 7 * DAY, nullTtlMs: DAY });
    const source = counter(() => undefined);
    await cache.many('ns', ['X'], source.fetch);
    now += 2 * DAY;
    expect((await cache.many('ns', ['X'], source.fetch)).freshness.get('X')).toBe('stale');
  });

  it('a failed fetch serves what it has and reports the error, caching nothing', async () => {
    const cache = createCache(memoryEntryStore());
    const ok = counter((id) => id);
    await cache.many('ns', ['A'], ok.fetch);
    const result = await cache.many('ns', ['A', 'B'], async () => {
      throw new Error('503');
    });
    expect(result.values.get('A')).toBe('A');
    expect(result.values.has('B')).toBe(false);
    expect((result.error as Error).message).toBe('503');
    expect((await cache.many('ns', ['B'], ok.fetch)).values.get('B')).toBe('B');
  });

  it('an id that failed alone inside a batch is neither cached nor served', async () => {
    const cache = createCache(memoryEntryStore());
    const result = await cache.many(
      'ns',
      ['A', 'B'],
      async () =>
        new Map<string, string>([
          ['A', 'a'],
          ['B', undefined as unknown as string],
        ]),
    );
    expect(result.values.get('A')).toBe('a');
    expect(result.values.has('B')).toBe(false);
  });

  it('concurrent requests for the same ids share one fetch', async () => {
    const cache = createCache(memoryEntryStore());
    const source = counter((id) => id);
    await Promise.all([cache.many('ns', ['A', 'B'], source.fetch), cache.many('ns', ['B', 'A'], source.fetch)]);
    expect(source.asked.flat().sort()).toEqual(['A', 'B']);
  });

  it('prunes entries past the stale limit', async () => {
    let now = 1_000 * DAY;
    const cache = createCache(idbEntryStore(freshDb()), { now: () => now, maxStaleMs: 10 * DAY });
    await cache.many('ns', ['old'], counter((id) => id).fetch);
    now += 20 * DAY;
    await cache.many('ns', ['new'], counter((id) => id).fetch);
    expect(await cache.prune()).toBe(1);
  });
});

describe('"Not this one?" choices', () => {
  it('remembers a pick for the site and in general; the site wins', async () => {
    const choices = createChoices(idbChoiceStore(freshDb()));
    expect(await choices.lookup('foxnews.com', 'place', 'Georgia')).toBeUndefined();
    await choices.remember('ajc.com', 'place', 'Georgia', 'Q1428');
    expect(await choices.lookup('ajc.com', 'place', 'GEORGIA')).toBe('Q1428');
    expect(await choices.lookup('bbc.co.uk', 'place', 'Georgia')).toBe('Q1428');
    await choices.remember('bbc.co.uk', 'place', 'Georgia', 'Q230');
    expect(await choices.lookup('ajc.com', 'place', 'Georgia')).toBe('Q1428');
    expect(await choices.lookup('bbc.co.uk', 'place', 'Georgia')).toBe('Q230');
    expect(await choices.lookup('other.org', 'place', 'Georgia')).toBe('Q230');
  });
  it('remembers "none of these" as null, distinct from no choice', async () => {
    const choices = createChoices(idbChoiceStore(freshDb()));
    await choices.remember('x.com', 'person', 'Denisov', null);
    expect(await choices.lookup('x.com', 'person', 'Denisov')).toBeNull();
    expect(await choices.lookup('x.com', 'organization', 'Denisov')).toBeUndefined();
  });
});
