/**
 * The smallest handle on the extension API for the script injected into every page: Firefox's `browser` or
 * Chrome's promise-returning `chrome`, without bundling webextension-polyfill into every page.
 */
type RuntimeLike = {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string; tab?: unknown }) => Promise<unknown> | undefined): void;
  };
};

export function runtime(): RuntimeLike | null {
  const g = globalThis as unknown as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  // A page can define window.browser; content scripts run in an isolated world, but check for a real runtime id.
  const candidate = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
  return candidate?.id ? candidate : null;
}
