// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../src/popup/after-paint';

afterEach(cleanup);

function Probe({ enabled }: { enabled?: boolean }) {
  return <p>{useAfterPaint(enabled) ? 'after' : 'first'}</p>;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));

describe('useAfterPaint', () => {
  it.each([
    ['enabled (the default): false in the first render, true after the next frame', undefined, 'after'],
    ['disabled (a parent decides): stays false', false, 'first'],
  ])('%s', async (_name, enabled, afterFrame) => {
    const { container } = render(<Probe enabled={enabled} />);
    expect(container.textContent).toBe('first');
    await frame();
    expect(container.textContent).toBe(afterFrame);
  });
});
