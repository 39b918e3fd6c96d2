/**
 * Wikipedia (MediaWiki Action API): titles → pages (Wikidata id, disambiguation flag, short description), intro
 * extracts and thumbnails, and Commons image licences. Batched: 50 titles per request, 20 for intro extracts
 * (the API's own limits). Only entity names and file names are sent.
 */
import { type ImageInfo, type WikiPage, normalizeImageInfo, normalizeQuery } from '../../pipeline/link';
import { eachBatch } from './each-batch';
import { apiUrl, type WikimediaClient } from './wikimedia-http';

export interface WikipediaOptions {
  /** settings.endpoints.wikipedia, with `{lang}`. */
  endpoint: string;
  lang: string;
  thumbWidth: number;
  titleBatch: number;
  extractBatch: number;
}

export const DEFAULT_WIKIPEDIA_OPTIONS = { thumbWidth: 320, titleBatch: 50, extractBatch: 20 };

type Params = Record<string, string | number | boolean>;
/** What each request needs: the client, the options and the API URL for a set of parameters. */
interface Api {
  client: WikimediaClient;
  o: WikipediaOptions;
  url(params: Params): string;
}

export function createWikipediaSource(
  client: WikimediaClient,
  options: Partial<WikipediaOptions> & Pick<WikipediaOptions, 'endpoint' | 'lang'>,
) {
  const o: WikipediaOptions = { ...DEFAULT_WIKIPEDIA_OPTIONS, ...options };
  const api: Api = { client, o, url: (params) => apiUrl(o.endpoint, o.lang, params) };
  return {
    /** Which article each name is, through redirects; disambiguation pages come with the titles they list. */
    async lookup(titles: string[]): Promise<WikiPage[]> {
      const pages = await lookupTitles(api, unique(titles));
      await addDisambiguationLinks(
        api,
        pages.filter((p) => p.disambiguation),
      );
      return pages;
    },
    /** Intro extracts, short descriptions and thumbnails for article titles. */
    summaries: (titles: string[]) => summaries(api, unique(titles)),
    /** Thumbnails, licences and authors of Commons files (the shared repository answers through Wikipedia). */
    images: (files: string[]) => images(api, unique(files)),
  };
}

/** Titles the API accepts, each once. */
const unique = (titles: string[]) => [
  ...new Set(titles.map((t) => t.trim()).filter((t) => t && t.length <= 255 && !/[|#<>[\]{}]/.test(t))),
];

async function lookupTitles({ client, o, url }: Api, titles: string[]): Promise<WikiPage[]> {
  const replies = await eachBatch(titles, o.titleBatch, async (batch) =>
    normalizeQuery(
      await client.getJson(
        url({
          action: 'query',
          redirects: 1,
          prop: 'pageprops|description',
          ppprop: 'wikibase_item|disambiguation',
          titles: batch.join('|'),
        }),
      ),
      batch,
    ),
  );
  return replies.flat();
}

/** Sets `links` on each disambiguation page: the article titles it lists. */
async function addDisambiguationLinks({ client, o, url }: Api, pages: WikiPage[]): Promise<void> {
  await eachBatch(pages, o.titleBatch, async (batch) => {
    const raw = await client.getJson(
      url({
        action: 'query',
        prop: 'links',
        plnamespace: 0,
        pllimit: 'max',
        titles: batch.map((p) => p.title).join('|'),
      }),
    );
    const withLinks = normalizeQuery(
      raw,
      batch.map((p) => p.title),
    );
    batch.forEach((page, i) => {
      page.links = withLinks[i]?.links ?? [];
    });
  });
}

async function summaries({ client, o, url }: Api, titles: string[]): Promise<WikiPage[]> {
  const replies = await eachBatch(titles, o.extractBatch, async (batch) => {
    const raw = await client.getJson(
      url({
        action: 'query',
        prop: 'extracts|pageimages|description|pageprops',
        ppprop: 'wikibase_item|disambiguation',
        exintro: 1,
        explaintext: 1,
        exsentences: 4,
        exlimit: o.extractBatch,
        piprop: 'thumbnail',
        pithumbsize: o.thumbWidth,
        titles: batch.join('|'),
      }),
    );
    return normalizeQuery(raw, batch);
  });
  return replies.flat();
}

async function images({ client, o, url }: Api, files: string[]): Promise<ImageInfo[]> {
  const replies = await eachBatch(files, o.titleBatch, async (batch) => {
    const raw = await client.getJson(
      url({
        action: 'query',
        prop: 'imageinfo',
        iiprop: 'url|extmetadata',
        iiurlwidth: o.thumbWidth,
        iiextmetadatafilter: 'LicenseShortName|LicenseUrl|Artist',
        titles: batch.map((f) => `File:${f}`).join('|'),
      }),
    );
    return normalizeImageInfo(raw);
  });
  return replies.flat();
}

export type WikipediaSource = ReturnType<typeof createWikipediaSource>;
