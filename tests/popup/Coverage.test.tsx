// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coverage as CoverageData, CoverageItem } from '../../src/shared/coverage';
import { Coverage } from '../../src/popup/Coverage';

afterEach(cleanup);

const item = (over: Partial<CoverageItem> = {}): CoverageItem => ({
  url: 'https://www.theguardian.com/world/2022/sep/07/x',
  direct: true,
  title: 'Xi Jinping and Vladimir Putin to meet at summit in Samarkand',
  outlet: 'The Guardian',
  domain: 'theguardian.com',
  country: 'United Kingdom',
  publishedAt: '2022-09-07T13:15:00.000Z',
  lang: 'en',
  sources: ['gdelt'],
  score: 0.7,
  ...over,
});

const base: CoverageData = {
  status: 'ready',
  keywords: ['Vladimir Putin', 'Xi Jinping'],
  items: [
    item(),
    item({
      url: 'https://apnews.com/a',
      title: 'Xi to visit Kazakhstan',
      outlet: 'Associated Press',
      country: 'United States',
      alsoIn: ['ABC News'],
    }),
    item({
      url: 'https://news.google.com/rss/articles/CBMiM0FV',
      direct: false,
      title: 'What to expect',
      outlet: 'Al Jazeera',
      country: 'Qatar',
    }),
    item({ url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', outlet: 'Evil' }),
  ],
  related: [
    item({
      url: 'https://www.foxnews.com/world/war-games',
      title: 'Putin to attend war games',
      outlet: 'Fox News',
      sources: ['related'],
    }),
  ],
  history: {
    items: [
      {
        url: 'https://www.reuters.com/x',
        title: 'Xi heads to Kazakhstan',
        publisher: 'Reuters',
        publishedAt: '2022-09-05',
        readAt: 1,
        shared: ['Xi Jinping'],
      },
    ],
    top: { name: 'Xi Jinping', count: 3 },
  },
  timeline: {
    points: [
      { date: '2022-09-01T00:00:00Z', value: 1 },
      { date: '2022-09-07T00:00:00Z', value: 2 },
      { date: '2022-09-15T00:00:00Z', value: 8 },
    ],
    peakIndex: 2,
    articleIndex: 1,
  },
  sources: {
    gdelt: { state: 'ok', count: 2 },
    googleNews: { state: 'unavailable', reason: 'timeout', count: 0 },
    timeline: { state: 'ok', count: 3 },
  },
  updatedAt: 1,
};

describe('Coverage section', () => {
  it('lists other outlets’ reports with outlet, country and date, linking to the publisher', () => {
    const { container } = render(<Coverage open coverage={base} publisher="Fox News" />);
    const first = container.querySelector('.coverage-items .coverage-item')!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://www.theguardian.com/world/2022/sep/07/x');
    expect(first.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(first.querySelector('.coverage-outlet')!.textContent).toBe('The Guardian');
    expect(first.querySelector('.coverage-country')!.textContent).toBe('United Kingdom');
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2022-09-07T13:15:00.000Z');
    expect(screen.getByText('Also in ABC News')).toBeTruthy();
    expect(screen.getByText('opens via Google News')).toBeTruthy();
  });

  it('renders titles as text and never links a non-http URL', () => {
    const { container } = render(<Coverage open coverage={base} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>').tagName).toBe('SPAN');
    expect([...container.querySelectorAll('a')].every((a) => /^https?:/.test(a.getAttribute('href')!))).toBe(true);
  });

  it('names the source that could not answer, and shows the others', () => {
    render(<Coverage open coverage={base} />);
    expect(screen.getByText('Google News is unavailable (no answer in time).')).toBeTruthy();
    expect(screen.getAllByRole('link').length).toBeGreaterThan(3);
  });

  it('gives one note when GDELT and its chart are both down, and explains stories before GDELT’s archive', () => {
    const { container, unmount } = render(
      <Coverage
        coverage={{
          ...base,
          sources: {
            gdelt: { state: 'unavailable', reason: 'network', count: 0 },
            timeline: { state: 'unavailable', reason: 'network', count: 0 },
          },
        }}
      />,
    );
    expect(container.querySelectorAll('.coverage-notes li')).toHaveLength(1);
    unmount();
    render(
      <Coverage
        open
        coverage={{ ...base, sources: { gdelt: { state: 'skipped', reason: 'out-of-range', count: 0 } } }}
      />,
    );
    expect(
      screen.getByText('GDELT covers stories from 2017 on: coverage of this one comes from Google News.'),
    ).toBeTruthy();
  });

  it('says when results are older cached ones', () => {
    render(
      <Coverage
        coverage={{
          ...base,
          sources: {
            gdelt: { state: 'cached', reason: 'rate-limited', count: 2, fetchedAt: Date.parse('2022-09-08T10:00:00Z') },
          },
        }}
      />,
    );
    expect(
      screen.getByText(
        'GDELT is unavailable (too many requests, try again later); showing its results from Sep 8, 2022.',
      ),
    ).toBeTruthy();
  });

  it('shows the reader’s earlier reads under "You read before"', () => {
    render(<Coverage open coverage={base} />);
    const section = screen.getByRole('region', { name: 'You read before' });
    expect(section.textContent).toContain('You read 3 earlier stories about Xi Jinping');
    expect(section.querySelector('a')!.getAttribute('href')).toBe('https://www.reuters.com/x');
  });

  it('shows the article’s own related links apart', () => {
    render(<Coverage open coverage={base} publisher="Fox News" />);
    expect(screen.getByText('Linked from this article (Fox News)')).toBeTruthy();
    expect(screen.getByText('Putin to attend war games').getAttribute('href')).toBe(
      'https://www.foxnews.com/world/war-games',
    );
  });

  it('draws the volume sparkline with a text label', () => {
    const { container } = render(<Coverage open coverage={base} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe(
      'Coverage volume from Sep 1, 2022 to Sep 15, 2022, peaking Sep 15, 2022',
    );
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(svg.querySelector('line.article-day')).not.toBeNull();
  });

  it.each([
    [
      'loading',
      {
        ...base,
        status: 'loading' as const,
        items: [],
        related: [],
        timeline: null,
        history: { items: [], top: null },
      },
      'Looking for other coverage of this story…',
    ],
    [
      'empty',
      { ...base, items: [], related: [], timeline: null, history: { items: [], top: null } },
      'No other coverage of this story found.',
    ],
    [
      'offline',
      { ...base, items: [], related: [], timeline: null, sources: { gdelt: { state: 'offline' as const, count: 0 } } },
      'Offline mode: Backstory does not search for other coverage.',
    ],
  ])('%s state', (_why, coverage, text) => {
    render(<Coverage open coverage={coverage} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('says which words were searched for (the only thing that left the device)', () => {
    render(<Coverage open coverage={base} />);
    expect(
      screen.getByText('Searched for: Vladimir Putin, Xi Jinping (only these words left your device)'),
    ).toBeTruthy();
  });

  it('renders nothing without coverage', () => {
    const { container } = render(<Coverage coverage={null} />);
    expect(container.innerHTML).toBe('');
  });
});
