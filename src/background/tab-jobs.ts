/**
 * One job per tab: starting a job replaces the tab's previous one (whose signal is aborted), and a job that ends
 * frees the tab's slot only while it is still the current one, so a page's late finish never hides a newer page's
 * work. The controller keeps one of these per kind of work (analysis, cards, history and coverage).
 */
export interface TabJobs {
  /** Runs `work` as the tab's current job; the returned promise settles when `work` does. */
  start(tabId: number, work: (signal: AbortSignal) => Promise<void>): Promise<void>;
  /** Aborts the tab's current job and frees its slot. */
  cancel(tabId: number): void;
  /** Whether the tab has a job that has not ended. */
  busy(tabId: number): boolean;
  /** Settles as the tab's current job does (resolves at once when there is none). */
  whenIdle(tabId: number): Promise<void>;
}

interface Running {
  done: Promise<void>;
  controller: AbortController;
}

export function createTabJobs(): TabJobs {
  const slots = new Map<number, Running>();

  function start(tabId: number, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    slots.get(tabId)?.controller.abort();
    const controller = new AbortController();
    // The work starts at once, as a plain call would: callers rely on its first steps running before they go on.
    const running: Running = { controller, done: runNow(work, controller.signal) };
    running.done = running.done.finally(() => {
      // A newer job may have taken the tab's slot meanwhile: leave it.
      if (slots.get(tabId) === running) slots.delete(tabId);
    });
    slots.set(tabId, running);
    return running.done;
  }

  function cancel(tabId: number): void {
    slots.get(tabId)?.controller.abort();
    slots.delete(tabId);
  }

  return {
    start,
    cancel,
    busy: (tabId) => slots.has(tabId),
    whenIdle: (tabId) => slots.get(tabId)?.done ?? Promise.resolve(),
  };
}

/** Calls `work` now; a synchronous throw becomes a rejection like an async one. */
function runNow(work: (signal: AbortSignal) => Promise<void>, signal: AbortSignal): Promise<void> {
  try {
    return work(signal);
  } catch (error) {
    return Promise.reject(error);
  }
}
