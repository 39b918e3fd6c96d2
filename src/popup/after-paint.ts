/**
 * False until the frame that first shows the component has been painted. Preact's useEffect is not enough for this:
 * when no frame comes within 35 ms (a busy machine), it runs anyway, and the work meant for after the paint would
 * hold the paint back.
 * Painted means on screen. Before the page's first contentful paint, that is when the browser reports it (a
 * `paint` entry, sent once the frame was presented): the toolbar popup's first frame with content is not the one
 * shown, since the browser then resizes the popup's window to it and waits for a frame at the new size, and work
 * started after the first frame would hold that one back. After it (or where the entry type is missing), an
 * animation frame, then a task (the browser paints between the two).
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** How long, at most, to wait for the browser to report the first contentful paint before going on without it. */
export const FIRST_PAINT_WAIT_MS = 300;

/** The part of `performance` and PerformanceObserver read here (tests pass fakes). */
export interface PaintTiming {
  supportedEntryTypes: readonly string[];
  paintEntries(): readonly { name: string }[];
}

const browserTiming = (): PaintTiming => ({
  supportedEntryTypes: typeof PerformanceObserver === 'undefined' ? [] : PerformanceObserver.supportedEntryTypes,
  paintEntries: () => performance.getEntriesByType('paint'),
});

/** Whether the browser will report the page's first contentful paint and has not yet. */
export function firstPaintPending(timing: PaintTiming = browserTiming()): boolean {
  return (
    timing.supportedEntryTypes.includes('paint') &&
    !timing.paintEntries().some((e) => e.name === 'first-contentful-paint')
  );
}

/** Calls `then` once the first contentful paint is reported (or after `waitMs`); returns a cancel function. */
function whenFirstPaintReported(then: () => void, waitMs: number): () => void {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) done();
  });
  const timer = setTimeout(() => done(), waitMs);
  function done() {
    observer.disconnect();
    clearTimeout(timer);
    then();
  }
  observer.observe({ type: 'paint' });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/** Calls `then` after the next frame has been painted; returns a cancel function. */
function afterNextFrame(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Calls `then` once what is rendered now has been painted (see above); returns a cancel function. */
export function afterPaint(then: () => void): () => void {
  return firstPaintPending() ? whenFirstPaintReported(then, FIRST_PAINT_WAIT_MS) : afterNextFrame(then);
}

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useLayoutEffect(() => afterPaint(() => setPainted(true)), []);
  return painted;
}
