// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coverage, CoverageItem } from '../../src/shared/coverage';
import { StoryClock } from '../../src/popup/StoryClock';
import type { Entity, EventFrame } from '../../src/shared/types';

afterEach(cleanup);

const story: EventFrame = {
  id: 's',
  name: 'Putin–Xi meeting',
  kind: 'story',
  when: '2022-09-15/2022-09-16',
  mentions: [],
};
const war: EventFrame = { id: 'w', name: 'Cold War', kind: 'background', when: '1947/1991', mentions: [] };
const date: Entity = { type: 'date', name: 'next week', value: '2022-09-15/2022-09-16', mentions: [] };
const item = (publishedAt: string): CoverageItem => ({
  url: `https://x.test/${publishedAt}`,
  direct: true,
  title: 't',
  outlet: 'X',
  domain: null,
  country: null,
  publishedAt,
  lang: null,
  sources: ['gdelt'],
  score: 1,
});
const coverage = (lastRead: number | null): Coverage => ({
  status: 'ready',
  keywords: [],
  items: [item('2022-09-02T10:00:00Z'), item('2022-09-05T10:00:00Z'), item('2022-09-06T10:00:00Z')],
  related: [],
  history: { items: [], top: null, lastRead },
  timeline: null,
  sources: {},
  updatedAt: 0,
});

describe('StoryClock', () => {
  it('draws the background, this article and the story in order, and labels this article', () => {
    const { container } = render(
      <StoryClock events={[story, war]} dates={[]} publishedAt="2022-09-07T12:00:00-04:00" locale="en-US" />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('When');
    const stops = [...container.querySelectorAll('.clock-stop')].map((li) => [
      li.getAttribute('data-kind'),
      li.querySelector('.clock-name')!.textContent,
      li.querySelector('time')!.textContent,
    ]);
    expect(stops).toEqual([
      ['background', 'Cold War', '1947–1991'],
      ['published', 'This article', 'Sep 7, 2022'],
      ['story', 'Putin–Xi meeting', 'Sep 15–16, 2022'],
    ]);
  });

  it.each<[string, Parameters<typeof StoryClock>[0], boolean]>([
    [
      'nothing dated, no dates, no history: nothing at all',
      { events: [{ ...war, when: undefined }], dates: [] },
      false,
    ],
    ['only the date phrases: the dates button', { events: [], dates: [date] }, true],
    [
      'only a return visit: the "new since" line',
      { events: [], dates: [], coverage: coverage(Date.parse('2022-09-03T12:00:00Z')) },
      true,
    ],
  ])('%s', (_name, props, shown) => {
    const { container } = render(<StoryClock {...props} locale="en-US" />);
    expect(container.querySelector('.clock') !== null).toBe(shown);
  });

  it.each([
    ['a first read', null, null],
    [
      'back after Sep 3: two reports since',
      Date.parse('2022-09-03T12:00:00Z'),
      '2 new reports since you read this story on Sep 3',
    ],
    [
      'back after the last report: nothing new',
      Date.parse('2022-09-06T12:00:00Z'),
      'Nothing new since you read this story on Sep 6',
    ],
  ])('%s', (_name, lastRead, line) => {
    const { container } = render(
      <StoryClock events={[story]} dates={[]} coverage={coverage(lastRead)} locale="en-US" />,
    );
    expect(container.querySelector('.clock-new')?.textContent ?? null).toBe(line);
  });

  it('resolves the article’s date phrases to days, one click away', () => {
    const { container } = render(<StoryClock events={[]} dates={[date]} locale="en-US" />);
    expect(container.querySelector('.date-list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '1 date in the article' }));
    expect(container.querySelector('.date-list li')!.textContent).toBe('next weekSep 15–16, 2022');
  });
});

describe('StoryClock drawn to scale', () => {
  const invasion: EventFrame = { id: 'i', name: 'invasion', kind: 'background', when: '2022-02-24', mentions: [] };
  it('places a mark per stop in time order, this article’s between the invasion and the story, with the cut labelled', () => {
    const { container } = render(
      <StoryClock events={[story, war, invasion]} dates={[]} publishedAt="2022-09-07T12:00:00-04:00" locale="en-US" />,
    );
    const marks = [...container.querySelectorAll<HTMLElement>('.clock-mark')];
    expect(marks.map((m) => m.dataset.kind)).toEqual(['background', 'background', 'published', 'story']);
    expect(marks).toHaveLength(container.querySelectorAll('.clock-stop').length);
    const left = marks.map((m) => Number.parseFloat(m.style.left));
    expect(left).toEqual([...left].sort((a, b) => a - b));
    const labels = [...container.querySelectorAll('.clock-label')].map((l) => l.textContent);
    expect(labels).toEqual(['1947', '1991', '≈ 30y', '≈ 6m', 'Sep 2022']);
    expect(container.querySelector('.clock-axis')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws no cut when the stops are weeks apart', () => {
    const summit: EventFrame = { ...invasion, id: 'm', name: 'summit', when: '2022-08-20' };
    const { container } = render(
      <StoryClock events={[story, summit]} dates={[]} publishedAt="2022-09-07" locale="en-US" />,
    );
    expect(container.querySelectorAll('.clock-break')).toHaveLength(0);
    expect(container.querySelectorAll('.clock-mark')).toHaveLength(3);
  });
});
