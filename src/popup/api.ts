/**
 * What the popup needs from the extension, as an interface: the real one talks to the background; tests and
 * component previews pass a fake.
 */
import type { Browser } from 'webextension-polyfill';
import type { Message, MessageType } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import { tabStateKey, type TabState } from '../shared/tab-state';
import { readerControls, type ReaderControls } from './reader-controls';
import { currentTabId, peekState, type TabReadApi } from './tab-read';

export interface PopupApi extends ReaderControls {
  /** The tab the popup describes: `?tabId=N` when given, else the active tab of the current window. */
  currentTabId(): Promise<number | null>;
  getState(tabId: number): Promise<TabState | null>;
  /** The stored state read directly, without waking the background: the first paint never waits on it. */
  peekState?(tabId: number): Promise<TabState | null>;
  analyze(tabId: number, force: boolean): Promise<Responses['tab/analyze']>;
  /** "Not this one?" on a card. Optional so previews and test fakes may leave it out. */
  chooseCard?(tabId: number, key: string, qid: string | null): Promise<Responses['cards/choose']>;
  /** The card to open and focus first (`?card=KEY`: the page's hover card asked for it); absent otherwise. */
  openCard?: string | null;
  /** Calls back whenever the background writes this tab's state; returns an unsubscribe function. */
  subscribe(tabId: number, onState: (state: TabState | null) => void): () => void;
}

export function createBrowserApi(browser: Browser, search = location.search): PopupApi {
  async function send<T extends MessageType>(message: Message<T>): Promise<Responses[T]> {
    const reply = (await browser.runtime.sendMessage(message as unknown)) as Responses[T] | { error: string };
    if (isErrorReply(reply)) throw new Error(reply.error);
    return reply as Responses[T];
  }
  return {
    ...readerControls(browser),
    openCard: new URLSearchParams(search).get('card'),
    currentTabId: () => currentTabId(browser as unknown as TabReadApi, search),
    getState: (tabId) => send({ type: 'tab/get-state', payload: { tabId } }),
    peekState: (tabId) => peekState(browser as unknown as TabReadApi, tabId),
    analyze: (tabId, force) => send({ type: 'tab/analyze', payload: { tabId, force } }),
    chooseCard: (tabId, key, qid) => send({ type: 'cards/choose', payload: { tabId, key, qid } }),
    subscribe(tabId, onState) {
      const key = tabStateKey(tabId);
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) onState((changes[key]!.newValue as TabState | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The background answers `{error}` alone when it refused a message; states and results have other keys. */
function isErrorReply(reply: unknown): reply is { error: string } {
  return (
    !!reply &&
    typeof reply === 'object' &&
    Object.keys(reply).length === 1 &&
    typeof (reply as { error?: unknown }).error === 'string'
  );
}
