/**
 * Watching a page the way a hostile-page test needs: every uncaught exception and console error in any of the
 * page's JavaScript worlds (the page's own and the content script's isolated world, via the DevTools protocol),
 * DOM mutations after DOMContentLoaded (the content script must make none), and element positions for layout checks.
 * Reads of the page's own world go through CDP, since a hostile page may have broken the built-ins
 * Playwright's page.evaluate relies on.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness';

export interface WatchedPage {
  page: Page;
  tabId: number;
  cdp: CDPSession;
  /** Exceptions and console errors, with the world (execution context name) they came from. */
  errors: string[];
  /** Evaluates in the page's main world through CDP; returns a JSON value. */
  mainWorld<T>(expression: string): Promise<T>;
  /** Evaluates in the extension's isolated world (where the content script runs), awaiting promises. */
  isolatedWorld<T>(expression: string): Promise<T>;
  /** Mutations seen since DOMContentLoaded, optionally ignoring those under elements matching `ownSelector`. */
  mutations(ownSelector?: string): Promise<{ count: number; samples: string[] }>;
  /** Element boxes (document coordinates) now, and as they were at DOMContentLoaded. */
  layout(): Promise<{ atLoad: string; now: string }>;
  /** The longest main-thread task (ms) since DOMContentLoaded: the content script's work blocks the page this long. */
  longestTask(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Runs first in the page's main world, before any page script, and keeps its own references to the built-ins
 * the hostile pages replace (querySelectorAll, Array methods...).
 */
const RECORDER = `(() => {
  const qsa = Document.prototype.querySelectorAll;
  const matches = Element.prototype.closest;
  const rec = { records: [], atLoad: '' };
  const snapshot = () => {
    let out = '';
    const list = qsa.call(document, 'h1, article p, footer, header');
    for (let i = 0; i < list.length && i < 60; i++) {
      const r = list[i].getBoundingClientRect();
      out += Math.round(r.left + scrollX) + ',' + Math.round(r.top + scrollY) + ',' + Math.round(r.width) + ',' + Math.round(r.height) + ';';
    }
    return out;
  };
  const observer = new MutationObserver((list) => {
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      let added = '';
      for (let j = 0; j < m.addedNodes.length; j++) added += m.addedNodes[j].nodeName + ' ';
      rec.records[rec.records.length] = { target: m.target, text: m.type + ' on <' + m.target.nodeName + (m.target.id ? '#' + m.target.id : '') + '> ' + (m.attributeName || '') + ' +[' + added + ']' };
    }
  });
  // Main-thread tasks over 50 ms after DOMContentLoaded: the content script runs on the page's thread, so its
  // detection and extraction show up here (with whatever the page itself does).
  rec.longTasks = [];
  rec.dcl = Infinity;
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) if (entries[i].startTime >= rec.dcl) rec.longTasks[rec.longTasks.length] = Math.round(entries[i].duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', () => {
    rec.dcl = performance.now();
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    rec.atLoad = snapshot();
  }, { once: true });
  Object.defineProperty(window, '__robustWatch', { value: {
    mutations(own) {
      const out = { count: 0, samples: [] };
      for (let i = 0; i < rec.records.length; i++) {
        const r = rec.records[i];
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (own && el && matches.call(el, own)) continue;
        out.count++;
        if (out.samples.length < 8) out.samples[out.samples.length] = r.text;
      }
      return out;
    },
    layout() { return { atLoad: rec.atLoad, now: snapshot() }; },
    longestTask() { let max = 0; for (let i = 0; i < rec.longTasks.length; i++) if (rec.longTasks[i] > max) max = rec.longTasks[i]; return max; },
  } });
})();`;

export async function openWatched(
  h: Harness,
  url: string,
  options: { waitUntil?: 'domcontentloaded' | 'load' | 'commit' } = {},
): Promise<WatchedPage> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const errors: string[] = [];
  const contexts = new Map<number, { name: string; isolated: boolean; origin: string }>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    contexts.set(context.id, {
      name: context.name,
      isolated: context.auxData?.type === 'isolated',
      origin: context.origin,
    });
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const world = contexts.get(exceptionDetails.executionContextId ?? -1)?.name || 'page';
    errors.push(`[${world}] ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' && type !== 'assert') return;
    const world = contexts.get(executionContextId)?.name || 'page';
    errors.push(`[${world}] console.${type}: ${args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'domcontentloaded' });
  const tabId = await h.tabIdOf(page);

  const evaluate = async <T>(expression: string, contextId?: number): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
      ...(contextId ? { contextId } : {}),
    });
    if (exceptionDetails)
      throw new Error(`evaluate failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const isolatedId = async () => {
    for (let i = 0; i < 50; i++) {
      // The extension's world: an isolated context whose origin is the extension's.
      const found = [...contexts.entries()].reverse().find(([, c]) => c.isolated && c.origin.includes(h.extensionId));
      if (found) return found[0];
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no isolated world of the extension in ${page.url()}: ${JSON.stringify([...contexts.values()])}`);
  };
  return {
    page,
    tabId,
    cdp,
    errors,
    mainWorld: (expression) => evaluate(expression),
    isolatedWorld: async (expression) => evaluate(expression, await isolatedId()),
    mutations: (own) => evaluate(`window.__robustWatch.mutations(${JSON.stringify(own ?? '')})`),
    layout: () => evaluate('window.__robustWatch.layout()'),
    longestTask: () => evaluate('window.__robustWatch.longestTask()'),
    close: async () => {
      await cdp.detach().catch(() => {});
      await page.close().catch(() => {});
    },
  };
}

/** Elements in an extension page that would mean page or API text became markup or script there. */
export const INJECTED_SELECTOR = [
  'script:not([src])',
  'script[src^="http"]',
  'iframe',
  'object',
  'embed',
  'svg[onload]',
  'img[onerror]',
  '[onload]',
  '[onerror]',
  '[onclick]',
  '[onmouseover]',
  'a[href^="javascript:" i]',
  'base',
  'meta[http-equiv]',
].join(', ');

/** Settings with every endpoint on the fixture server: the harness's (kept here for the tests that import it from here). */
export { fixtureEndpoints } from './harness';
