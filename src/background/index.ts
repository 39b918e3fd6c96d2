/**
 * The service worker (Firefox: background script). Wires browser events to the controller; every message is
 * parsed against the protocol and its sender checked before a handler runs.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { loadLanguage } from '../languages';
import { prepareNerModel } from '../languages/pack-model';
import { prepareSegmenter } from '../languages/segmenters';
import { analyzeArticle, analyzeArticleInSteps, articleLanguage, MODEL_ASSET } from '../pipeline/recognize';
import { parseBackgroundMessage, senderOf, type Message } from '../shared/protocol';
import type { ErrorResponse, Responses } from '../shared/responses';
import { loadSettings } from './settings-store';
import { showBadge } from './badge';
import { wireCards } from './cards/wire-cards';
import { createController } from './controller';
import { wireCoverage } from './coverage/wire-coverage';
import { senderRole } from './sender';
import { createTabStore, type SessionArea } from './tab-store';
import { titleFor } from './titles';
import { loadNerModel } from './ner-model';
import { wireReaderFeatures } from './reader-features';
import { injectPart } from './inject-part';
import { PART_FILES } from './part-files';

const log = (message: string, error?: unknown) => console.warn(`[Backstory] ${message}`, error ?? '');

// The NER model is a file of its own (scripts/vite-ner-model.js): fetched at once, awaited before recognizing.
const nerModel = loadNerModel(browser.runtime.getURL(MODEL_ASSET), fetch, log);

// Related coverage and the on-device reading history; its outlets' owners come through the cards' Wikidata client.
const coverage = wireCoverage(log, (outlets, settings, signal) => cards.outletFacts(outlets, settings, signal));

// Background cards: Wikipedia/Wikidata lookups, their cache and "Not this one?" choices.
const cards = wireCards(log);
// The reader granted site access (the popup's "Allow access", or the browser's own settings).
browser.permissions?.onAdded?.addListener(() => cards.renewClients());

const controller = createController({
  store: createTabStore(browser.storage.session as unknown as SessionArea, { log }),
  showBadge: (tabId, state) => showBadge(browser.action, tabId, state, titleFor),
  runNlp: async (article, onNamed) => {
    await nerModel;
    // The article's language pack is loaded the first time an article in that language needs it.
    const pack = await loadLanguage(articleLanguage(article).code).catch((error) => {
      log('language pack', error);
      return null;
    });
    if (pack) await prepareNerModel(pack.code).catch((error) => log('NER model', error));
    // Japanese and Chinese names need their segmenter's wasm, instantiated only when such an article comes.
    if (pack?.cjkNames) {
      const start = performance.now();
      await prepareSegmenter(pack.code).catch((error) => log('segmenter', error));
      // What the first article in the language waited for its wasm (the e2e reads it: none for other languages).
      performance.mark('backstory:segmenter', { detail: { lang: pack.code, ms: performance.now() - start } });
    }
    return onNamed ? analyzeArticleInSteps(article, onNamed, () => pack) : analyzeArticle(article, () => pack);
  },
  requestExtraction: (tabId, force) =>
    browser.tabs.sendMessage(
      tabId,
      { type: 'content/extract', payload: { force } } satisfies Message<'content/extract'>,
      {
        frameId: 0,
      },
    ) as Promise<Responses['content/extract']>,
  settings: loadSettings,
  cards: cards.deps,
  findCoverage: coverage.findCoverage,
  recordHistory: coverage.recordHistory,
  now: () => Date.now(),
  log,
  mark: (stage, tabId) => performance.mark(`backstory:${stage}`, { detail: { tabId } }),
});

// Highlights, "Clear all data", context menu and side panel.
const reader = wireReaderFeatures(browser, {
  log,
  resetBadge: (tabId) => showBadge(browser.action, tabId, null, titleFor),
});

const extensionOrigin = browser.runtime.getURL('');

async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const message = parseBackgroundMessage(raw);
  if (!message) return { error: 'Unknown or malformed message.' } satisfies ErrorResponse;
  const role = senderRole(sender, browser.runtime.id, extensionOrigin);
  if (!role || role !== senderOf(message.type)) {
    log(`rejected ${message.type} from ${role ?? 'an unknown sender'}`);
    return { error: 'Sender not allowed.' } satisfies ErrorResponse;
  }
  switch (message.type) {
    case 'page/scanned':
      return controller.pageScanned(sender.tab!.id!, message.payload, { incognito: sender.tab?.incognito });
    case 'content/load-part':
      return injectPart(
        browser.scripting,
        PART_FILES,
        {
          tabId: sender.tab!.id!,
          frameId: sender.frameId ?? 0,
          documentId: (sender as { documentId?: string }).documentId,
        },
        message.payload.part,
      );
    case 'tab/get-state':
      return controller.getState(message.payload.tabId);
    case 'tab/analyze':
      return controller.analyze(message.payload.tabId, message.payload.force);
    case 'history/clear':
      return coverage.clearHistory();
    case 'cards/choose':
      return controller.chooseCard(message.payload.tabId, message.payload.key, message.payload.qid);
    case 'card/open':
      return reader.openCard(sender.tab!.id!, message.payload.key);
    case 'data/clear-all':
      // The coverage cache keeps a tier in this worker's memory (private windows' answers live only there):
      // emptying the databases alone would leave it answering, so "Clear all data" forgets it too.
      await coverage.clearHistory();
      return reader.clearAll();
    case 'lookup/recognize':
      await nerModel;
      return reader.lookup(message.payload.text);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  handle(raw, sender).catch((error: unknown) => {
    log('handler failed', error);
    return { error: 'Backstory hit an internal error.' } satisfies ErrorResponse;
  }),
);

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.url || changeInfo.status === 'loading')
    void controller.navigated(tabId, changeInfo.url).catch(log.bind(null, 'navigated'));
});
browser.tabs.onRemoved.addListener((tabId) => void controller.tabRemoved(tabId).catch(log.bind(null, 'tabRemoved')));

void controller.resume().catch((error: unknown) => log('resume failed', error));
performance.mark('backstory:worker-ready');
