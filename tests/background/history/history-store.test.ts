import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyDbOpener, type HistoryEntity } from '../../../src/background/history/db';
import { createHistoryStore } from '../../../src/background/history/history-store';
import { shouldRecordHistory } from '../../../src/background/history/should-record';
import { entityKeysOf } from '../../../src/pipeline/coverage';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/shared/settings';

let dbCount = 0;
const DAY = 86_400_000;

function store(start = Date.parse('2022-09-07T18:00:00Z')) {
  let now = start;
  const history = createHistoryStore(historyDbOpener(`history-test-${++dbCount}`), () => now);
  return { history, tick: (ms: number) => (now += ms) };
}

const e = (type: string, name: string, qid?: string): HistoryEntity => ({
  keys: entityKeysOf({ type: type as never, name, qid }),
  name,
  type,
});
const XI = e('person', 'Xi Jinping');
const PUTIN = e('person', 'Vladimir Putin');
const read = (url: string, title: string, entities: HistoryEntity[]) => ({
  url,
  title,
  publisher: 'Outlet',
  publishedAt: '2022-09-07',
  entities,
});

describe('reading history', () => {
  it('finds earlier reads about the same people and names the most common one', async () => {
    const { history, tick } = store();
    await history.record(read('https://a.com/1', 'Putin and Xi to meet', [PUTIN, XI, e('place', 'Samarkand')]), 90);
    tick(DAY);
    await history.record(read('https://b.com/2', 'Xi visits Kazakhstan', [XI, e('place', 'Kazakhstan')]), 90);
    tick(DAY);
    await history.record(read('https://c.com/3', 'Xi opens party congress', [e('person', 'Xi')]), 90); // surname only: no match on "Jinping"
    tick(DAY);
    await history.record(read('https://d.com/4', 'Garden party', [e('person', 'Jane Doe')]), 90);
    tick(DAY);
    const summary = await history.related({
      url: 'https://e.com/now',
      entities: [XI, e('organization', 'Chinese Communist Party')],
    });
    expect(summary.items.map((i) => i.url)).toEqual(['https://b.com/2', 'https://a.com/1']);
    expect(summary.items[0]).toMatchObject({ title: 'Xi visits Kazakhstan', shared: ['Xi Jinping'] });
    expect(summary.top).toEqual({ name: 'Xi Jinping', count: 2 });
  });

  it('matches by Wikidata id across spellings, and by surname across name forms', async () => {
    const { history } = store();
    await history.record(
      read('https://a.com/1', 'SCO summit', [e('organization', 'Shanghai Cooperation Organization', 'Q485207')]),
      90,
    );
    await history.record(read('https://a.com/2', 'Putin speaks', [e('person', 'Putin')]), 90);
    const summary = await history.related({
      url: 'https://x.com',
      entities: [e('organization', 'Shanghai Cooperation Organisation', 'Q485207'), PUTIN],
    });
    expect(summary.items.map((i) => i.url).sort()).toEqual(['https://a.com/1', 'https://a.com/2']);
  });

  it('needs more than one shared place to call two stories related', async () => {
    const { history } = store();
    await history.record(read('https://a.com/1', 'Floods in China', [e('place', 'China')]), 90);
    await history.record(
      read('https://a.com/2', 'Trade in Beijing, China', [e('place', 'China'), e('place', 'Beijing')]),
      90,
    );
    const summary = await history.related({
      url: 'https://x.com',
      entities: [e('place', 'China'), e('place', 'Beijing')],
    });
    expect(summary.items.map((i) => i.url)).toEqual(['https://a.com/2']);
    expect(summary.top).toBeNull();
  });

  it('never lists the current article, and updates a re-read instead of duplicating it', async () => {
    const { history, tick } = store();
    await history.record(read('https://a.com/1#top', 'Xi story', [XI]), 90);
    tick(1000);
    await history.record(read('https://a.com/1', 'Xi story (updated)', [XI]), 90);
    expect(await history.count()).toBe(1);
    expect((await history.related({ url: 'https://a.com/1#comments', entities: [XI] })).items).toEqual([]);
    expect((await history.related({ url: 'https://b.com/', entities: [XI] })).items[0]!.title).toBe(
      'Xi story (updated)',
    );
  });

  it('forgets reads older than the retention period', async () => {
    const { history, tick } = store();
    await history.record(read('https://a.com/old', 'Old Xi story', [XI]), 30);
    tick(20 * DAY);
    await history.record(read('https://a.com/new', 'New Xi story', [XI]), 30);
    tick(15 * DAY);
    const summary = await history.related({ url: 'https://x.com', entities: [XI] }, { retentionDays: 30 });
    expect(summary.items.map((i) => i.url)).toEqual(['https://a.com/new']);
    expect(await history.count()).toBe(1);
    expect(await history.prune(0)).toBe(1);
    expect(await history.count()).toBe(0);
  });

  it('records nothing with retention 0, and clear() empties it', async () => {
    const { history } = store();
    await history.record(read('https://a.com/1', 'Xi', [XI]), 0);
    expect(await history.count()).toBe(0);
    await history.record(read('https://a.com/1', 'Xi', [XI]), 90);
    await history.clear();
    expect(await history.count()).toBe(0);
  });

  it('stores only what it needs: no text, no dates as entities', async () => {
    const { history } = store();
    await history.record(
      read('https://a.com/1', 'Xi', [XI, { keys: ['date:monday'], name: 'Monday', type: 'date' }]),
      90,
    );
    const db = await historyDbOpener(`history-test-${dbCount}`)();
    const [record] = await db.getAll('articles');
    expect(Object.keys(record!).sort()).toEqual([
      'entities',
      'entityKeys',
      'publishedAt',
      'publisher',
      'readAt',
      'title',
      'url',
    ]);
    expect(record!.entities.map((x) => x.name)).toEqual(['Xi Jinping']);
  });
});

describe('shouldRecordHistory', () => {
  const settings = normalizeSettings({ excludedSites: ['private.example'] });
  it.each([
    ['a normal tab', 'https://news.example/a', settings, { incognito: false }, { record: true }],
    ['a private window', 'https://news.example/a', settings, { incognito: true }, { record: false, why: 'incognito' }],
    [
      'an unknown window (treated as private)',
      'https://news.example/a',
      settings,
      {},
      { record: false, why: 'incognito' },
    ],
    [
      'history turned off',
      'https://news.example/a',
      normalizeSettings({ sources: { ...DEFAULT_SETTINGS.sources, history: false } }),
      { incognito: false },
      { record: false, why: 'disabled' },
    ],
    [
      'retention 0',
      'https://news.example/a',
      normalizeSettings({ historyRetentionDays: 0 }),
      { incognito: false },
      { record: false, why: 'retention-zero' },
    ],
    [
      'an opted-out site',
      'https://www.private.example/a',
      settings,
      { incognito: false },
      { record: false, why: 'excluded-site' },
    ],
    ['a file URL', 'file:///home/me/a.html', settings, { incognito: false }, { record: false, why: 'not-http' }],
  ])('%s', (_why, url, s, tab, decision) => {
    expect(shouldRecordHistory(url, s, tab)).toEqual(decision);
  });
});

describe('when the reader last read this story', () => {
  const SCO = e('organization', 'Shanghai Cooperation Organization');
  const SAMARKAND = e('place', 'Samarkand');
  const story = [PUTIN, XI, SCO, SAMARKAND];
  const MINUTE = 60_000;
  it.each<[string, (h: ReturnType<typeof store>) => Promise<void>, number | null]>([
    ['a first read: never', async () => {}, null],
    [
      'a reload ten minutes later is the same reading',
      async ({ history, tick }) => {
        await history.record(read('https://now.com/a', 'Putin, Xi to meet', story), 90);
        tick(10 * MINUTE);
      },
      null,
    ],
    [
      'coming back two days later: the first visit',
      async ({ history, tick }) => {
        await history.record(read('https://now.com/a', 'Putin, Xi to meet', story), 90);
        tick(2 * DAY);
      },
      0,
    ],
    [
      'another report with three of its people and places: when that was read',
      async ({ history, tick }) => {
        tick(DAY);
        await history.record(read('https://other.com/b', 'SCO summit', [PUTIN, XI, SAMARKAND]), 90);
        tick(DAY);
      },
      DAY,
    ],
    [
      'another report sharing only two: a related story, not this one',
      async ({ history, tick }) => {
        await history.record(read('https://other.com/b', 'Xi and Putin', [PUTIN, XI]), 90);
        tick(DAY);
      },
      null,
    ],
  ])('%s', async (_name, before, expected) => {
    const start = Date.parse('2022-09-03T10:00:00Z');
    const h = store(start);
    await before(h);
    // The current visit is recorded first (as the background does), then its related reads are looked up.
    await h.history.record(read('https://now.com/a', 'Putin, Xi to meet', story), 90);
    const summary = await h.history.related({ url: 'https://now.com/a', entities: story });
    expect(summary.lastRead ?? null).toBe(expected === null ? null : start + expected);
  });
});
