// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Events } from '../../src/popup/Events';
import type { EventFrame } from '../../src/shared/types';

afterEach(cleanup);

const events: EventFrame[] = [
  {
    id: 'e1',
    name: 'Putin–Xi meeting',
    kind: 'story',
    when: '2022-09-15/2022-09-16',
    precision: 'day',
    where: ['Samarkand', 'Uzbekistan'],
    who: ['Vladimir Putin', 'Xi Jinping'],
    sentence: 'The pair will meet during the Shanghai Cooperation Organization summit.',
    mentions: [],
  },
  {
    id: 'e2',
    name: '<img src=x onerror=alert(1)>',
    kind: 'background',
    when: '2022-03',
    whenMod: 'before',
    mentions: [],
  },
  { id: 'e3', name: 'Cold War', kind: 'background', when: '1947/1991', whenSource: 'known', mentions: [] },
];

describe('Events section', () => {
  it('shows the story first with its date, place and people', () => {
    const { container } = render(<Events events={events} locale="en-US" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Events');
    const first = container.querySelector('.event')!;
    expect(first.getAttribute('data-kind')).toBe('story');
    expect(first.querySelector('.event-name')!.textContent).toBe('Putin–Xi meeting');
    expect(first.querySelector('.event-kind')!.textContent).toBe('The story');
    expect(first.querySelector('time')!.textContent).toBe('Sep 15–16, 2022');
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2022-09-15');
    expect(first.querySelector('.event-where')!.textContent).toBe('Samarkand, Uzbekistan');
    expect(first.querySelector('.event-who')!.textContent).toBe('Vladimir Putin, Xi Jinping');
  });

  it('renders names from the page as text, never markup', () => {
    const { container } = render(<Events events={events} locale="en-US" limit={10} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('before Mar 2022');
  });

  it('shows the first events and the rest on request', () => {
    const many: EventFrame[] = Array.from({ length: 13 }, (_, i) => ({
      id: `m${i}`,
      name: `event ${i}`,
      kind: 'background' as const,
      mentions: [],
    }));
    const { container } = render(<Events events={many} limit={10} />);
    expect(container.querySelectorAll('.event')).toHaveLength(10);
    const more = screen.getByRole('button', { name: '3 more events' });
    fireEvent.click(more);
    expect(container.querySelectorAll('.event')).toHaveLength(13);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(more);
    expect(container.querySelectorAll('.event')).toHaveLength(10);
  });

  it.each([
    [1, 2, '1 more event'],
    [1, 3, '2 more events'],
    [2, 2, null],
  ])('with limit %i and %i events, the button says %s', (limit, count, label) => {
    const few = Array.from({ length: count }, (_, i) => ({ id: `f${i}`, name: `e${i}`, mentions: [] }));
    render(<Events events={few} limit={limit} />);
    expect(screen.queryByRole('button', { name: /more event/ })?.textContent ?? null).toBe(label);
  });

  it('renders nothing when there are no events', () => {
    const { container } = render(<Events events={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
