/**
 * Connects the coverage service to the browser: the worker's fetch, timers, the on-device history database, and
 * the settings of the moment. index.ts hands the two callbacks to the controller and routes "history/clear" here.
 */
import { articleIn } from '../article-language';
import browser from 'webextension-polyfill';
import type { TabState } from '../../shared/tab-state';
import { type CoverageDeps, createCoverageService, type EntityLinks } from './coverage-service';
import { createCoverageCache } from '../history/coverage-cache';
import { historyDbOpener } from '../history/db';
import { createHistoryStore } from '../history/history-store';
import { originPattern } from '../../shared/site-access';
import { loadSettings } from '../settings-store';

export function wireCoverage(
  log: (message: string, error?: unknown) => void,
  outletFacts?: CoverageDeps['outletFacts'],
) {
  const open = historyDbOpener();
  const service = createCoverageService({
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    cache: createCoverageCache(open),
    history: createHistoryStore(open),
    // A pattern without the port: Firefox refuses ports in match patterns (and would answer nothing).
    permitted: async (url) =>
      browser.permissions.contains({ origins: [originPattern(url) ?? `${new URL(url).origin}/*`] }),
    outletFacts,
    log,
  });

  const inputOf = async (state: TabState) => ({
    article: articleIn({ ...state, article: state.article! }),
    analysis: state.analysis ?? { entities: [], events: [] },
    settings: await loadSettings(),
    // Unknown counts as private: never record what we cannot place.
    incognito: state.incognito !== false,
    links: linksFromCards(state),
  });

  return {
    findCoverage: async (state: TabState, onUpdate: Parameters<typeof service.find>[1], signal?: AbortSignal) =>
      service.find({ ...(await inputOf(state)), signal }, onUpdate),
    recordHistory: async (state: TabState) => {
      if (state.article) await service.record(await inputOf(state));
    },
    clearHistory: async () => {
      await service.clearHistory();
      return { ok: true };
    },
  };
}

/** Wikidata links from the cards step when it has already run for this tab (it usually has not, and need not). */
function linksFromCards(state: TabState): EntityLinks {
  const cards = (state as { cards?: { cards?: unknown } }).cards?.cards;
  const links: EntityLinks = {};
  if (!Array.isArray(cards)) return links;
  for (const card of cards as { name?: unknown; qid?: unknown; title?: unknown; status?: unknown }[]) {
    if (card?.status === 'linked' && typeof card.name === 'string' && typeof card.qid === 'string') {
      links[card.name] = { qid: card.qid, label: typeof card.title === 'string' ? card.title : undefined };
    }
  }
  return links;
}
