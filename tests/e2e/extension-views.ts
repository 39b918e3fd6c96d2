/**
 * The extension's own views that Playwright does not list as pages: the toolbar popup (opened for real with
 * chrome.action.openPopup) and the side panel. They are DevTools targets all the same; this attaches to one over
 * the browser's CDP session (Target.sendMessageToTarget) to read its DOM and to click in it with real input events,
 * which carry the user activation APIs like sidePanel.open require.
 */
import type { CDPSession } from 'playwright-core';
import type { Harness } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ExtensionView {
  targetId: string;
  url: string;
  /** Sends a DevTools protocol command to the view (e.g. Emulation.setEmulatedMedia). */
  send(method: string, params?: object): Promise<unknown>;
  /** Evaluates an expression in the view and returns its JSON value (promises awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /**
   * Scrolls the element `elementExpression` evaluates to into view and clicks its centre with mouse events, again
   * where it moved to when the click missed it.
   */
  click(elementExpression: string): Promise<void>;
  detach(): Promise<void>;
}

export async function browserSession(h: Harness): Promise<CDPSession> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser for a browser-level CDP session');
  return browser.newBrowserCDPSession();
}

export async function extensionTargets(cdp: CDPSession, h: Harness, path: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter(
    (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/${path}`),
  );
}

/** Waits for a page target at `path` that is not one of `known` (target ids), and attaches to it. */
export async function attachNewView(
  cdp: CDPSession,
  h: Harness,
  path: string,
  known: string[],
  timeoutMs = 10_000,
): Promise<ExtensionView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await extensionTargets(cdp, h, path)).find((t) => !known.includes(t.targetId));
    if (found) return attach(cdp, found);
    if (Date.now() > deadline) throw new Error(`no new view at ${path} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function attach(cdp: CDPSession, target: TargetInfo): Promise<ExtensionView> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 0;
  const pending = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id!);
    if (reply.error) waiter.fail(new Error(reply.error.message));
    else waiter.ok(reply.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((ok, fail) => {
      const id = ++nextId;
      pending.set(id, { ok, fail });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(fail);
    });
  const view: ExtensionView = {
    targetId: target.targetId,
    url: target.url,
    send,
    async evaluate<T>(expression: string) {
      const reply = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails)
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value as T;
    },
    async waitFor(expression, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await view.evaluate<boolean>(`!!(${expression})`).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`view ${target.url}: never true: ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async click(elementExpression) {
      // The view may still be laying out (a popup's state arriving moves its footer): a click that landed beside the
      // element is made again at the element's new place.
      for (let attempt = 0; attempt < 3; attempt++) {
        const box = await view.evaluate<{ x: number; y: number } | null>(`(() => {
          const el = ${elementExpression};
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          window.__clickHit = false;
          el.addEventListener('click', () => (window.__clickHit = true), { once: true, capture: true });
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        })()`);
        if (!box) throw new Error(`no element ${elementExpression} in ${target.url}`);
        for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
          await send('Input.dispatchMouseEvent', {
            type,
            x: box.x,
            y: box.y,
            button: type === 'mouseMoved' ? 'none' : 'left',
            clickCount: 1,
          });
        }
        // A view the click closed (a popup opening the side panel) counts as hit: it may never answer.
        const hit = await Promise.race([
          view.evaluate<boolean>('window.__clickHit !== false').catch(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(true), 1_000)),
        ]);
        if (hit) return;
      }
      throw new Error(`clicks kept missing ${elementExpression} in ${target.url}`);
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    },
  };
  return view;
}
