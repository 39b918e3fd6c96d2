/**
 * Work in steps: a generator that `yield`s wherever the caller may hand the thread back to the page. In Node (and
 * in tests) `runSteps` runs it straight through, so the result is the same as a plain call; the content script
 * runs it with `runStepsSliced`, which pauses (a new task) whenever a slice of work has used its time, so no task
 * of ours holds a page's main thread for long. Pure: the clock and the pause are passed in.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Work at most this long (ms) before handing the thread back to the page. */
  sliceMs: number;
  now(): number;
  /** Resolves in a later task (scheduler.yield, setTimeout, a MessageChannel...). */
  pause(): Promise<void>;
}

/**
 * A clock of work time only: it stops while the steps are paused, so a budget on it (a walk's `maxMs`) counts
 * our own work, not the time the page spent between our slices.
 */
export interface WorkClock {
  now(): number;
  /** Time the page had while we were paused (ms). */
  pausedMs(): number;
}

/** Runs `make`'s steps in slices of at most `sliceMs`, pausing between them; `make` gets the work clock. */
export async function runStepsSliced<T>(
  make: (clock: WorkClock) => Steps<T>,
  o: SliceOptions,
): Promise<{ value: T; pauses: number; workMs: number; longestSliceMs: number }> {
  let paused = 0;
  let pauses = 0;
  let longestSliceMs = 0;
  const clock: WorkClock = { now: () => o.now() - paused, pausedMs: () => paused };
  const steps = make(clock);
  const start = clock.now();
  let sliceStart = o.now();
  for (;;) {
    const r = steps.next();
    const slice = o.now() - sliceStart;
    longestSliceMs = Math.max(longestSliceMs, slice);
    if (r.done) return { value: r.value, pauses, workMs: clock.now() - start, longestSliceMs };
    if (slice < o.sliceMs) continue;
    const before = o.now();
    await o.pause();
    pauses++;
    sliceStart = o.now();
    paused += sliceStart - before;
  }
}
