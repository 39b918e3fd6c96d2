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

export function createWikipediaSource(
  client: WikimediaClient,
  options: Partial<WikipediaOptions> & Pick<WikipediaOptions, 'endpoint' | 'lang'>,
) {
  const o: WikipediaOptions = { ...DEFAULT_WIKIPEDIA_OPTIONS, ...options };
  const url = (params: Record<string, string | number | boolean>) => apiUrl(o.endpoint, o.lang, params);
  const unique = (titles: string[]) => [
    ...new Set(titles.map((t) => t.trim()).filter((t) => t && t.length <= 255 && !/[|#<>[\]{}]/.test(t))),
  ];

  return {
    /** Which article each name is, through redirects; disambiguation pages come with the titles they list. */
    async lookup(titles: string[]): Promise<WikiPage[]> {
      const out = (
        await eachBatch(unique(titles), o.titleBatch, async (batch) =>
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
        )
      ).flat();
      await eachBatch(
        out.filter((p) => p.disambiguation),
        o.titleBatch,
        async (batch) => {
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
          batch.forEach((page, i) => (page.links = withLinks[i]?.links ?? []));
        },
      );
      return out;
    },

    /** Intro extracts, short descriptions and thumbnails for article titles. */
    async summaries(titles: string[]): Promise<WikiPage[]> {
      const replies = await eachBatch(unique(titles), o.extractBatch, async (batch) => {
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
    },

    /** Thumbnails, licences and authors of Commons files (the shared repository answers through Wikipedia). */
    async images(files: string[]): Promise<ImageInfo[]> {
      const replies = await eachBatch(unique(files), o.titleBatch, async (batch) => {
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
    },
  };
}

export type WikipediaSource = ReturnType<typeof createWikipediaSource>;
