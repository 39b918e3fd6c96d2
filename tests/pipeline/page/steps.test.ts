/** Work in steps: run at once it equals the plain call; sliced, it pauses only when a slice used its time. */
import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSliced, type Steps, type WorkClock } from '../../../src/pipeline/page/steps';

/** A fake clock: each step costs `stepMs`, each pause lets the page run `pauseMs`. */
function fakeTime(stepMs: number, pauseMs: number) {
  let t = 0;
  return {
    now: () => t,
    pause: async () => {
      t += pauseMs;
    },
    work: function* (steps: number, clock?: WorkClock): Steps<{ sum: number; workSeen: number }> {
      let sum = 0;
      for (let i = 0; i < steps; i++) {
        t += stepMs;
        sum += i;
        yield;
      }
      return { sum, workSeen: clock?.now() ?? t };
    },
  };
}

describe('runSteps', () => {
  it('runs every step and returns what the work returns', () => {
    expect(runSteps(fakeTime(1, 0).work(5)).sum).toBe(10);
  });
});

describe('runStepsSliced', () => {
  it.each([
    // steps, ms per step, slice: pauses expected (a step over the slice pauses once, even the last), longest slice
    [10, 10, 40, 2, 40],
    [10, 10, 1_000, 0, 100],
    [3, 100, 40, 3, 100],
    [0, 10, 40, 0, 0],
  ])(
    '%i steps of %i ms in %i ms slices: %i pauses, longest slice %i ms',
    async (n, stepMs, sliceMs, pauses, longest) => {
      const time = fakeTime(stepMs, 500);
      const run = await runStepsSliced(() => time.work(n), { sliceMs, now: time.now, pause: time.pause });
      expect(run.value.sum).toBe(n ? (n * (n - 1)) / 2 : 0);
      expect(run.pauses).toBe(pauses);
      expect(run.longestSliceMs).toBeCloseTo(longest, 6);
      expect(run.workMs).toBeCloseTo(n * stepMs, 6);
    },
  );

  it('gives the work a clock that stops while the page has the thread', async () => {
    const time = fakeTime(10, 1_000);
    const run = await runStepsSliced((clock) => time.work(10, clock), {
      sliceMs: 20,
      now: time.now,
      pause: time.pause,
    });
    expect(run.pauses).toBe(5);
    // 100 ms of work, 5 s of the page's time in between: the work clock saw only the work.
    expect(run.value.workSeen).toBe(100);
    expect(time.now()).toBe(5_100);
  });
});
