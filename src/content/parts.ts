/**
 * The content script's heavier code (extraction, highlights) is no file a page can fetch: on request, the
 * background injects it into this isolated world (scripting.executeScript, see background/inject-part.ts), and the
 * injected file hands its exports over here. Only article pages pay for the extraction, and only pages with
 * highlights drawn for the highlights.
 */
import type { Message } from '../shared/protocol';
import type { RuntimeLike } from './ext';
import { type PartName, type Parts, world } from './world';

/** Called by an injected part's entry file. */
export function providePart<N extends PartName>(name: N, part: Parts[N]): void {
  world().parts[name] = part;
}

const pending = new Map<PartName, Promise<unknown>>();

/** The part, injected by the background the first time this page asks for it. Rejects when it cannot be had. */
export function loadPart<N extends PartName>(api: RuntimeLike, name: N): Promise<Parts[N]> {
  const ready = world().parts[name];
  if (ready) return Promise.resolve(ready);
  let load = pending.get(name) as Promise<Parts[N]> | undefined;
  if (!load) {
    const message: Message<'content/load-part'> = { type: 'content/load-part', payload: { part: name } };
    load = api.sendMessage(message).then((reply) => {
      const part = world().parts[name];
      if (part) return part;
      throw new Error(
        `Backstory could not load its ${name} code: ${(reply as { error?: string })?.error ?? 'no reply'}`,
      );
    });
    // Settled, it is no longer pending: a loaded part is in world(), and a failed load may be tried again (the
    // worker restarted, the reader granted access).
    const settled = () => pending.delete(name);
    load.then(settled, settled);
    pending.set(name, load);
  }
  return load;
}
