import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isQuotaError, writeWithEviction } from '../../../src/background/cache/quota';
import { createCoverageCache } from '../../../src/background/history/coverage-cache';
import { historyDbOpener, type HistoryDb } from '../../../src/background/history/db';
import { createHistoryStore } from '../../../src/background/history/history-store';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['a QuotaExceededError', quota(), true],
    ['an aborted transaction whose error is one', { name: 'AbortError', error: quota() }, true],
    ['an event whose target failed with one', { target: { error: quota() } }, true],
    ['another DOMException', new DOMException('x', 'InvalidStateError'), false],
    ['a plain Error', new Error('QuotaExceededError'), false],
    ['nothing', null, false],
  ])('%s: %s', (_, error, expected) => expect(isQuotaError(error)).toBe(expected));
});

describe('writeWithEviction', () => {
  it('on a full store evicts the oldest and writes again', async () => {
    let calls = 0;
    const evicted: number[] = [];
    const result = await writeWithEviction(
      async () => (++calls === 1 ? Promise.reject(quota()) : 'written'),
      [
        async (n) => {
          evicted.push(n);
          return 3;
        },
      ],
      50,
    );
    expect(result).toBe('written');
    expect(calls).toBe(2);
    expect(evicted).toEqual([50]);
  });

  it('tries the next evictor when one has nothing left, and gives up when none frees anything', async () => {
    const order: string[] = [];
    await expect(
      writeWithEviction(
        async () => Promise.reject(quota()),
        [
          async () => {
            order.push('a');
            return 0;
          },
          async () => {
            order.push('b');
            return 0;
          },
        ],
      ),
    ).rejects.toThrow('quota');
    expect(order).toEqual(['a', 'b']);
  });

  it('rethrows other errors without evicting', async () => {
    let evicted = false;
    await expect(
      writeWithEviction(
        async () => Promise.reject(new Error('disk on fire')),
        [
          async () => {
            evicted = true;
            return 1;
          },
        ],
      ),
    ).rejects.toThrow('disk on fire');
    expect(evicted).toBe(false);
  });
});

let n = 0;
/** The history database, with its next `failures` puts refused for quota, as a full disk does. */
function fullDisk(failures: number) {
  const open = historyDbOpener(`quota-test-${++n}`);
  let left = 0;
  const proxied = async (): Promise<HistoryDb> => {
    const db = await open();
    return new Proxy(db, {
      get(target, key) {
        if (key === 'put' && left > 0) {
          left--;
          return async () => Promise.reject(quota());
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { open: proxied, fail: () => (left = failures) };
}

describe('a full disk', () => {
  it('the coverage cache evicts its oldest answers to store a new one', async () => {
    const disk = fullDisk(1);
    let now = 1_000;
    const cache = createCoverageCache(disk.open, () => now);
    for (const key of ['old', 'middle', 'new']) {
      await cache.put(key, { key }, true);
      now += 1_000;
    }
    disk.fail();
    await cache.put('newest', { key: 'newest' }, true);
    const db = await disk.open();
    expect((await db.getAll('coverage')).map((e) => e.key)).toEqual(['newest']);
  });

  it('history is kept: a read recorded on a full disk makes room by dropping cached coverage, never older reads', async () => {
    const disk = fullDisk(1);
    let now = Date.parse('2022-09-07T18:00:00Z');
    const history = createHistoryStore(disk.open, () => now);
    const cache = createCoverageCache(disk.open, () => now);
    await history.record(
      { url: 'https://a.com/1', title: 'First read', publisher: null, publishedAt: null, entities: [] },
      90,
    );
    await cache.put('gdelt|putin', { items: [] }, true);
    now += 60_000;
    disk.fail();
    await history.record(
      { url: 'https://b.com/2', title: 'Second read', publisher: null, publishedAt: null, entities: [] },
      90,
    );
    const db = await disk.open();
    expect((await db.getAll('articles')).map((a) => a.title).sort()).toEqual(['First read', 'Second read']);
    expect(await db.count('coverage')).toBe(0);
  });

  it('with no cache left to evict, the failure is reported, not swallowed', async () => {
    const disk = fullDisk(2);
    const history = createHistoryStore(disk.open, () => Date.parse('2022-09-07T18:00:00Z'));
    disk.fail();
    await expect(
      history.record({ url: 'https://a.com/1', title: 'A', publisher: null, publishedAt: null, entities: [] }, 90),
    ).rejects.toThrow(/quota/i);
  });
});
