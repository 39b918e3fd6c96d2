/**
 * The smallest handle on the extension API for the script injected into every page: Firefox's `browser` or
 * Chrome's promise-returning `chrome`, without bundling webextension-polyfill into every page.
 *
 * Read once, by the first content script (`start.ts`, run at document_start, before the page has any markup), and
 * only from the isolated world's own global properties. Chromium installs `chrome` and `browser` when it creates
 * the world, and reuses whatever `window.chrome` already resolves to: a world created at document_idle on a page
 * with `<form id=chrome>` gets the page's form as its `chrome`, with the APIs hung on it and its named inputs
 * (`runtime`) in front of them. Created at document_start, the world has its own `chrome` and `browser`, and a
 * named element (which lives on the prototype chain, below the window's own properties) can never shadow them.
 */
import { world } from './world';

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

/** The runtime as captured at start-up (the first call in this world captures it; every file then shares it). */
export function runtime(): RuntimeLike | null {
  const shared = world();
  if (shared.runtime === undefined) shared.runtime = findRuntime();
  return shared.runtime;
}
