import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ShownPage, whenShown } from '../../src/popup/when-shown';

afterEach(() => vi.useRealTimers());

/** A page whose visibility the test sets, and whose animation frames run when the test says. */
function fakePage(visibilityState: DocumentVisibilityState) {
  const target = new EventTarget();
  const frames: (() => void)[] = [];
  const doc = Object.assign(target, { visibilityState }) as unknown as ShownPage['doc'] & {
    visibilityState: DocumentVisibilityState;
  };
  const page: ShownPage = { doc, nextFrame: (then) => frames.push(then) };
  const show = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  const frame = () => {
    for (const f of frames.splice(0)) f();
  };
  return { page, show, frame, frames };
}

describe('whenShown', () => {
  it.each([
    // [name, starts, what happens, resolved after it]
    ['visible from the start', 'visible', [], true],
    ['hidden, nothing happens', 'hidden', [], false],
    ['hidden, then shown: not before its first frame', 'hidden', ['show'], false],
    ['hidden, shown, first frame', 'hidden', ['show', 'frame'], true],
    ['hidden, a change that leaves it hidden, a frame', 'hidden', ['hide', 'frame'], false],
  ] as const)('%s', async (_name, starts, steps, resolved) => {
    vi.useFakeTimers();
    const { page, show, frame } = fakePage(starts);
    let done = false;
    void whenShown(page, 150).then(() => (done = true));
    for (const step of steps) {
      if (step === 'show') show('visible');
      if (step === 'hide') show('hidden');
      if (step === 'frame') frame();
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(resolved);
  });

  it('renders anyway once the wait is over, on a page never shown', async () => {
    vi.useFakeTimers();
    const { page, frames } = fakePage('hidden');
    let done = false;
    void whenShown(page, 150).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(149);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(frames).toHaveLength(0);
  });
});
