/**
 * Incremental layout for long pages: only the mentions near the viewport are laid out, a frame's batch at a time,
 * and the rest when they scroll near (an IntersectionObserver on the page elements that hold them: observing reads,
 * it never changes the page). A change of the page's layout (resize, fonts, an inner scroller) lays out the near
 * mentions again and marks the far ones stale for when they come near. Without IntersectionObserver every mention
 * is near, still laid out a frame's batch at a time.
 */
import { layoutMentions } from './layout';
import type { Drawn, Parts } from './parts';

export interface LazyLayout {
  /** The page's layout changed: lay out the near mentions again, the far ones when they come near. */
  changed(): void;
  /** Lays out one mention now (a keyboard stop took focus: its ring must be in place). */
  now(d: Drawn): void;
  stop(): void;
}

export function createLazyLayout(parts: Parts): LazyLayout {
  const { win, opts, near } = parts;
  const queue = new Set<Drawn>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    const batch = [...queue].slice(0, opts.perFrame);
    for (const d of batch) queue.delete(d);
    layoutMentions(parts, batch);
    if (queue.size) frame = win.requestAnimationFrame(flush);
  };
  const enqueue = (list: Iterable<Drawn>) => {
    for (const d of list) queue.add(d);
    if (queue.size && !frame) frame = win.requestAnimationFrame(flush);
  };
  const holders = holdersOf(parts.drawn);
  const Observer = (win as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const observer = Observer
    ? new Observer((entries) => onEntries(entries, holders, near, enqueue), {
        rootMargin: `${opts.nearMarginPx}px 0px`,
      })
    : null;
  if (observer) for (const el of holders.keys()) observer.observe(el);
  else {
    for (const d of parts.drawn) near.add(d);
    enqueue(near);
  }
  return {
    changed() {
      for (const d of parts.drawn) d.fresh = false;
      enqueue(near);
    },
    now(d) {
      queue.delete(d);
      layoutMentions(parts, [d]);
    },
    stop() {
      observer?.disconnect();
      win.cancelAnimationFrame(frame);
      queue.clear();
    },
  };
}

/** The page element holding each mention's start: what the observer watches. */
function holdersOf(drawn: readonly Drawn[]): Map<Element, Drawn[]> {
  const out = new Map<Element, Drawn[]>();
  for (const d of drawn) {
    const start = d.mention.range.startContainer;
    const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!el) continue;
    const list = out.get(el);
    if (list) list.push(d);
    else out.set(el, [d]);
  }
  return out;
}

function onEntries(
  entries: IntersectionObserverEntry[],
  holders: Map<Element, Drawn[]>,
  near: Set<Drawn>,
  enqueue: (list: Iterable<Drawn>) => void,
): void {
  const coming: Drawn[] = [];
  for (const entry of entries) {
    for (const d of holders.get(entry.target) ?? []) {
      if (!entry.isIntersecting) {
        near.delete(d);
        continue;
      }
      near.add(d);
      if (!d.fresh) coming.push(d);
    }
  }
  enqueue(coming);
}
