/**
 * The smallest handle on the extension API for the script injected into every page: Firefox's `browser` or
 * Chrome's promise-returning `chrome`, without bundling webextension-polyfill into every page.
 *
 * Read once, when the script starts, and only from the isolated world's own global properties: a page's
 * `<form id=browser><input name=runtime>` is reachable as `window.browser` through the document's named
 * properties (which sit on the prototype chain, below the window's own properties), so a plain lookup could hand
 * the page's element to us. Own properties are the extension's; nothing the page writes later changes them.
 */
export type RuntimeLike = {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string; tab?: unknown }) => Promise<unknown> | undefined): void;
  };
};

type Scope = Record<string, unknown>;

/** An own property of `scope` (never a named element, which lives on the prototype chain). */
function own(scope: Scope, name: string): unknown {
  const d = Object.getOwnPropertyDescriptor(scope, name);
  if (!d) return undefined;
  return 'value' in d ? d.value : d.get?.call(scope);
}

/** A real extension runtime in `api` (an object whose runtime has an id and sendMessage), or null. */
function runtimeOf(api: unknown): RuntimeLike | null {
  if (!api || typeof api !== 'object') return null;
  const r = own(api as Scope, 'runtime') ?? (api as { runtime?: unknown }).runtime;
  const candidate = r as RuntimeLike | undefined;
  return candidate && typeof candidate.id === 'string' && candidate.id && typeof candidate.sendMessage === 'function'
    ? candidate
    : null;
}

/** The extension runtime from the given global scope, or null (a page with no extension, a clobbering page). */
export function findRuntime(scope: Scope = globalThis as unknown as Scope): RuntimeLike | null {
  return runtimeOf(own(scope, 'browser')) ?? runtimeOf(own(scope, 'chrome'));
}

let captured: RuntimeLike | null | undefined;

/** The runtime as captured at start-up (the first call captures it). */
export function runtime(): RuntimeLike | null {
  if (captured === undefined) captured = findRuntime();
  return captured;
}
