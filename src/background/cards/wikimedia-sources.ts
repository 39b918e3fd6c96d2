/** The Wikipedia and Wikidata sources for the settings of the moment, over clients kept for the worker's life. */
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
  lang: string;
  /** The browser has no network: the cache still answers, anything it lacks fails at once. */
  offline: boolean;
  wp: WikipediaSource;
  wd: WikidataSource;
}

export interface SourcePoolDeps {
  fetch: FetchLike;
  /** navigator.onLine where there is one. */
  online(): boolean;
  clientOptions?: Partial<ClientOptions>;
}

/** Wikidata answers with whole entities: fewer requests at a time keep its servers (and our memory) at ease. */
const WIKIDATA_MAX_IN_FLIGHT = 3;

export function createSourcePool(deps: SourcePoolDeps): (settings: Settings) => WikimediaSources {
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

  return (settings) => {
    const lang = settings.wikipediaLang;
    const offline = !deps.online();
    const { wikipedia, wikidata } = settings.endpoints;
    return {
      lang,
      offline,
      wp: createWikipediaSource(client(wikipedia, offline), { endpoint: wikipedia, lang }),
      wd: createWikidataSource(client(wikidata, offline), { endpoint: wikidata, lang }),
    };
  };
}
