/**
 * The third step: what the linked entities' cards show, all through the cache: the labels of the items their
 * statements point to, the Wikipedia intros and the images.
 */
import { type ImageInfo, imageFile, type WdEntity, type WikiPage } from '../../pipeline/link';
import type { LinkableType } from '../../shared/cards';
import type { Cache, ManyResult } from '../cache/cache';
import type { WikimediaSources } from './wikimedia-sources';

/** Commons file names as the image API keys them. */
export const fileKey = (file: string) => file.replace(/ /g, '_');

export interface CardDetails {
  /** Labels by QID: the fetched records' own and the referenced items'. */
  labels: Record<string, string>;
  labelsFetched: ManyResult<string>;
  summaries: ManyResult<WikiPage>;
  images: ManyResult<ImageInfo>;
}

/** `chosen` maps card keys to the linked entities' records; `records` are every fetched candidate's. */
export async function fetchCardDetails(
  cache: Cache,
  { wp, wd, lang }: Pick<WikimediaSources, 'wp' | 'wd' | 'lang'>,
  chosen: Map<string, WdEntity>,
  records: Map<string, WdEntity | null>,
): Promise<CardDetails> {
  const known = new Map([...records].filter(([, v]) => v).map(([id, v]) => [id, v!.label ?? '']));
  const referenced = [...new Set([...chosen.values()].flatMap(referencedIds))].filter((id) => !known.get(id));
  const wikiTitles = [...new Set([...chosen.values()].map((en) => en.wikiTitle).filter((t): t is string => !!t))];
  const files = [
    ...new Set(
      [...chosen.entries()]
        .map(([key, en]) => imageFile(en, key.split(':')[0] as LinkableType))
        .filter((f): f is string => !!f)
        .map(fileKey),
    ),
  ];
  const [labelsFetched, summaries, images] = await Promise.all([
    cache.many<string>(`wd-label:${lang}`, referenced, async (ids) => new Map(Object.entries(await wd.labels(ids)))),
    cache.many<WikiPage>(
      `wp-summary:${lang}`,
      wikiTitles,
      async (ids) => new Map((await wp.summaries(ids)).map((p) => [p.requested, p])),
    ),
    cache.many<ImageInfo>('wp-image', files, async (ids) => new Map((await wp.images(ids)).map((i) => [i.file, i]))),
  ]);
  const labels: Record<string, string> = Object.fromEntries([
    ...known,
    ...([...labelsFetched.values].filter(([, v]) => v) as [string, string][]),
  ]);
  return { labels, labelsFetched, summaries, images };
}

/** Item ids a card shows by label. */
const SHOWN = [
  'P27',
  'P39',
  'P102',
  'P106',
  'P17',
  'P36',
  'P159',
  'P169',
  'P488',
  'P1037',
  'P35',
  'P6',
  'P127',
  'P749',
  'P276',
  'P710',
  'P361',
  'P1376',
  'P495',
];
function referencedIds(entity: WdEntity): string[] {
  return SHOWN.flatMap((p) => (entity.claims[p] ?? []).map((s) => s.id).filter((id): id is string => !!id));
}
