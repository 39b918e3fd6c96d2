/**
 * Wires the card service (card-service.ts) to the browser: IndexedDB cache and choices (in memory where IndexedDB is
 * unavailable), fetch, settings and the page's host. index.ts passes `deps` to the controller.
 */
import { siteHost } from '../../shared/url';
import type { CardsResult } from '../../shared/cards';
import type { TabState } from '../../shared/tab-state';
import { createCache, idbEntryStore, memoryEntryStore, type EntryStore } from '../cache/cache';
import { createChoices, idbChoiceStore, memoryChoiceStore, type ChoiceStore } from '../cache/choices';
import { openCardsDb } from '../cache/db';
import { articleIn } from '../article-language';
import { type CardService, createCardService } from './card-service';
import type { CardsDeps } from '../controller';
import { loadSettings } from '../settings-store';

/** The names the cards are for: those the tagger was unsure of too, since a confident link confirms them. */
const cardEntities = (state: TabState) => [...(state.analysis?.entities ?? []), ...(state.analysis?.unsure ?? [])];

export function wireCards(log: (message: string, error?: unknown) => void): {
  deps: CardsDeps;
  renewClients(): void;
  outletFacts: CardService['outletFacts'];
} {
  const db = openCardsDb();
  let entries: EntryStore = idbEntryStore(db);
  let choiceStore: ChoiceStore = idbChoiceStore(db);
  db.catch((error: unknown) => {
    log('IndexedDB unavailable: cards are cached in memory only', error);
    entries = memoryEntryStore();
    choiceStore = memoryChoiceStore();
  });
  const cache = createCache(
    {
      getMany: (keys) => entries.getMany(keys),
      putMany: (rows) => entries.putMany(rows),
      deleteOlderThan: (time) => entries.deleteOlderThan(time),
    },
    { log },
  );
  void db.then(() => cache.prune()).catch(() => {});
  const choices = createChoices({ get: (key) => choiceStore.get(key), put: (choice) => choiceStore.put(choice) });
  const newService = () =>
    createCardService({
      fetch: (url, init) => fetch(url, init),
      cache,
      choices,
      now: () => Date.now(),
      online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      browserLanguage: () => (typeof navigator === 'undefined' ? 'en' : navigator.language),
      log,
    });
  let service = newService();

  const siteOf = (state: TabState) => siteHost(state.pageUrl);
  const requestOf = async (state: TabState, signal?: AbortSignal) => ({
    signal,
    article: articleIn({ ...state, article: state.article! }),
    entities: cardEntities(state),
    events: state.analysis?.events ?? [],
    site: siteOf(state),
    settings: await loadSettings(),
  });

  return {
    deps: {
      placeholders: (state): CardsResult => ({
        status: 'loading',
        cards: state.article
          ? service.placeholders({
              article: state.article,
              entities: cardEntities(state),
              events: state.analysis?.events ?? [],
            })
          : [],
        publisher: null,
        notes: [],
        elapsedMs: 0,
      }),
      prefetch: async (state, named, signal) =>
        state.article ? service.prefetch({ ...(await requestOf(state, signal)), entities: named }) : undefined,
      build: async (state, signal) => service.build(await requestOf(state, signal)),
      choose: async (state, key, qid) => {
        const card = state.cards?.cards.find((c) => c.key === key);
        if (!card) throw new Error('No such card on this page.');
        await service.choose(siteOf(state), card.type, card.name, qid);
      },
    },
    // Requests refused for want of site access count as failures and may have tripped the clients' breakers:
    // once the reader grants access, fresh clients ask at once instead of after the cooldown.
    renewClients: () => {
      service = newService();
    },
    // The coverage's outlets go through the cards' Wikidata clients and cache.
    outletFacts: (outlets, settings, signal) => service.outletFacts(outlets, settings, signal),
  };
}
