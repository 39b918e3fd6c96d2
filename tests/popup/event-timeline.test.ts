import { describe, expect, it } from 'vitest';
import { buildEventTimeline, eventWhenLabel } from '../../src/popup/event-timeline';
import type { EventFrame } from '../../src/shared/types';

const frame = (name: string, extra: Partial<EventFrame>): EventFrame => ({ name, mentions: [], ...extra });

describe('eventWhenLabel: the date at its own precision', () => {
  const rows: [Partial<EventFrame>, string | null][] = [
    [{ when: '2022-09-15/2022-09-16' }, 'Sep 15–16, 2022'],
    [{ when: '2022-02' }, 'Feb 2022'],
    [{ when: '2022-03', whenMod: 'before' }, 'before Mar 2022'],
    [{ when: '2022-02-24' }, 'Feb 24, 2022'],
    [{ when: '1947/1991' }, '1947–1991'],
    [{ when: '1949' }, '1949'],
    [{ when: '199' }, '1990s'],
    [{ when: '2012-SU' }, 'summer 2012'],
    [{ when: '2022-W37' }, 'week of Sep 12–18, 2022'],
    [{ when: '2022-12-30/2023-01-02' }, 'Dec 30, 2022 – Jan 2, 2023'],
    [{ when: '2022-W33/2022-W36', whenMod: 'approx' }, 'about Aug 15 – Sep 11, 2022'],
    [{ when: '2022-06/2022-09' }, 'Jun – Sep 2022'],
    [{ when: undefined }, null],
    [{ when: 'soon' }, null],
    [{ when: 'soon', whenLabel: 'soon' }, 'soon'],
  ];
  it.each(rows)('%j → %s', (f, label) => {
    expect(eventWhenLabel(frame('x', f), 'en-US')?.replace(/\u2009/g, ' ') ?? null).toBe(label);
  });
  it('follows the reader’s locale', () => {
    expect(eventWhenLabel(frame('x', { when: '2022-02' }), 'de-DE')).toBe('Feb. 2022');
  });
});

describe('buildEventTimeline', () => {
  const events: EventFrame[] = [
    frame('Putin–Xi meeting', {
      id: 'e1',
      kind: 'story',
      when: '2022-09-15/2022-09-16',
      precision: 'day',
      where: ['Samarkand'],
    }),
    frame('Russian invasion of Ukraine', { id: 'e2', kind: 'background', when: '2022-03', whenMod: 'before' }),
    frame('Cold War', { id: 'e3', kind: 'background', when: '1947/1991', whenSource: 'known' }),
    frame('war games', { id: 'e4', kind: 'background' }),
    frame('election', { id: 'e5', kind: 'announced', when: '2023-04' }),
    frame('same-day story', { id: 'e6', kind: 'story', when: '2022-09-07' }),
  ];
  const { items, undated } = buildEventTimeline(events, { publishedAt: '2022-09-07T12:26:00-04:00', locale: 'en-US' });

  it('orders past background → the story → what is announced, around the publication day', () => {
    expect(items.map((i) => i.id)).toEqual(['e3', 'e2', 'e6', 'published', 'e1', 'e5']);
  });
  it('keeps labels honest and marks dates the article does not give', () => {
    expect(items.find((i) => i.id === 'e1')).toMatchObject({
      label: 'Sep 15–16, 2022',
      where: ['Samarkand'],
      known: false,
    });
    expect(items.find((i) => i.id === 'e3')).toMatchObject({ label: '1947–1991', known: true });
    expect(items.find((i) => i.id === 'published')!.label).toBe('Sep 7, 2022');
  });
  it('lists undated events apart instead of guessing', () => {
    expect(undated.map((e) => e.name)).toEqual(['war games']);
  });
  it('survives no publication date, no events and junk', () => {
    expect(buildEventTimeline([], {})).toEqual({ items: [], undated: [] });
    expect(buildEventTimeline(null as unknown as EventFrame[]).items).toEqual([]);
    expect(
      buildEventTimeline([frame('x', { when: '2022-13-45' })], { locale: 'not a locale!' }).items.length,
    ).toBeLessThanOrEqual(1);
  });
});
