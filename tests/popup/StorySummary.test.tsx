// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StorySummary } from '../../src/popup/StorySummary';
import type { EventFrame } from '../../src/shared/types';

afterEach(cleanup);

const standfirst = 'The fiscal watchdog expects the economy to grow more slowly next year.';
const meeting: EventFrame = {
  name: 'Putin–Xi meeting',
  kind: 'story',
  who: ['Vladimir Putin', 'Xi Jinping'],
  where: ['Samarkand'],
  when: '2022-09-15/2022-09-16',
  whenLabel: 'Sep 15–16, 2022',
  mentions: [],
};
const performance: EventFrame = { name: 'performance', kind: 'story', who: ['OBR', 'UK'], mentions: [] };

describe('StorySummary', () => {
  it.each([
    ['a confident story: its line', [meeting], standfirst, /: Putin–Xi meeting/],
    ['an unsure story: the standfirst', [performance], standfirst, /^The fiscal watchdog/],
    ['no events: the standfirst', [], standfirst, /^The fiscal watchdog/],
  ])('%s', (_l, events, dek, want) => {
    const { container } = render(<StorySummary events={events} standfirst={dek} />);
    expect(container.querySelector('.story-line')!.textContent).toMatch(want);
  });

  it('shows nothing when the story is unsure and there is no standfirst', () => {
    const { container } = render(<StorySummary events={[performance]} standfirst={null} />);
    expect(container.querySelector('.story-line')).toBeNull();
  });
});
