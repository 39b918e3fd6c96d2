/**
 * Wikidata: name search (wbsearchentities), entities with their statements, and labels of the items statements
 * point to (wbgetentities, 50 ids per request). Only entity names and ids are sent.
 */
import { type SearchHit, type WdEntity, normalizeEntities, normalizeSearch } from '../../pipeline/link';
import { eachBatch } from './each-batch';
import { apiUrl, type WikimediaClient } from './wikimedia-http';

export interface WikidataOptions {
  endpoint: string;
  /** The language names are searched in. */
  lang: string;
  /** The languages of labels and descriptions, in order of preference (default: lang, then English). */
  langs: string[];
  searchLimit: number;
  idBatch: number;
}

export const DEFAULT_WIKIDATA_OPTIONS = { searchLimit: 7, idBatch: 50 };

export function createWikidataSource(
  client: WikimediaClient,
  options: Partial<WikidataOptions> & Pick<WikidataOptions, 'endpoint' | 'lang'>,
) {
  const o: WikidataOptions = { ...DEFAULT_WIKIDATA_OPTIONS, langs: [options.lang], ...options };
  const url = (params: Record<string, string | number>) => apiUrl(o.endpoint, o.lang, params);
  const validIds = (ids: string[]) => [...new Set(ids.filter((id) => /^Q[1-9]\d{0,11}$/.test(id)))];

  return {
    async search(name: string): Promise<SearchHit[]> {
      const text = name.trim().slice(0, 250);
      if (!text) return [];
      const raw = await client.getJson(
        url({
          action: 'wbsearchentities',
          search: text,
          language: o.lang,
          uselang: o.lang,
          type: 'item',
          limit: o.searchLimit,
        }),
      );
      return normalizeSearch(raw);
    },

    /** Entities by id; ids that redirect (merged items) come back under their new id. */
    async entities(ids: string[]): Promise<WdEntity[]> {
      const replies = await eachBatch(validIds(ids), o.idBatch, (batch) =>
        client.getJson(
          url({
            action: 'wbgetentities',
            ids: batch.join('|'),
            props: 'labels|descriptions|aliases|claims|sitelinks',
            languages: languages(o.langs),
            languagefallback: 1,
          }),
        ),
      );
      return replies.flatMap((raw) => normalizeEntities(raw, o.langs).entities);
    },

    async labels(ids: string[]): Promise<Record<string, string>> {
      const replies = await eachBatch(validIds(ids), o.idBatch, (batch) =>
        client.getJson(
          url({
            action: 'wbgetentities',
            ids: batch.join('|'),
            props: 'labels',
            languages: languages(o.langs),
            languagefallback: 1,
          }),
        ),
      );
      const out: Record<string, string> = {};
      for (const raw of replies)
        for (const entity of normalizeEntities(raw, o.langs).entities) if (entity.label) out[entity.id] = entity.label;
      return out;
    },
  };
}

export type WikidataSource = ReturnType<typeof createWikidataSource>;

/** The card's languages, English, then Wikidata's language-neutral labels ("mul"). */
const languages = (langs: string[]) => [...new Set([...langs, 'en', 'mul'])].join('|');
