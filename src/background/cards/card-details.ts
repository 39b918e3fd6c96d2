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
  /** Every edition's intros; pageOf finds an entity's in the edition its page is on. */
  summaries: { error: unknown };
  pageOf(entity: WdEntity): WikiPage | null;
  images: ManyResult<ImageInfo>;
}

/** `chosen` maps card keys to the linked entities' records; `records` are every fetched candidate's. */
export async function fetchCardDetails(
  cache: Cache,
  { wp, wpIn, wd, lang, langs }: Pick<WikimediaSources, 'wp' | 'wpIn' | 'wd' | 'lang' | 'langs'>,
  chosen: Map<string, WdEntity>,
  records: Map<string, WdEntity | null>,
): Promise<CardDetails> {
  const known = new Map([...records].filter(([, v]) => v).map(([id, v]) => [id, v!.label ?? '']));
  const referenced = [...new Set([...chosen.values()].flatMap(referencedIds))].filter((id) => !known.get(id));
  const files = [
    ...new Set(
      [...chosen.entries()]
        .map(([key, en]) => imageFile(en, key.split(':')[0] as LinkableType))
        .filter((f): f is string => !!f)
        .map(fileKey),
    ),
  ];
  const [labelsFetched, summaries, images] = await Promise.all([
    cache.many<string>(
      `wd-label:${langs.join('+')}`,
      referenced,
      async (ids) => new Map(Object.entries(await wd.labels(ids))),
    ),
    summariesByEdition(cache, wpIn, [...chosen.values()], lang),
    cache.many<ImageInfo>('wp-image', files, async (ids) => new Map((await wp.images(ids)).map((i) => [i.file, i]))),
  ]);
  const labels: Record<string, string> = Object.fromEntries([
    ...known,
    ...([...labelsFetched.values].filter(([, v]) => v) as [string, string][]),
  ]);
  const pageOf = (en: WdEntity) =>
    en.wikiTitle ? (summaries.byEdition.get(en.wikiLang ?? lang)?.values.get(en.wikiTitle) ?? null) : null;
  return { labels, labelsFetched, summaries, pageOf, images };
}

/**
 * The intros of the linked entities' pages, each from the edition its page is on (the card's language where the
 * item has a page there, else the fallback edition), cached per edition.
 */
async function summariesByEdition(
  cache: Cache,
  wpIn: WikimediaSources['wpIn'],
  entities: WdEntity[],
  lang: string,
): Promise<{ error: unknown; byEdition: Map<string, ManyResult<WikiPage>> }> {
  const titles = new Map<string, Set<string>>();
  for (const en of entities) {
    if (!en.wikiTitle) continue;
    const edition = en.wikiLang ?? lang;
    titles.set(edition, (titles.get(edition) ?? new Set()).add(en.wikiTitle));
  }
  const replies = await Promise.all(
    [...titles].map(async ([edition, set]) => {
      const wp = wpIn(edition);
      const reply = await cache.many<WikiPage>(
        `wp-summary:${edition}`,
        [...set],
        async (ids) => new Map((await wp.summaries(ids)).map((p) => [p.requested, p])),
      );
      return [edition, reply] as const;
    }),
  );
  return { error: replies.find(([, r]) => r.error)?.[1].error ?? null, byEdition: new Map(replies) };
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
