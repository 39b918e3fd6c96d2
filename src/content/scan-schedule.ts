/**
 * When the content script scans again after the page's URL changed: once the new route had time to render, and
 * never more than once per `minIntervalMs`, however fast the page churns (a page calling history.pushState every
 * 50 ms gets one scan a second, not twenty). Changes that arrive while a scan is pending or running are covered by
 * that scan or by one more after it: the scan reads the page as it is when it runs.
 */
export interface ScanScheduleOptions {
  /** Let a single-page app render the new route before scanning it. */
  settleMs: number;
  /** The least time between the starts of two scans. */
  minIntervalMs: number;
}

export const DEFAULT_SCAN_SCHEDULE: ScanScheduleOptions = { settleMs: 600, minIntervalMs: 1_000 };

export interface ScanTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
}

export function createScanSchedule(
  scan: () => Promise<unknown>,
  timers: ScanTimers,
  options: ScanScheduleOptions = DEFAULT_SCAN_SCHEDULE,
): { changed(): void; ran(): void } {
  let pending = false;
  let running = false;
  let again = false;
  let lastStart = Number.NEGATIVE_INFINITY;

  const fire = () => {
    pending = false;
    running = true;
    lastStart = timers.now();
    void scan()
      .catch(() => {})
      .finally(() => {
        running = false;
        if (again) changed();
      });
  };
  function changed(): void {
    if (running) {
      again = true;
      return;
    }
    again = false;
    if (pending) return;
    pending = true;
    const wait = Math.max(options.settleMs, lastStart + options.minIntervalMs - timers.now());
    timers.setTimeout(fire, wait);
  }
  return {
    changed,
    /** A scan ran outside the schedule (the first one, or one the background asked for): count it. */
    ran: () => {
      lastStart = timers.now();
    },
  };
}
