/**
 * Reading history: what was read, by whom it was published, when, and which entities it was about — so a later
 * article can say "You read 3 earlier stories about Xi Jinping". Retention is enforced on every write and read.
 */
import { withoutFragment } from '../../shared/url';
import type { HistoryMatch, HistorySummary } from '../../shared/coverage';
import type { HistoryDb, HistoryEntity, HistoryRecord } from './db';
import { writeWithEviction } from '../cache/quota';
import { evictOldestCoverage } from './coverage-cache';

export interface HistoryInput {
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** Most central first. */
  entities: HistoryEntity[];
}

export interface RelatedOptions {
  limit: number;
  retentionDays: number;
  /** Entity types that alone make two articles related; otherwise at least `minShared` entities must match. */
  strongTypes: string[];
  minShared: number;
  maxEntities: number;
  /** An earlier read sharing this many entities is a read of the same story ("new since you read this story"). */
  sameStoryShared: number;
  /** A visit sooner than this after the last is the same reading (a reload, a second tab), not a return. */
  revisitAfterMs: number;
}

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = {
  limit: 5,
  retentionDays: 90,
  strongTypes: ['person', 'organization', 'event'],
  minShared: 2,
  maxEntities: 15,
  sameStoryShared: 3,
  revisitAfterMs: 30 * 60_000,
};

const DAY = 86_400_000;

type Open = () => Promise<HistoryDb>;

export function createHistoryStore(open: Open, now: () => number = Date.now) {
  const prune = (retentionDays: number) => pruneHistory(open, now, retentionDays);
  return {
    async record(input: HistoryInput, retentionDays: number): Promise<void> {
      if (retentionDays <= 0) return;
      const record = recordOf(input, now());
      const db = await open();
      keepPreviousRead(record, await db.get('articles', record.url));
      // Storage full: cached coverage makes room; history itself only ever leaves by retention.
      await writeWithEviction(() => db.put('articles', record), [(count) => evictOldestCoverage(db, count)]);
      await prune(retentionDays);
    },

    /** Earlier reads that share this article's entities, and the entity most of them were about. */
    async related(
      current: { url: string; entities: HistoryEntity[] },
      options: Partial<RelatedOptions> = {},
    ): Promise<HistorySummary> {
      const opts = { ...DEFAULT_RELATED_OPTIONS, ...options };
      await prune(opts.retentionDays);
      const entities = current.entities.filter((e) => e.type !== 'date').slice(0, opts.maxEntities);
      const found = await readsSharing(await open(), entities, withoutFragment(current.url));
      const matches = [...found.values()].flatMap((record) => matchOf(record, entities, opts) ?? []);
      matches.sort((a, b) => b.sharedIdx.length - a.sharedIdx.length || b.readAt - a.readAt);
      const top = topEntity(matches, entities, opts);
      const items = matches.slice(0, opts.limit).map(({ sharedIdx: _, ...m }) => m);
      const self = await (await open()).get('articles', withoutFragment(current.url));
      return { items, top, lastRead: lastReadOf(self, matches, opts) };
    },

    prune,

    async clear(): Promise<void> {
      const db = await open();
      const tx = db.transaction(['articles', 'coverage'], 'readwrite');
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('coverage').clear(), tx.done]);
    },

    async count(): Promise<number> {
      return (await open()).count('articles');
    },
  };
}

/** Deletes reads older than the retention (all of them for 0 days); returns how many. */
async function pruneHistory(open: Open, now: () => number, retentionDays: number): Promise<number> {
  const db = await open();
  if (retentionDays <= 0) {
    const count = await db.count('articles');
    await db.clear('articles');
    return count;
  }
  const cutoff = now() - retentionDays * DAY;
  const tx = db.transaction('articles', 'readwrite');
  let removed = 0;
  for (
    let cursor = await tx.store.index('readAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
    cursor;
    cursor = await cursor.continue()
  ) {
    await cursor.delete();
    removed += 1;
  }
  await tx.done;
  return removed;
}

/** The stored form of a read: bounded fields, no fragment, the entities' keys indexed. */
function recordOf(input: HistoryInput, readAt: number): HistoryRecord {
  const entities = input.entities
    .filter((e) => e.type !== 'date' && e.keys.length)
    .slice(0, DEFAULT_RELATED_OPTIONS.maxEntities);
  return {
    url: withoutFragment(input.url),
    title: input.title.slice(0, 500),
    publisher: input.publisher?.slice(0, 200) ?? null,
    publishedAt: input.publishedAt,
    readAt,
    entityKeys: [...new Set(entities.flatMap((e) => e.keys))],
    entities: entities.map((e) => ({ keys: e.keys, name: e.name.slice(0, 200), type: e.type })),
  };
}

/** Coming back to an article (not a reload) keeps when it was read before, for "new since you read this story". */
function keepPreviousRead(record: HistoryRecord, before: HistoryRecord | undefined): void {
  if (!before) return;
  const returned = record.readAt - before.readAt >= DEFAULT_RELATED_OPTIONS.revisitAfterMs;
  const previous = returned ? before.readAt : before.previousReadAt;
  if (previous !== undefined) record.previousReadAt = previous;
}

/** Earlier reads (other than `self`) that share at least one entity key, by URL. */
async function readsSharing(db: HistoryDb, entities: HistoryEntity[], self: string) {
  const found = new Map<string, HistoryRecord>();
  for (const key of new Set(entities.flatMap((e) => e.keys))) {
    for (const record of await db.getAllFromIndex('articles', 'entityKeys', key)) {
      if (record.url !== self) found.set(record.url, record);
    }
  }
  return found;
}

type Match = HistoryMatch & { sharedIdx: number[] };

/** A read as a match, when it shares a strong entity or at least `minShared` entities; else null. */
function matchOf(record: HistoryRecord, entities: HistoryEntity[], opts: RelatedOptions): Match | null {
  const keys = new Set(record.entityKeys);
  const sharedIdx = entities.flatMap((e, i) => (e.keys.some((k) => keys.has(k)) ? [i] : []));
  const strong = sharedIdx.some((i) => opts.strongTypes.includes(entities[i]!.type));
  if (!sharedIdx.length || (!strong && sharedIdx.length < opts.minShared)) return null;
  return {
    url: record.url,
    title: record.title,
    publisher: record.publisher,
    publishedAt: record.publishedAt,
    readAt: record.readAt,
    shared: sharedIdx.map((i) => entities[i]!.name),
    sharedIdx,
  };
}

/** The entity shared by the most earlier reads; among equals, the most central in this article. */
function topEntity(matches: Match[], entities: HistoryEntity[], opts: RelatedOptions): HistorySummary['top'] {
  const counts = new Map<number, number>();
  for (const m of matches)
    for (const i of m.sharedIdx)
      if (opts.strongTypes.includes(entities[i]!.type)) counts.set(i, (counts.get(i) ?? 0) + 1);
  let top: HistorySummary['top'] = null;
  for (const [i, count] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 1))
    top = { name: entities[i]!.name, count };
  return top;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

/** The latest earlier read of this story: this article's previous visit, or a report sharing most of its cast. */
function lastReadOf(
  self: HistoryRecord | undefined,
  matches: { readAt: number; sharedIdx: number[] }[],
  opts: RelatedOptions,
): number | null {
  const reads = matches.filter((m) => m.sharedIdx.length >= opts.sameStoryShared).map((m) => m.readAt);
  if (self?.previousReadAt !== undefined) reads.push(self.previousReadAt);
  return reads.length ? Math.max(...reads) : null;
}
