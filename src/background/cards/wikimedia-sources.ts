/** The Wikipedia and Wikidata sources for the settings of the moment, over clients kept for the worker's life. */
import { cardLanguages } from '../../shared/card-language';
import type { Settings } from '../../shared/settings';
import { createWikidataSource, type WikidataSource } from '../sources/wikidata';
import {
  createWikimediaClient,
  type ClientOptions,
  type FetchLike,
  type WikimediaClient,
} from '../sources/wikimedia-http';
import { createWikipediaSource, type WikipediaSource } from '../sources/wikipedia';

export interface WikimediaSources {
  /** The card's language: names are looked up and searched in it. */
  lang: string;
  /** Where a card's words come from, in order: the card's language, then the fallback edition. */
  langs: string[];
  /** The browser has no network: the cache still answers, anything it lacks fails at once. */
  offline: boolean;
  /** Wikipedia in the card's language. */
  wp: WikipediaSource;
  /** Wikipedia in any edition (a page found only in the fallback edition is read there). */
  wpIn(lang: string): WikipediaSource;
  wd: WikidataSource;
}

/** What decides the card's language besides the settings. */
export interface CardLanguageContext {
  /** The article's language (its tag as the page gives it, confirmed from the text). */
  articleLang?: string | null;
}

export interface SourcePoolDeps {
  fetch: FetchLike;
  /** navigator.onLine where there is one. */
  online(): boolean;
  clientOptions?: Partial<ClientOptions>;
  /** The browser's language, for the "my browser's language" card setting. */
  browserLanguage?(): string;
}

/** Wikidata answers with whole entities: fewer requests at a time keep its servers (and our memory) at ease. */
const WIKIDATA_MAX_IN_FLIGHT = 3;

export function createSourcePool(
  deps: SourcePoolDeps,
): (settings: Settings, signal?: AbortSignal, context?: CardLanguageContext) => WikimediaSources {
  // One client per service endpoint, kept across pages: the queue and any Retry-After block must outlive a page.
  const clients = new Map<string, WikimediaClient>();
  const client = (endpoint: string, offline: boolean) => {
    const key = `${offline ? 'offline:' : ''}${endpoint}`;
    let c = clients.get(key);
    if (!c) {
      c = createWikimediaClient({
        // Without a network the cache still answers; anything it lacks fails at once instead of timing out.
        fetch: offline ? () => Promise.reject(new TypeError('offline')) : deps.fetch,
        ...deps.clientOptions,
        ...(offline ? { retries: 0 } : {}),
        ...(endpoint.includes('wikidata') ? { maxInFlight: WIKIDATA_MAX_IN_FLIGHT } : {}),
      });
      clients.set(key, c);
    }
    return c;
  };

  return (settings, signal, context = {}) => {
    const langs = cardLanguages({
      choice: settings.cardLanguage,
      articleLang: context.articleLang,
      browserLang: deps.browserLanguage?.(),
      fallback: settings.wikipediaLang,
    });
    const lang = langs[0]!;
    const offline = !deps.online();
    const { wikipedia, wikidata } = settings.endpoints;
    // One client for every edition: they share a host pattern, and the queue limits the load on Wikimedia as one.
    const wpIn = (edition: string) =>
      createWikipediaSource(forJob(client(wikipedia, offline), signal), { endpoint: wikipedia, lang: edition });
    return {
      lang,
      langs,
      offline,
      wp: wpIn(lang),
      wpIn,
      wd: createWikidataSource(forJob(client(wikidata, offline), signal), { endpoint: wikidata, lang, langs }),
    };
  };
}

/** The shared client, its requests tied to one job's signal (dropped when the tab that asked moves on). */
function forJob(client: WikimediaClient, signal: AbortSignal | undefined): WikimediaClient {
  if (!signal) return client;
  return { stats: client.stats, getJson: (url) => client.getJson(url, signal) };
}
