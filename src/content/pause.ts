/**
 * How the content script hands the page's main thread back between slices of its work: `scheduler.yield()` where
 * the browser has it (our continuation keeps its place ahead of other tasks), else a message-channel task (not a
 * timer: nested timers are clamped to 4 ms). Both are read once, at start-up, and checked to be functions: a
 * page's element named `scheduler` must not stand in for them.
 */
import type { SliceOptions } from '../pipeline/page/steps';

/** No task of ours should hold the page's thread longer than this (the long-task threshold is 50 ms). */
export const SCAN_SLICE_MS = 40;

type Yielder = { yield?: unknown };
const scheduler = (globalThis as { scheduler?: Yielder }).scheduler;
const schedulerYield = typeof scheduler?.yield === 'function' ? (scheduler.yield as () => Promise<void>) : null;
const Channel = typeof MessageChannel === 'function' ? MessageChannel : null;
const later = setTimeout;

function nextTask(): Promise<void> {
  if (schedulerYield) return schedulerYield.call(scheduler);
  return new Promise((resolve) => {
    if (!Channel) return void later(resolve, 0);
    const { port1, port2 } = new Channel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export function pageSlices(sliceMs = SCAN_SLICE_MS): SliceOptions {
  return { sliceMs, now: () => performance.now(), pause: nextTask };
}
